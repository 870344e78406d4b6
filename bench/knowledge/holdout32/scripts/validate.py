#!/usr/bin/env python3
"""Controleert de testcollectie holdout32. Drukt 'OK' af als alles klopt, anders de fouten."""
import csv, hashlib, json, os, re, sys, unicodedata
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(ROOT, *a)
errors = []
def err(msg): errors.append(msg)

KINDS_DOC = {'onderzoek', 'plan_van_aanpak', 'participatieplan', 'sjabloon', 'raadsvoorstel', 'les', 'aanbesteding', 'kaart', 'overig'}
PHASES = {'tvw', 'wup', 'uitvoering', 'algemeen'}
QKINDS = ['abbreviations', 'compounds', 'multiword', 'questions', 'short', 'synonyms', 'typos']
DISTRACTORS = {'d%03d' % i for i in range(136, 161)}

def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))
def words(s):
    return set(re.findall(r'[a-z0-9]+', norm(s)))

# 1. documenten
docs = json.load(open(P('documents.json'), encoding='utf-8'))
ids = [d.get('id') for d in docs]
if len(docs) != 160: err('aantal documenten is %d, verwacht 160' % len(docs))
if len(set(ids)) != len(ids): err('dubbele document-id\'s')
if set(ids) != {'d%03d' % i for i in range(1, 161)}: err('document-id\'s zijn niet precies d001-d160')
for d in docs:
    for f in ('id', 'title', 'summary', 'body', 'kind', 'phase'):
        if not isinstance(d.get(f), str) or not d.get(f).strip():
            err('%s: veld %s ontbreekt of is leeg' % (d.get('id'), f))
    if set(d) != {'id', 'title', 'summary', 'body', 'kind', 'phase'}:
        err('%s: onverwachte velden %s' % (d.get('id'), sorted(set(d))))
    if d.get('kind') not in KINDS_DOC: err('%s: ongeldige kind %r' % (d.get('id'), d.get('kind')))
    if d.get('phase') not in PHASES: err('%s: ongeldige phase %r' % (d.get('id'), d.get('phase')))
docmap = {d['id']: d for d in docs}

# 2. bevroren vragen
frozen_path = P('queries_initial_frozen.json')
sha = hashlib.sha256(open(frozen_path, 'rb').read()).hexdigest()
recorded = open(P('src', 'frozen_sha256.txt')).read().split()[0]
if sha != recorded: err('sha256 van queries_initial_frozen.json klopt niet (%s != %s)' % (sha, recorded))
if os.stat(frozen_path).st_mode & 0o222: err('queries_initial_frozen.json is niet alleen-lezen')
frozen = json.load(open(frozen_path, encoding='utf-8'))
queries = json.load(open(P('queries.json'), encoding='utf-8'))
if len(queries) != 70: err('aantal vragen is %d, verwacht 70' % len(queries))
kc = Counter(q.get('kind') for q in queries)
for k in QKINDS:
    if kc.get(k) != 10: err('soort %s heeft %s vragen, verwacht 10' % (k, kc.get(k)))
if set(kc) - set(QKINDS): err('onbekende soorten: %s' % (set(kc) - set(QKINDS)))
strip = [{'id': q['id'], 'query': q['query'], 'kind': q['kind']} for q in queries]
if strip != frozen: err('queries.json wijkt af van de bevroren vragen (id, query, kind of volgorde)')
tsv = [dict(r) for r in csv.DictReader(open(P('src', 'queries.tsv'), encoding='utf-8'), delimiter='\t')]
if [{'id': r['id'], 'query': r['query'], 'kind': r['kind']} for r in tsv] != frozen: err('src/queries.tsv wijkt af van de bevroren vragen')

# 3. oordelen
for q in queries:
    j = q.get('judgements')
    if not isinstance(j, dict): err('%s: judgements ontbreekt' % q['id']); continue
    for did, g in j.items():
        if did not in docmap: err('%s: oordeel voor onbekend document %s' % (q['id'], did))
        if not isinstance(g, int) or g not in (1, 2, 3): err('%s: ongeldig cijfer %r voor %s' % (q['id'], g, did))
        if did in DISTRACTORS: err('%s: afleider %s is beoordeeld' % (q['id'], did))
    n2 = sum(1 for g in j.values() if g in (2, 3))
    if n2 < 3: err('%s: slechts %d documenten met cijfer >= 2' % (q['id'], n2))

# 4. vermeden woorden bij synoniemvragen
av = {r['id']: [w.strip() for w in r['avoided_words'].split(',') if w.strip()]
      for r in csv.DictReader(open(P('src', 'avoided_words.tsv'), encoding='utf-8'), delimiter='\t')}
checked = 0
for q in queries:
    if q['kind'] != 'synonyms': continue
    if q['id'] not in av: err('%s: geen vermeden woorden opgegeven' % q['id']); continue
    # de inhoudswoorden van de vraag moeten tussen de vermeden woorden staan
    stop = {'van', 'het', 'de', 'een', 'af', 'wat', 'in', 'niet', 'kunnen', 'voor', 'op', 'tussen'}
    missing = [w for w in words(q['query']) if w not in stop and w not in {norm(a) for a in av[q['id']]}]
    if missing: err('%s: inhoudswoorden %s ontbreken in avoided_words' % (q['id'], missing))
    aw = {norm(w) for w in av[q['id']]}
    for did, g in q['judgements'].items():
        if g >= 2:
            d = docmap[did]
            hit = aw & words(d['title'] + ' ' + d['summary'] + ' ' + d['body'])
            checked += 1
            if hit: err('%s: document %s (cijfer %d) bevat vermeden woord(en) %s' % (q['id'], did, g, sorted(hit)))

# samenvatting
wc = sorted(len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split()) for d in docs)
med = (wc[79] + wc[80]) / 2
print('documenten: %d (afleiders: %d), woorden per document (titel+samenvatting+tekst): min %d, mediaan %.1f, max %d, >300: %d'
      % (len(docs), len(DISTRACTORS & set(ids)), wc[0], med, wc[-1], sum(w > 300 for w in wc)))
print('vragen: %d, per soort: %s' % (len(queries), dict(sorted(kc.items()))))
allg = [g for q in queries for g in q['judgements'].values()]
print('oordelen: %d (1: %d, 2: %d, 3: %d); minimum aantal >=2 per vraag: %d'
      % (len(allg), allg.count(1), allg.count(2), allg.count(3),
         min(sum(1 for g in q['judgements'].values() if g >= 2) for q in queries)))
print('gecontroleerde synoniem-oordelen (cijfer >=2) op vermeden woorden: %d' % checked)
print('sha256 bevroren vragen: %s' % sha)
if errors:
    print('FOUTEN (%d):' % len(errors))
    for e in errors: print(' -', e)
    sys.exit(1)
print('OK')
