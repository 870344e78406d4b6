"""Controleert documents.json en queries.json van de holdout-evaluatieset."""
import json, os, sys
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS_D = {"onderzoek", "plan_van_aanpak", "participatieplan", "sjabloon", "raadsvoorstel", "les", "aanbesteding", "kaart", "overig"}
PHASES = {"tvw", "wup", "uitvoering", "algemeen"}
KINDS_Q = {"short", "compound", "abbreviation", "synonym", "question", "multiword", "typo"}
errors = []
docs = json.load(open(os.path.join(root, "documents.json"), encoding="utf-8"))
queries = json.load(open(os.path.join(root, "queries.json"), encoding="utf-8"))
ids = [d.get("id") for d in docs]
if len(ids) != len(set(ids)):
    errors.append("dubbele document-id's")
for d in docs:
    for f in ("id", "title", "summary", "body", "kind", "phase"):
        if not isinstance(d.get(f), str):
            errors.append(f"{d.get('id')}: veld {f} ontbreekt of is geen tekst")
    if d.get("kind") not in KINDS_D:
        errors.append(f"{d.get('id')}: ongeldige kind {d.get('kind')}")
    if d.get("phase") not in PHASES:
        errors.append(f"{d.get('id')}: ongeldige phase {d.get('phase')}")
    if not d.get("title", "").strip() or not d.get("body", "").strip():
        errors.append(f"{d.get('id')}: lege titel of body")
docset = set(ids)
qids = [q.get("id") for q in queries]
if len(qids) != len(set(qids)):
    errors.append("dubbele query-id's")
nj = 0
for q in queries:
    if not isinstance(q.get("query"), str) or not q["query"].strip():
        errors.append(f"{q.get('id')}: lege query")
    if q.get("kind") not in KINDS_Q:
        errors.append(f"{q.get('id')}: ongeldige kind {q.get('kind')}")
    j = q.get("judgements")
    if not isinstance(j, dict) or not j:
        errors.append(f"{q.get('id')}: geen oordelen")
        continue
    for did, g in j.items():
        nj += 1
        if did not in docset:
            errors.append(f"{q['id']}: onbekend document {did}")
        if not isinstance(g, int) or isinstance(g, bool) or g not in (1, 2, 3):
            errors.append(f"{q['id']}: ongeldige graad {g} voor {did}")
    if sum(1 for g in j.values() if g in (2, 3)) < 2:
        errors.append(f"{q['id']}: minder dan twee documenten met graad >= 2")
if errors:
    print("FOUT:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(docs)} documents, {len(queries)} queries, {nj} judgements")
