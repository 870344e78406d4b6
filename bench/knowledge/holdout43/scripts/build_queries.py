"""Bouwt queries.json: bevroren queries + oordelen uit ronde 1 en de completeness-ronde."""
import json, csv
queries = json.load(open("queries_initial_frozen.json", encoding="utf-8"))
judg = {q["id"]: {} for q in queries}
for fn in ["src/judgements_round1.tsv", "src/completeness_additions.tsv"]:
    for row in list(csv.reader(open(fn, encoding="utf-8"), delimiter="\t"))[1:]:
        q, d, g = row[0], row[1], int(row[2])
        assert d not in judg[q], (q, d)
        judg[q][d] = g
out = []
for q in queries:
    j = dict(sorted(judg[q["id"]].items()))
    out.append({"id": q["id"], "query": q["query"], "kind": q["kind"], "judgements": j})
json.dump(out, open("queries.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("queries.json:", len(out), "queries,", sum(len(q["judgements"]) for q in out), "oordelen")
