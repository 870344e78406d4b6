#!/usr/bin/env python3
"""Valideert de testcollectie in /work/holdout39. Print 'OK' als alles klopt."""
import json, os, re, hashlib, statistics, unicodedata, collections, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(ROOT, *a)
errors = []
def err(m): errors.append(m)
def sha(fn): return hashlib.sha256(open(fn, 'rb').read()).hexdigest()
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.replace("'", '').replace('\u2019', '')
KINDS_Q = ['abbreviations', 'compounds', 'multiword', 'questions', 'short', 'synonyms', 'typos']
KINDS_D = {'aanbesteding', 'kaart', 'les', 'onderzoek', 'overig', 'participatieplan', 'plan_van_aanpak', 'raadsvoorstel', 'sjabloon'}
PHASES = {'algemeen', 'tvw', 'uitvoering', 'wup'}

# 1. bevroren queries
frozen_fn = P('queries_initial_frozen.json')
want = open(P('src', 'frozen_sha256.txt')).read().split()[0]
if sha(frozen_fn) != want: err('queries_initial_frozen.json wijkt af van src/frozen_sha256.txt')
frozen = json.load(open(frozen_fn, encoding='utf-8'))
if len(frozen) != 70: err(f'{len(frozen)} bevroren queries in plaats van 70')
if [q['id'] for q in frozen] != ['q%02d' % i for i in range(1, 71)]: err('query-ids niet q01..q70 op volgorde')
cnt = collections.Counter(q['kind'] for q in frozen)
for k in KINDS_Q:
    if cnt[k] != 10: err(f'soort {k}: {cnt[k]} queries in plaats van 10')
if set(cnt) - set(KINDS_Q): err(f'onbekende soorten: {set(cnt) - set(KINDS_Q)}')
for q in frozen:
    if set(q) != {'id', 'query', 'kind'}: err(f'{q["id"]}: velden {sorted(q)}')

# 2. queries.json gelijk aan bevroren bestand
qs = json.load(open(P('queries.json'), encoding='utf-8'))
if len(qs) != len(frozen): err('queries.json heeft een ander aantal queries')
for a, b in zip(frozen, qs):
    if (a['id'], a['query'], a['kind']) != (b['id'], b['query'], b['kind']):
        err(f'queries.json wijkt af bij {a["id"]}')
    if set(b) != {'id', 'query', 'kind', 'judgements'}: err(f'{b["id"]}: velden {sorted(b)}')

# 3. documenten
doc_fn = P('documents.json')
want = open(P('src', 'documents_sha256_at_judging.txt')).read().split()[0]
if sha(doc_fn) != want: err('documents.json is gewijzigd sinds het beoordelen begon')
docs = json.load(open(doc_fn, encoding='utf-8'))
if len(docs) != 160: err(f'{len(docs)} documenten in plaats van 160')
if [d['id'] for d in docs] != ['d%03d' % i for i in range(1, 161)]: err('document-ids niet d001..d160 op volgorde')
lengths = []
for d in docs:
    if set(d) != {'id', 'title', 'summary', 'body', 'kind', 'phase'}: err(f'{d["id"]}: velden {sorted(d)}')
    if d.get('kind') not in KINDS_D: err(f'{d["id"]}: ongeldige kind {d.get("kind")}')
    if d.get('phase') not in PHASES: err(f'{d["id"]}: ongeldige phase {d.get("phase")}')
    n = len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split())
    lengths.append(n)
    if n < 80: err(f'{d["id"]}: {n} woorden (< 80)')
med = statistics.median(lengths)
if not (150 <= med <= 200): err(f'mediaan lengte {med} niet tussen 150 en 200')
n300 = sum(n > 300 for n in lengths)
if n300 < 25: err(f'slechts {n300} documenten boven 300 woorden')
doctext = {d['id']: d['title'] + ' ' + d['summary'] + ' ' + d['body'] for d in docs}

# 4. beoordelingen
exc = {}
fn = P('src', 'known_exceptions.tsv')
if os.path.exists(fn):
    for line in open(fn, encoding='utf-8').read().strip().split('\n')[1:]:
        q, r = line.split('\t', 1); exc[q] = r
judged_ids = {'d%03d' % i for i in range(1, 136)}
total = 0; grades = collections.Counter()
for q in qs:
    J = q['judgements']
    for d, g in J.items():
        total += 1; grades[g] += 1
        if d not in judged_ids: err(f'{q["id"]}: beoordeling voor {d} buiten d001-d135')
        if g not in (1, 2, 3): err(f'{q["id"]} {d}: ongeldige graad {g}')
    hi = sum(1 for g in J.values() if g >= 2)
    if hi < 3 and q['id'] not in exc: err(f'{q["id"]}: slechts {hi} documenten met graad 2 of 3')
for q in exc:
    hi = sum(1 for g in next(x for x in qs if x['id'] == q)['judgements'].values() if g >= 2)
    if hi >= 3: err(f'{q}: staat als uitzondering maar heeft {hi} documenten met graad 2 of 3')

# 5. vermeden woorden bij synoniemqueries
avoid = {}
for line in open(P('src', 'avoided_words.tsv'), encoding='utf-8').read().strip().split('\n')[1:]:
    q, _, w = line.split('\t'); avoid[q] = {x.strip() for x in w.split(',') if x.strip()}
for q in qs:
    if q['kind'] != 'synonyms': continue
    if q['id'] not in avoid: err(f'{q["id"]}: geen vermeden woorden vastgelegd'); continue
    ok = 0
    for d, g in q['judgements'].items():
        if g < 2: continue
        toks = set(re.findall(r'\w+', norm(doctext[d])))
        hit = toks & avoid[q['id']]
        if hit: err(f'{q["id"]} {d} (graad {g}) bevat vermeden woord(en) {sorted(hit)}')
        else: ok += 1
    if ok < 3: err(f'{q["id"]}: slechts {ok} documenten met graad 2/3 zonder vermeden woorden')

print(f'queries: {len(qs)} ({", ".join(f"{k} {cnt[k]}" for k in KINDS_Q)})')
print(f'documenten: {len(docs)}; lengte min {min(lengths)}, mediaan {med}, max {max(lengths)}, boven 300: {n300}')
print(f'beoordelingen: {total} (graad 3: {grades[3]}, graad 2: {grades[2]}, graad 1: {grades[1]}); bekende uitzonderingen: {", ".join(sorted(exc)) or "geen"}')
for e in errors: print('FOUT:', e)
print('OK' if not errors else f'{len(errors)} fouten')
sys.exit(1 if errors else 0)
