#!/usr/bin/env python3
"""Valideert de testcollectie in /work/holdout44. Drukt 'OK' af als alles klopt."""
import json, os, re, csv, hashlib, unicodedata, statistics, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(BASE, *a)
errors = []
def err(m): errors.append(m)
def sha(p): return hashlib.sha256(open(p, 'rb').read()).hexdigest()
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))

KINDS_Q = ['abbreviations', 'compounds', 'multiword', 'questions', 'short', 'synonyms', 'typos']
KINDS_D = {'aanbesteding', 'kaart', 'les', 'onderzoek', 'overig', 'participatieplan',
           'plan_van_aanpak', 'raadsvoorstel', 'sjabloon'}
PHASES = {'algemeen', 'tvw', 'uitvoering', 'wup'}

# queries
frozen_path = P('queries_initial_frozen.json')
if sha(frozen_path) != open(P('src', 'frozen_sha256.txt')).read().strip():
    err('queries_initial_frozen.json wijkt af van src/frozen_sha256.txt')
frozen = json.load(open(frozen_path, encoding='utf-8'))
if len(frozen) != 70: err('niet 70 queries')
for i, q in enumerate(frozen):
    if set(q) != {'id', 'query', 'kind'}: err('verkeerde sleutels in bevroren query %s' % q.get('id'))
    if q['id'] != 'q%02d' % (i + 1): err('id-volgorde %s' % q['id'])
for k in KINDS_Q:
    n = sum(q['kind'] == k for q in frozen)
    if n != 10: err('soort %s heeft %d queries' % (k, n))
if any(q['kind'] not in KINDS_Q for q in frozen): err('onbekende querysoort')
qj = json.load(open(P('queries.json'), encoding='utf-8'))
if len(qj) != len(frozen): err('queries.json heeft ander aantal')
for a, b in zip(frozen, qj):
    if (a['id'], a['query'], a['kind']) != (b['id'], b['query'], b['kind']):
        err('queries.json wijkt af bij %s' % a['id'])
    if set(b) != {'id', 'query', 'kind', 'judgements'}: err('verkeerde sleutels in queries.json %s' % b['id'])

# documents
docs_path = P('documents.json')
if sha(docs_path) != open(P('src', 'documents_sha256_at_judging.txt')).read().strip():
    err('documents.json gewijzigd sinds start oordelen')
docs = json.load(open(docs_path, encoding='utf-8'))
if len(docs) != 160: err('niet 160 documenten')
lens = []
for i, d in enumerate(docs):
    if set(d) != {'id', 'title', 'summary', 'body', 'kind', 'phase'}: err('verkeerde sleutels %s' % d.get('id'))
    if d['id'] != 'd%03d' % (i + 1): err('document-id volgorde %s' % d['id'])
    if d['kind'] not in KINDS_D: err('onbekend kind %s' % d['id'])
    if d['phase'] not in PHASES: err('onbekende phase %s' % d['id'])
    n = len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split())
    lens.append(n)
    if n < 80: err('%s korter dan 80 woorden (%d)' % (d['id'], n))
med = statistics.median(lens)
if not (150 <= med <= 200): err('mediaan %.1f niet tussen 150 en 200' % med)
over = sum(n > 300 for n in lens)
if over < 25: err('slechts %d documenten boven 300 woorden' % over)
doctext = {d['id']: norm(d['title'] + ' ' + d['summary'] + ' ' + d['body']) for d in docs}

# judgements
exceptions = set()
if os.path.exists(P('src', 'known_exceptions.tsv')):
    for r in csv.DictReader(open(P('src', 'known_exceptions.tsv'), encoding='utf-8'), delimiter='\t'):
        exceptions.add(r['query'])
avoided = {}
for r in csv.DictReader(open(P('src', 'avoided_words.tsv'), encoding='utf-8'), delimiter='\t'):
    avoided[r['query']] = [norm(w.strip()) for w in r['avoided_words'].split(',') if w.strip()]
for q in qj:
    for d, g in q['judgements'].items():
        if not re.fullmatch(r'd\d{3}', d) or not (1 <= int(d[1:]) <= 135):
            err('%s: oordeel op niet-toegestaan document %s' % (q['id'], d))
        if g not in (1, 2, 3): err('%s: ongeldig cijfer %r bij %s' % (q['id'], g, d))
    good = [d for d, g in q['judgements'].items() if g >= 2]
    if len(good) < 3 and q['id'] not in exceptions:
        err('%s heeft maar %d documenten met cijfer 2 of 3' % (q['id'], len(good)))
    if q['kind'] == 'synonyms':
        if q['id'] not in avoided: err('%s mist vermeden woorden' % q['id'])
        for d in good:
            for w in avoided.get(q['id'], []):
                if re.search(r'\b' + re.escape(w) + r'\b', doctext[d]):
                    err('%s: %s (cijfer %d) bevat vermeden woord "%s"' % (q['id'], d, q['judgements'][d], w))

grades = [g for q in qj for g in q['judgements'].values()]
print('queries: %d; documenten: %d; mediane lengte: %.1f; >300 woorden: %d; min: %d' % (len(qj), len(docs), med, over, min(lens)))
print('oordelen: %d (3: %d, 2: %d, 1: %d)' % (len(grades), grades.count(3), grades.count(2), grades.count(1)))
if errors:
    for e in errors: print('FOUT:', e)
    sys.exit(1)
print('OK')
