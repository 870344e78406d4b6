# chore: zet de handgeschreven src/queries_src.tsv om naar queries_initial_frozen.json
import json, csv, hashlib, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
with open(os.path.join(base, "src/queries_src.tsv"), encoding="utf-8") as f:
    r = csv.DictReader(f, delimiter="\t")
    for row in r:
        rows.append({"id": row["id"], "query": row["query"], "kind": row["kind"]})
out = os.path.join(base, "queries_initial_frozen.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(rows, f, ensure_ascii=False, indent=1)
print(len(rows), hashlib.sha256(open(out, "rb").read()).hexdigest())
