"""Zoekt per query de termen uit src/completeness_terms.tsv (substring, kleine letters, zonder diakritische tekens)
in d001-d135 en schrijft alle treffers die nog niet beoordeeld zijn naar src/completeness_hits.txt."""
import json, unicodedata, csv
def norm(s):
    return unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode()
docs = {d["id"]: d for d in json.load(open("documents.json", encoding="utf-8"))}
queries = {q["id"]: q["query"] for q in json.load(open("queries_initial_frozen.json", encoding="utf-8"))}
judged = set()
for fn in ["src/judgements_round1.tsv"]:
    for row in list(csv.reader(open(fn, encoding="utf-8"), delimiter="\t"))[1:]:
        judged.add((row[0], row[1]))
terms = {}
for row in list(csv.reader(open("src/completeness_terms.tsv", encoding="utf-8"), delimiter="\t"))[1:]:
    terms[row[0]] = [norm(t.strip()) for t in row[1].split(",") if t.strip()]
out = []
total = 0
for qid in sorted(terms):
    out.append(f"## {qid}  {queries[qid]}  termen: {', '.join(terms[qid])}")
    for i in range(1, 136):
        did = f"d{i:03d}"
        if (qid, did) in judged:
            continue
        d = docs[did]
        text = norm(d["title"] + " " + d["summary"] + " " + d["body"])
        found = [t for t in terms[qid] if t in text]
        if found:
            total += 1
            out.append(f"{qid}\t{did}\t{'/'.join(found)}\t{d['title']}")
open("src/completeness_hits.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("niet-beoordeelde treffers:", total)
