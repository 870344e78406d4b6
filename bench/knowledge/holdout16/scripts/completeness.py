# chore: completeness-ronde. Toont per query de (niet-afleider)documenten met een treffer op de handgeschreven
# stammen uit src/completeness_stems.tsv die nog niet beoordeeld zijn.
import json, os, csv, re
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = {d["id"]: d for d in json.load(open(os.path.join(base, "documents.json"), encoding="utf-8"))}
judg = {}
for line in open(os.path.join(base, "src/judgements_src.txt"), encoding="utf-8"):
    line = line.strip()
    if not line or line.startswith("#"): continue
    q, rest = line.split(":", 1)
    judg[q.strip()] = dict((p.split("=")[0], int(p.split("=")[1])) for p in rest.split())
stems = {}
with open(os.path.join(base, "src/completeness_stems.tsv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        q, s = line.rstrip("\n").split("\t")
        stems[q] = [x.lower() for x in s.split(",") if x]
tot = 0
for q in sorted(stems):
    cand = []
    for did, d in docs.items():
        if int(did[1:]) > 135 or did in judg.get(q, {}): continue
        text = " ".join([d["title"], d["summary"], d["body"]]).lower()
        hits = [s for s in stems[q] if s in text]
        if hits: cand.append((did, hits))
    tot += len(cand)
    print(q, len(cand), " ".join(f"{d}[{','.join(h)}]" for d, h in sorted(cand)))
print("totaal kandidaten", tot)
