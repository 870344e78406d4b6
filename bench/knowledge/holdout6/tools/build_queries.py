"""Bouwt queries.json uit queries_initial_frozen.json + handmatige aanvullingen (tools/completeness.py)."""
import json, os, sys
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(root, "tools"))
from completeness import ADD, DROP, SAME_AS
frozen = json.load(open(os.path.join(root, "queries_initial_frozen.json"), encoding="utf-8"))
out = []
for q in frozen:
    if q["id"] in DROP:
        continue
    j = dict(q["judgements"])
    for d, g in ADD.get(q["id"], {}).items():
        if g == 0:
            j.pop(d, None)
        else:
            j[d] = g
    j = dict(sorted(j.items(), key=lambda kv: (-kv[1], kv[0])))
    out.append({"id": q["id"], "query": q["query"], "kind": q["kind"], "judgements": j})
byid = {q["id"]: q for q in out}
for a, b in SAME_AS.items():
    byid[a]["judgements"] = dict(byid[b]["judgements"])
json.dump(out, open(os.path.join(root, "queries.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(out), "queries")
