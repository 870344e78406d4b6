#!/usr/bin/env python3
"""Validatie van de testcollectie holdout30. Drukt aan het eind OK af als alles klopt."""
import csv, hashlib, json, os, re, statistics, sys, unicodedata
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(ROOT, *a)
errors = []
def err(msg): errors.append(msg)

KINDS = {'onderzoek', 'plan_van_aanpak', 'participatieplan', 'sjabloon', 'raadsvoorstel', 'les',
         'aanbesteding', 'kaart', 'overig'}
PHASES = {'tvw', 'wup', 'uitvoering', 'algemeen'}
QKINDS = ['abbreviations', 'compounds', 'multiword', 'questions', 'short', 'synonyms', 'typos']
DISTRACTORS = {f'd{i:03d}' for i in range(136, 161)}

def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))
def toks(s):
    return re.findall(r'\w+', norm(s))

# --- documenten
docs = json.load(open(P('documents.json'), encoding='utf-8'))
ids = [d.get('id') for d in docs]
if len(docs) != 160: err(f'aantal documenten {len(docs)} != 160')
if len(set(ids)) != len(ids): err('dubbele document-ids')
if set(ids) != {f'd{i:03d}' for i in range(1, 161)}: err('document-ids zijn niet precies d001-d160')
for d in docs:
    for f in ('id', 'title', 'summary', 'body', 'kind', 'phase'):
        if not isinstance(d.get(f), str) or not d.get(f).strip(): err(f'{d.get("id")}: veld {f} ontbreekt of is leeg')
    if d.get('kind') not in KINDS: err(f'{d.get("id")}: ongeldige kind {d.get("kind")}')
    if d.get('phase') not in PHASES: err(f'{d.get("id")}: ongeldige phase {d.get("phase")}')
docmap = {d['id']: d for d in docs}
wc = [len(d['body'].split()) for d in docs]
print(f'documenten: {len(docs)}; woorden body min {min(wc)}, mediaan {statistics.median(wc)}, max {max(wc)}, >300: {sum(w > 300 for w in wc)}')
if sum(w > 300 for w in wc) < 30: err('minder dan 30 documenten boven 300 woorden')

# documenten ongewijzigd sinds start beoordeling
shafile = P('src', 'documents_sha256_at_judging.txt')
if os.path.exists(shafile):
    want = open(shafile).read().split()[0]
    have = hashlib.sha256(open(P('documents.json'), 'rb').read()).hexdigest()
    if want != have: err('documents.json is gewijzigd na de start van de beoordeling')
    else: print('documents.json ongewijzigd sinds start beoordeling')

# --- bevroren vragen
frozen_path = P('queries_initial_frozen.json')
h = hashlib.sha256(open(frozen_path, 'rb').read()).hexdigest()
want = open(P('src', 'frozen_sha256.txt')).read().split()[0]
if h != want: err('sha256 van queries_initial_frozen.json klopt niet met src/frozen_sha256.txt')
else: print('sha256 bevroren vragen klopt:', h)
if os.access(frozen_path, os.W_OK) and os.geteuid() != 0: err('bevroren bestand is niet alleen-lezen')
if oct(os.stat(frozen_path).st_mode & 0o777) != '0o444': err('bevroren bestand heeft geen modus 444')
frozen = json.load(open(frozen_path, encoding='utf-8'))

# --- vragen en oordelen
queries = json.load(open(P('queries.json'), encoding='utf-8'))
if len(queries) != 70: err(f'aantal vragen {len(queries)} != 70')
cnt = Counter(q.get('kind') for q in queries)
for k in QKINDS:
    if cnt.get(k) != 10: err(f'soort {k}: {cnt.get(k)} vragen i.p.v. 10')
if set(cnt) - set(QKINDS): err(f'onbekende soorten: {set(cnt) - set(QKINDS)}')
if [(q['id'], q['query'], q['kind']) for q in queries] != [(q['id'], q['query'], q['kind']) for q in frozen]:
    err('vragen wijken af van queries_initial_frozen.json')
if [q['id'] for q in queries] != [f'q{i:02d}' for i in range(1, 71)]: err('vraag-ids zijn niet q01-q70')

avoided = {}
for r in csv.DictReader(open(P('src', 'avoided_words.tsv'), encoding='utf-8'), delimiter='\t'):
    avoided[r['id']] = [w.strip() for w in r['avoided_words'].split(',') if w.strip()]
total = 0
for q in queries:
    j = q.get('judgements', {})
    total += len(j)
    for d, g in j.items():
        if d not in docmap: err(f'{q["id"]}: oordeel voor onbekend document {d}')
        if not isinstance(g, int) or g not in (1, 2, 3): err(f'{q["id"]}: ongeldig oordeel {d}={g!r}')
        if d in DISTRACTORS: err(f'{q["id"]}: afleider {d} beoordeeld')
    high = [d for d, g in j.items() if g >= 2]
    if len(high) < 3: err(f'{q["id"]}: slechts {len(high)} documenten met oordeel >= 2')
    if q['kind'] == 'synonyms':
        if q['id'] not in avoided: err(f'{q["id"]}: geen vermeden woorden in src/avoided_words.tsv'); continue
        for d in high:
            dt = toks(docmap[d]['title'] + ' ' + docmap[d]['summary'] + ' ' + docmap[d]['body'])
            text = ' ' + ' '.join(dt) + ' '
            for w in avoided[q['id']]:
                if ' ' + ' '.join(toks(w)) + ' ' in text:
                    err(f'{q["id"]}: vermeden woord "{w}" komt voor in {d} (oordeel {j[d]})')
for qid in avoided:
    if qid not in {q['id'] for q in queries if q['kind'] == 'synonyms'}: err(f'{qid} in avoided_words.tsv is geen synoniemvraag')
print(f'vragen: {len(queries)}; oordelen: {total}; per soort: {dict(cnt)}')

if errors:
    for e in errors: print('FOUT:', e)
    print(f'{len(errors)} fouten')
    sys.exit(1)
print('OK')
