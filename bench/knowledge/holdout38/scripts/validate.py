#!/usr/bin/env python3
"""Valideert de testcollectie in deze map. Print OK als alles klopt."""
import hashlib, json, os, re, statistics, sys, unicodedata
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(ROOT, *a)
errors = []
def err(m): errors.append(m)
def sha(path): return hashlib.sha256(open(path, 'rb').read()).hexdigest()
def tokens(text):
    t = unicodedata.normalize('NFKD', text.lower())
    t = ''.join(c for c in t if not unicodedata.combining(c))
    t = t.replace("'", '').replace('\u2019', '')
    return set(re.findall(r'[a-z0-9]+', t))

KINDS_Q = ['abbreviations', 'compounds', 'multiword', 'questions', 'short', 'synonyms', 'typos']
KINDS_D = {'aanbesteding', 'kaart', 'les', 'onderzoek', 'overig', 'participatieplan',
           'plan_van_aanpak', 'raadsvoorstel', 'sjabloon'}
PHASES = {'algemeen', 'tvw', 'uitvoering', 'wup'}

# 1. bevroren queries
frozen_path = P('queries_initial_frozen.json')
want = open(P('src', 'frozen_sha256.txt')).read().split()[0]
if sha(frozen_path) != want: err('queries_initial_frozen.json: sha256 wijkt af van src/frozen_sha256.txt')
frozen = json.load(open(frozen_path, encoding='utf-8'))
if len(frozen) != 70: err(f'{len(frozen)} bevroren queries, verwacht 70')
kc = Counter(q['kind'] for q in frozen)
for k in KINDS_Q:
    if kc.get(k) != 10: err(f'soort {k}: {kc.get(k)} queries, verwacht 10')
if set(kc) - set(KINDS_Q): err(f'onbekende soorten: {set(kc) - set(KINDS_Q)}')

queries = json.load(open(P('queries.json'), encoding='utf-8'))
if len(queries) != len(frozen): err('queries.json heeft een ander aantal queries dan het bevroren bestand')
for a, b in zip(queries, frozen):
    if (a.get('id'), a.get('query'), a.get('kind')) != (b['id'], b['query'], b['kind']):
        err(f'query {b["id"]} in queries.json wijkt af van het bevroren bestand')

# 2. documenten
docs_path = P('documents.json')
want_d = open(P('src', 'documents_sha256_at_judging.txt')).read().split()[0]
if sha(docs_path) != want_d: err('documents.json is veranderd sinds het begin van het beoordelen')
docs = json.load(open(docs_path, encoding='utf-8'))
if len(docs) != 160: err(f'{len(docs)} documenten, verwacht 160')
ids = [d.get('id') for d in docs]
if ids != [f'd{i:03d}' for i in range(1, 161)]: err('document-ids zijn niet d001..d160 op volgorde')
lengths = {}
for d in docs:
    for f in ('id', 'title', 'summary', 'body', 'kind', 'phase'):
        if not isinstance(d.get(f), str) or not d.get(f).strip(): err(f'{d.get("id")}: veld {f} ontbreekt of is leeg')
    if set(d) != {'id', 'title', 'summary', 'body', 'kind', 'phase'}: err(f'{d.get("id")}: onverwachte velden {sorted(d)}')
    if d.get('kind') not in KINDS_D: err(f'{d.get("id")}: ongeldige kind {d.get("kind")}')
    if d.get('phase') not in PHASES: err(f'{d.get("id")}: ongeldige phase {d.get("phase")}')
    lengths[d['id']] = len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split())
L = list(lengths.values())
short = [k for k, v in lengths.items() if v < 80]
if short: err(f'documenten korter dan 80 woorden: {short}')
med = statistics.median(L)
if not 150 <= med <= 200: err(f'mediane lengte {med} ligt niet rond 150-200')
long_n = sum(v > 300 for v in L)
if long_n < 25: err(f'slechts {long_n} documenten boven 300 woorden, verwacht minstens 25')

# 3. oordelen
exc = set()
for line in open(P('src', 'known_exceptions.tsv'), encoding='utf-8').read().splitlines()[1:]:
    if line.strip(): exc.add(line.split('\t')[0])
valid_docs = {f'd{i:03d}' for i in range(1, 136)}
doctext = {d['id']: tokens(d['title'] + ' ' + d['summary'] + ' ' + d['body']) for d in docs}
avoided = {}
for line in open(P('src', 'avoided_words.tsv'), encoding='utf-8').read().splitlines()[1:]:
    q, w = line.split('\t'); avoided.setdefault(q, set()).add(w.strip())
grades = Counter()
for q in queries:
    j = q.get('judgements')
    if not isinstance(j, dict): err(f'{q["id"]}: judgements ontbreekt'); continue
    for d, g in j.items():
        if d not in valid_docs: err(f'{q["id"]}: oordeel over {d} (alleen d001-d135 toegestaan)')
        if g not in (1, 2, 3): err(f'{q["id"]}: graad {g} voor {d} (alleen 1-3)')
        grades[g] += 1
    hi = [d for d, g in j.items() if g >= 2]
    if len(hi) < 3 and q['id'] not in exc:
        err(f'{q["id"]}: slechts {len(hi)} documenten met graad 2 of 3 en geen bekende uitzondering')
    if q['kind'] == 'synonyms':
        if q['id'] not in avoided: err(f'{q["id"]}: geen vermeden woorden in src/avoided_words.tsv')
        for d in hi:
            bad = doctext.get(d, set()) & avoided.get(q['id'], set())
            if bad: err(f'{q["id"]}: {d} (graad {j[d]}) bevat vermeden woorden {sorted(bad)}')
for q in exc:
    jq = next((x for x in queries if x['id'] == q), None)
    if jq is None: err(f'bekende uitzondering {q} bestaat niet')

print(f'queries: {len(queries)} ({dict(sorted(kc.items()))})')
print(f'documenten: {len(docs)}; lengte min {min(L)}, mediaan {med}, max {max(L)}, >300 woorden: {long_n}')
print(f'oordelen: {sum(grades.values())} (graad 3: {grades[3]}, graad 2: {grades[2]}, graad 1: {grades[1]})')
print(f'bekende uitzonderingen: {sorted(exc) if exc else "geen"}')
if errors:
    for e in errors: print('FOUT:', e)
    sys.exit(1)
print('OK')
