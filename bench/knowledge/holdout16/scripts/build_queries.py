# chore: voegt de bevroren queries en de handgeschreven oordelen (src/judgements_src.txt) samen tot queries.json
import json, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
frozen = json.load(open(os.path.join(base, "queries_initial_frozen.json"), encoding="utf-8"))
judg = {q["id"]: {} for q in frozen}
for line in open(os.path.join(base, "src/judgements_src.txt"), encoding="utf-8"):
    line = line.strip()
    if not line or line.startswith("#"): continue
    q, rest = line.split(":", 1)
    q = q.strip().rstrip("+")
    for p in rest.split():
        d, g = p.split("=")
        if d in judg[q] and judg[q][d] != int(g):
            raise SystemExit(f"conflict {q} {d}")
        judg[q][d] = int(g)
out = []
for q in frozen:
    j = dict(sorted(judg[q["id"]].items()))
    out.append({"id": q["id"], "query": q["query"], "kind": q["kind"], "judgements": j})
json.dump(out, open(os.path.join(base, "queries.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(out), "queries,", sum(len(q["judgements"]) for q in out), "oordelen")
