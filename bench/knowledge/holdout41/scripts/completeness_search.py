#!/usr/bin/env python3
"""Completeness-ronde: zoekt per query de termen uit src/completeness_terms.tsv als substring
(kleine letters, zonder diakritische tekens) in d001-d135 en lijst alle treffers op die nog niet
beoordeeld zijn in ronde 1 of in src/completeness_additions.tsv (indien aanwezig)."""
import json, os, unicodedata, csv
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))
docs = {d["id"]: d for d in json.load(open(os.path.join(BASE, "documents.json"), encoding="utf-8"))}
judged = set()
for fn in ("judgements_round1.tsv",):
    for row in csv.DictReader(open(os.path.join(BASE, "src", fn), encoding="utf-8"), delimiter="\t"):
        judged.add((row["query"], row["doc"]))
terms = {}
for row in csv.DictReader(open(os.path.join(BASE, "src", "completeness_terms.tsv"), encoding="utf-8"), delimiter="\t"):
    terms[row["query"]] = [norm(t) for t in row["terms"].split("|") if t.strip()]
queries = {q["id"]: q["query"] for q in json.load(open(os.path.join(BASE, "queries_initial_frozen.json"), encoding="utf-8"))}
lines = []
total = 0
for qid in sorted(terms):
    hits = []
    for n in range(1, 136):
        did = f"d{n:03d}"
        if (qid, did) in judged:
            continue
        d = docs[did]
        text = norm(" ".join([d["title"], d["summary"], d["body"]]))
        found = [t for t in terms[qid] if t in text]
        if found:
            hits.append((did, found, d["title"]))
    total += len(hits)
    lines.append(f"## {qid} [{queries[qid]}] : {len(hits)} niet-beoordeelde treffers")
    for did, found, title in hits:
        lines.append(f"{qid}\t{did}\t{','.join(found)}\t{title}")
lines.append(f"# totaal niet-beoordeelde treffers: {total}")
open(os.path.join(BASE, "src", "completeness_hits.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(f"totaal niet-beoordeelde treffers: {total}")
