#!/usr/bin/env python3
"""Controleert de testcollectie holdout36. Uitvoeren vanuit de map holdout36. Print OK als alles klopt."""
import json, csv, hashlib, re, statistics, unicodedata, sys, os
errors = []
def err(m): errors.append(m)
def sha(p): return hashlib.sha256(open(p, 'rb').read()).hexdigest()
def norm(s): return ''.join(c for c in unicodedata.normalize('NFKD', s.lower()) if not unicodedata.combining(c))
def tokens(s):
    s = norm(s)
    t = set(re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s))
    t |= {x.replace("'", "") for x in t}
    t |= set(re.findall(r"[a-z0-9]+", s))
    return t

KINDS_Q = ['abbreviations', 'compounds', 'multiword', 'questions', 'short', 'synonyms', 'typos']
KINDS_D = {'onderzoek', 'plan_van_aanpak', 'participatieplan', 'sjabloon', 'raadsvoorstel', 'les', 'aanbesteding', 'kaart', 'overig'}
PHASES = {'tvw', 'wup', 'uitvoering', 'algemeen'}

# bevroren queries
frozen = json.load(open('queries_initial_frozen.json', encoding='utf-8'))
if sha('queries_initial_frozen.json') != open('src/frozen_sha256.txt').read().split()[0]:
    err('sha256 bevroren queries wijkt af')
if os.stat('queries_initial_frozen.json').st_mode & 0o222: err('queries_initial_frozen.json is niet read-only')
if [q['id'] for q in frozen] != ['q%02d' % i for i in range(1, 71)]: err('query-ids niet q01..q70')
for k in KINDS_Q:
    n = sum(1 for q in frozen if q['kind'] == k)
    if n != 10: err('kind %s heeft %d queries' % (k, n))
for q in frozen:
    if set(q) != {'id', 'query', 'kind'}: err('velden bevroren query %s' % q['id'])
    if q['kind'] == 'short' and not 1 <= len(q['query'].split()) <= 2: err('short query %s niet 1-2 woorden' % q['id'])
    if q['kind'] == 'multiword' and not 2 <= len(q['query'].split()) <= 4: err('multiword query %s niet 2-4 woorden' % q['id'])
tsv = list(csv.DictReader(open('src/queries.tsv', encoding='utf-8'), delimiter='\t'))
if [(r['id'], r['query'], r['kind']) for r in tsv] != [(q['id'], q['query'], q['kind']) for q in frozen]:
    err('src/queries.tsv wijkt af van bevroren queries')

# documenten
docs = json.load(open('documents.json', encoding='utf-8'))
if sha('documents.json') != open('src/documents_sha256_at_judging.txt').read().split()[0]:
    err('sha256 documents.json wijkt af van waarde bij start beoordelen')
if os.stat('documents.json').st_mode & 0o222: err('documents.json is niet read-only')
if [d['id'] for d in docs] != ['d%03d' % i for i in range(1, 161)]: err('document-ids niet d001..d160')
lens = []
for d in docs:
    if set(d) != {'id', 'title', 'summary', 'body', 'kind', 'phase'}: err('velden document %s' % d['id'])
    if d['kind'] not in KINDS_D: err('kind document %s' % d['id'])
    if d['phase'] not in PHASES: err('phase document %s' % d['id'])
    if not all(isinstance(d[f], str) and d[f].strip() for f in ('title', 'summary', 'body')): err('leeg veld %s' % d['id'])
    n = len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split())
    lens.append(n)
    if not 60 <= n <= 700: err('lengte %s = %d' % (d['id'], n))
med = statistics.median(lens)
if not 160 <= med <= 200: err('mediaan lengte %s' % med)
if sum(1 for n in lens if n > 300) < 30: err('minder dan 30 documenten > 300 woorden')
doctext = {d['id']: d['title'] + ' ' + d['summary'] + ' ' + d['body'] for d in docs}

# queries.json
qs = json.load(open('queries.json', encoding='utf-8'))
if [(q['id'], q['query'], q['kind']) for q in qs] != [(q['id'], q['query'], q['kind']) for q in frozen]:
    err('queries.json wijkt af van bevroren bestand in id/query/kind')
valid_docs = {'d%03d' % i for i in range(1, 136)}
warnings = []
exceptions = {r['query'] for r in csv.DictReader(open('src/known_exceptions.tsv', encoding='utf-8'), delimiter='\t')} if os.path.exists('src/known_exceptions.tsv') else set()
readme = open('README.md', encoding='utf-8').read() if os.path.exists('README.md') else ''
for q in qs:
    if set(q) != {'id', 'query', 'kind', 'judgements'}: err('velden queries.json %s' % q['id'])
    for did, g in q['judgements'].items():
        if did not in valid_docs: err('%s beoordeelt %s (niet d001-d135)' % (q['id'], did))
        if not (isinstance(g, int) and 1 <= g <= 3): err('%s %s grade %r' % (q['id'], did, g))
    n2 = sum(1 for g in q['judgements'].values() if g >= 2)
    if n2 < 3:
        if q['id'] in exceptions and q['id'] in readme:
            warnings.append('%s heeft %d documenten met grade >= 2 (gedocumenteerde uitzondering, zie README en src/known_exceptions.tsv)' % (q['id'], n2))
        else:
            err('%s heeft %d documenten met grade >= 2' % (q['id'], n2))

# vermeden woorden bij synoniemqueries
avoided = {r['id']: [w.strip() for w in r['avoided_words'].split(',') if w.strip()]
           for r in csv.DictReader(open('src/avoided_words.tsv', encoding='utf-8'), delimiter='\t')}
syn = [q for q in qs if q['kind'] == 'synonyms']
for q in syn:
    if q['id'] not in avoided: err('geen avoided_words voor %s' % q['id']); continue
    content = {norm(w) for w in re.findall(r"[\w'-]+", q['query']) if norm(w) not in {'uit', 'de', 'het', 'een', 'van', 'en', 'op', 'in'}}
    if not content <= {norm(w) for w in avoided[q['id']]}: err('avoided_words %s mist query-woorden %s' % (q['id'], content))
    for did, g in q['judgements'].items():
        if g >= 2:
            bad = [w for w in avoided[q['id']] if norm(w) in tokens(doctext[did])]
            if bad: err('%s: %s (grade %d) bevat vermeden woorden %s' % (q['id'], did, g, bad))
if set(avoided) != {q['id'] for q in syn}: err('avoided_words.tsv ids kloppen niet')

for f in ['src/starttime.txt', 'src/worklog.txt', 'src/judging_started.txt', 'src/judgements_initial.tsv',
          'src/completeness_terms.tsv', 'src/completeness_additions.tsv', 'scripts/completeness_grep.py']:
    if not os.path.exists(f): err('ontbreekt: ' + f)

if errors:
    print('FOUT'); [print(' -', e) for e in errors]; sys.exit(1)
from collections import Counter
gc = Counter(g for q in qs for g in q['judgements'].values())
print('queries %d, documenten %d, mediaan lengte %s, min %d, max %d, >300: %d, oordelen %d (grade 1: %d, 2: %d, 3: %d)' % (
    len(qs), len(docs), med, min(lens), max(lens), sum(1 for n in lens if n > 300), sum(gc.values()), gc[1], gc[2], gc[3]))
for w in warnings: print('let op:', w)
print('OK')
