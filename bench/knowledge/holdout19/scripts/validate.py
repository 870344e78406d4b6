#!/usr/bin/env python3
"""Validatie van de testcollectie holdout19."""
import json, os, re, sys, hashlib, csv, unicodedata
from collections import Counter
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(base, *a)
errors = []
def err(m): errors.append(m)
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))
def tokens(s):
    return set(re.findall(r'[a-z0-9]+', norm(s)))

KINDS = {'onderzoek','plan_van_aanpak','participatieplan','sjabloon','raadsvoorstel','les','aanbesteding','kaart','overig'}
PHASES = {'tvw','wup','uitvoering','algemeen'}
QKINDS = ['abbreviations','compounds','multiword','questions','short','synonyms','typos']

# documenten
docs = json.load(open(P('documents.json'), encoding='utf-8'))
ids = [d.get('id') for d in docs]
if len(docs) != 160: err(f'{len(docs)} documenten i.p.v. 160')
if ids != [f'd{i:03d}' for i in range(1, 161)]: err('document-ids niet d001..d160 op volgorde')
wcs = []
for d in docs:
    for f in ['id','title','summary','body','kind','phase']:
        if not isinstance(d.get(f), str) or not d.get(f).strip(): err(f'{d.get("id")}: veld {f} ontbreekt/leeg')
    if d.get('kind') not in KINDS: err(f'{d["id"]}: ongeldige kind {d.get("kind")}')
    if d.get('phase') not in PHASES: err(f'{d["id"]}: ongeldige phase {d.get("phase")}')
    wcs.append(len(d.get('body','').split()))
n_mid = sum(1 for w in wcs if 100 <= w <= 200)
n_long = sum(1 for w in wcs if 300 <= w <= 500)
if n_long < 12: err(f'slechts {n_long} documenten van 300-500 woorden')
if n_mid <= len(docs) // 2: err(f'slechts {n_mid} documenten van 100-200 woorden (geen meerderheid)')
docmap = {d['id']: d for d in docs}
distractors = {f'd{i:03d}' for i in range(136, 161)}

# bevroren queries
frozen_path = P('queries_initial_frozen.json')
sha = hashlib.sha256(open(frozen_path, 'rb').read()).hexdigest()
rec = open(P('src/frozen_sha256.txt')).read().split()[0]
if sha != rec: err('sha256 van queries_initial_frozen.json wijkt af van src/frozen_sha256.txt')
if os.stat(frozen_path).st_mode & 0o222: err('queries_initial_frozen.json is niet read-only')
frozen = json.load(open(frozen_path, encoding='utf-8'))
queries = json.load(open(P('queries.json'), encoding='utf-8'))
if len(frozen) != 70 or len(queries) != 70: err('niet 70 queries')
for f, q in zip(frozen, queries):
    if (f['id'], f['query'], f['kind']) != (q['id'], q['query'], q['kind']): err(f'{q["id"]}: wijkt af van bevroren bestand')
if [q['id'] for q in queries] != [f'q{i:02d}' for i in range(1, 71)]: err('query-ids niet q01..q70')
kc = Counter(q['kind'] for q in queries)
for k in QKINDS:
    if kc[k] != 10: err(f'soort {k}: {kc[k]} queries i.p.v. 10')
if set(kc) - set(QKINDS): err(f'onbekende soorten: {set(kc)-set(QKINDS)}')

# vermeden woorden
avoided = {}
for r in csv.DictReader(open(P('src/avoided_words.tsv'), encoding='utf-8'), delimiter='\t'):
    avoided[r['id']] = [norm(w.strip()) for w in r['avoided_words'].split(',') if w.strip()]

# oordelen
total = 0; grades = Counter()
for q in queries:
    j = q['judgements']
    for did, g in j.items():
        total += 1; grades[g] += 1
        if did not in docmap: err(f'{q["id"]}: onbekend document {did}')
        if did in distractors: err(f'{q["id"]}: afleider {did} beoordeeld')
        if g not in (1, 2, 3): err(f'{q["id"]}/{did}: ongeldig cijfer {g}')
    if sum(1 for g in j.values() if g >= 2) < 3: err(f'{q["id"]}: minder dan 3 documenten met cijfer >= 2')
    if q['kind'] == 'synonyms':
        if q['id'] not in avoided: err(f'{q["id"]}: geen vermeden woorden vastgelegd')
        for did in j:
            d = docmap.get(did)
            if not d: continue
            t = tokens(d['title'] + ' ' + d['summary'] + ' ' + d['body'])
            for w in avoided.get(q['id'], []):
                if w in t: err(f'{q["id"]}: vermeden woord "{w}" in beoordeeld document {did}')
for q in queries:
    if q['kind'] == 'synonyms':
        qt = tokens(q['query'])
        if not any(w in qt for w in avoided.get(q['id'], [])): err(f'{q["id"]}: geen vermeden woord komt in de query voor')

print('Documenten:', len(docs), '| soorten:', dict(Counter(d['kind'] for d in docs)))
print('Fasen:', dict(Counter(d['phase'] for d in docs)))
print(f'Woorden body: 100-200: {n_mid}, 300-500: {n_long}, <100: {sum(1 for w in wcs if w<100)}, min {min(wcs)}, max {max(wcs)}')
print('Queries:', len(queries), '| per soort:', dict(kc))
print('Oordelen:', total, '| per cijfer:', dict(sorted(grades.items())), '| gemiddeld per query: %.1f' % (total/len(queries)))
print('Frozen sha256:', sha)
if errors:
    print(f'FOUT ({len(errors)}):'); [print(' -', e) for e in errors]; sys.exit(1)
print('OK')
