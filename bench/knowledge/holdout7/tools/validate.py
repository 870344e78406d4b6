"""Valideert documents.json en queries.json (en de bevroren eerste versie)."""
import json, os, stat, sys
KINDS = {"onderzoek", "plan_van_aanpak", "participatieplan", "sjabloon", "raadsvoorstel", "les", "aanbesteding", "kaart", "overig"}
PHASES = {"tvw", "wup", "uitvoering", "algemeen"}
QKINDS = {"short", "compound", "abbreviation", "synonym", "question", "multiword", "typo"}
DOC_FIELDS = ["id", "title", "summary", "body", "kind", "phase"]
Q_FIELDS = ["id", "query", "kind", "judgements"]
errors = []
def err(m): errors.append(m)

docs = json.load(open('documents.json', encoding='utf-8'))
ids = [d.get('id') for d in docs]
if len(ids) != len(set(ids)): err('dubbele document-ids')
for d in docs:
    for f in DOC_FIELDS:
        if f not in d: err(f"{d.get('id')}: veld {f} ontbreekt")
        elif not isinstance(d[f], str): err(f"{d.get('id')}: veld {f} is geen tekst")
    for f in ("id", "title", "body"):
        if not str(d.get(f, '')).strip(): err(f"{d.get('id')}: veld {f} is leeg")
    if d.get('kind') not in KINDS: err(f"{d['id']}: ongeldige kind {d.get('kind')}")
    if d.get('phase') not in PHASES: err(f"{d['id']}: ongeldige phase {d.get('phase')}")
docids = set(ids)
print(f"documenten: {len(docs)} (uniek: {len(docids)})")

for fn in ('queries.json', 'queries_initial_frozen.json'):
    qs = json.load(open(fn, encoding='utf-8'))
    qids = [q.get('id') for q in qs]
    if len(qids) != len(set(qids)): err(f'{fn}: dubbele query-ids')
    for q in qs:
        for f in Q_FIELDS:
            if f not in q: err(f"{fn} {q.get('id')}: veld {f} ontbreekt")
        if not str(q.get('query', '')).strip(): err(f"{fn} {q['id']}: lege zoekvraag")
        if q.get('kind') not in QKINDS: err(f"{fn} {q['id']}: ongeldige kind {q.get('kind')}")
        j = q.get('judgements', {})
        for did, g in j.items():
            if did not in docids: err(f"{fn} {q['id']}: beoordeeld document {did} bestaat niet")
            if not (isinstance(g, int) and 1 <= g <= 3): err(f"{fn} {q['id']}: ongeldig oordeel {did}={g}")
        if sum(1 for g in j.values() if isinstance(g, int) and g >= 2) < 2:
            err(f"{fn} {q['id']}: minder dan twee documenten met oordeel >= 2")
    print(f"{fn}: {len(qs)} zoekvragen (uniek: {len(set(qids))}), {sum(len(q['judgements']) for q in qs)} oordelen")

mode = os.stat('queries_initial_frozen.json').st_mode
if mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
    err('queries_initial_frozen.json is niet alleen-lezen')
else:
    print('queries_initial_frozen.json is alleen-lezen (r--r--r--)')

if errors:
    print(f"FOUT: {len(errors)} problemen"); [print(' -', e) for e in errors]; sys.exit(1)
print('OK: unieke ids, verplichte velden, toegestane waarden, alle beoordeelde ids bestaan, oordelen 1–3, per zoekvraag >= 2 documenten met oordeel >= 2')
