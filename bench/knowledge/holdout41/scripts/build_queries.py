#!/usr/bin/env python3
"""Bouwt queries.json: de bevroren queries (zelfde volgorde) met extra sleutel 'judgements'
(document-id -> cijfer), uit src/judgements_round1.tsv en src/completeness_additions.tsv."""
import json, os, csv
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
queries = json.load(open(os.path.join(BASE, "queries_initial_frozen.json"), encoding="utf-8"))
judg = {q["id"]: {} for q in queries}
for fn in ("judgements_round1.tsv", "completeness_additions.tsv"):
    for row in csv.DictReader(open(os.path.join(BASE, "src", fn), encoding="utf-8"), delimiter="\t"):
        q, d, g = row["query"], row["doc"], int(row["grade"])
        if d in judg[q]:
            raise SystemExit(f"dubbel oordeel {q} {d}")
        judg[q][d] = g
out = []
for q in queries:
    out.append({"id": q["id"], "query": q["query"], "kind": q["kind"],
                "judgements": dict(sorted(judg[q["id"]].items()))})
with open(os.path.join(BASE, "queries.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print(f"{len(out)} queries, {sum(len(v) for v in judg.values())} oordelen -> queries.json")
