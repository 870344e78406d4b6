#!/usr/bin/env python3
"""Controleert documents.json en queries.json in de map boven tools/."""
import json, os, sys
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS_D = {"onderzoek", "plan_van_aanpak", "participatieplan", "sjabloon", "raadsvoorstel", "les", "aanbesteding", "kaart", "overig"}
PHASES = {"tvw", "wup", "uitvoering", "algemeen"}
KINDS_Q = {"short", "compound", "abbreviation", "synonym", "question", "multiword", "typo"}
errors = []
docs = json.load(open(os.path.join(base, "documents.json"), encoding="utf-8"))
queries = json.load(open(os.path.join(base, "queries.json"), encoding="utf-8"))
if not isinstance(docs, list): errors.append("documents.json is geen lijst")
ids = [d.get("id") for d in docs]
if len(ids) != len(set(ids)): errors.append("dubbele document-id's")
for d in docs:
    for f in ("id", "title", "summary", "body", "kind", "phase"):
        if f not in d: errors.append(f"{d.get('id')}: veld {f} ontbreekt")
        elif not isinstance(d[f], str): errors.append(f"{d.get('id')}: veld {f} is geen tekst")
    if not d.get("title") or not d.get("body"): errors.append(f"{d.get('id')}: lege titel of body")
    if d.get("kind") not in KINDS_D: errors.append(f"{d.get('id')}: ongeldige kind {d.get('kind')}")
    if d.get("phase") not in PHASES: errors.append(f"{d.get('id')}: ongeldige phase {d.get('phase')}")
idset = set(ids)
qids = [q.get("id") for q in queries]
if len(qids) != len(set(qids)): errors.append("dubbele query-id's")
nj = 0
for q in queries:
    for f in ("id", "query", "kind", "judgements"):
        if f not in q: errors.append(f"{q.get('id')}: veld {f} ontbreekt")
    if q.get("kind") not in KINDS_Q: errors.append(f"{q.get('id')}: ongeldige kind {q.get('kind')}")
    if not str(q.get("query", "")).strip(): errors.append(f"{q.get('id')}: lege query")
    j = q.get("judgements", {})
    if not isinstance(j, dict): errors.append(f"{q.get('id')}: judgements is geen object"); continue
    for did, g in j.items():
        nj += 1
        if did not in idset: errors.append(f"{q['id']}: onbekend document {did}")
        if not (isinstance(g, int) and not isinstance(g, bool) and 1 <= g <= 3): errors.append(f"{q['id']}: ongeldig cijfer {g} voor {did}")
    if sum(1 for g in j.values() if isinstance(g, int) and g >= 2) < 2:
        errors.append(f"{q['id']}: minder dan twee documenten met cijfer >= 2")
if errors:
    for e in errors: print("FOUT:", e)
    sys.exit(1)
print(f"OK: {len(docs)} documents, {len(queries)} queries, {nj} judgements")
