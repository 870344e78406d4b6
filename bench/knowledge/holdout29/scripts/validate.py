#!/usr/bin/env python3
"""Validatie van de testcollectie holdout29. Drukt 'OK' af als alle controles slagen."""
import json, csv, hashlib, re, unicodedata, os, sys, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(ROOT, *a)
errors = []
def err(m): errors.append(m)

KINDS_DOC = {'onderzoek','plan_van_aanpak','participatieplan','sjabloon','raadsvoorstel','les','aanbesteding','kaart','overig'}
PHASES = {'tvw','wup','uitvoering','algemeen'}
QKINDS = ['abbreviations','compounds','multiword','questions','short','synonyms','typos']
DISTRACTORS = {'d%03d' % i for i in range(136, 161)}

# documenten
docs = json.load(open(P('documents.json'), encoding='utf-8'))
ids = [d.get('id') for d in docs]
if len(docs) != 160: err('aantal documenten %d != 160' % len(docs))
if len(set(ids)) != len(ids): err('dubbele document-id')
if set(ids) != {'d%03d' % i for i in range(1, 161)}: err('document-ids niet d001..d160')
for d in docs:
    for f in ['id','title','summary','body','kind','phase']:
        if not isinstance(d.get(f), str) or not d.get(f).strip(): err('%s: veld %s ontbreekt/leeg' % (d.get('id'), f))
    if set(d.keys()) != {'id','title','summary','body','kind','phase'}: err('%s: onverwachte velden %s' % (d['id'], sorted(d.keys())))
    if d.get('kind') not in KINDS_DOC: err('%s: ongeldige kind %s' % (d['id'], d.get('kind')))
    if d.get('phase') not in PHASES: err('%s: ongeldige phase %s' % (d['id'], d.get('phase')))
docmap = {d['id']: d for d in docs}
# documenten ongewijzigd sinds de start van het beoordelen
dsha = hashlib.sha256(open(P('documents.json'), 'rb').read()).hexdigest()
if dsha != open(P('src','documents_sha256_at_judging.txt')).read().split()[0]:
    err('documents.json is gewijzigd na de start van het beoordelen')
wc = sorted(len(d['body'].split()) for d in docs)
print('documenten: %d; woorden body min %d, max %d, mediaan %.1f, >300: %d' % (len(docs), wc[0], wc[-1], (wc[79]+wc[80])/2, sum(w > 300 for w in wc)))
if sum(w > 300 for w in wc) < 30: err('minder dan 30 documenten boven 300 woorden')

# bevroren vragen
frozen_path = P('queries_initial_frozen.json')
sha = hashlib.sha256(open(frozen_path, 'rb').read()).hexdigest()
stored = open(P('src','frozen_sha256.txt')).read().split()[0]
if sha != stored: err('sha256 van queries_initial_frozen.json wijkt af van src/frozen_sha256.txt')
if os.stat(frozen_path).st_mode & 0o222: err('queries_initial_frozen.json is niet alleen-lezen')
frozen = json.load(open(frozen_path, encoding='utf-8'))

# vragen
queries = json.load(open(P('queries.json'), encoding='utf-8'))
if len(queries) != 70: err('aantal vragen %d != 70' % len(queries))
cnt = collections.Counter(q.get('kind') for q in queries)
for k in QKINDS:
    if cnt[k] != 10: err('soort %s: %d vragen in plaats van 10' % (k, cnt[k]))
if set(cnt) - set(QKINDS): err('onbekende vraagsoorten %s' % (set(cnt) - set(QKINDS)))
if [{'id': q['id'], 'query': q['query'], 'kind': q['kind']} for q in queries] != frozen:
    err('vragen in queries.json wijken af van de bevroren vragen')
tsv = list(csv.DictReader(open(P('src','queries.tsv'), encoding='utf-8'), delimiter='\t'))
if [{'id': r['id'], 'query': r['query'], 'kind': r['kind']} for r in tsv] != frozen: err('src/queries.tsv wijkt af van bevroren vragen')
if len({q['id'] for q in queries}) != 70: err('dubbele vraag-id')

for q in queries:
    j = q.get('judgements')
    if not isinstance(j, dict): err('%s: judgements ontbreekt' % q['id']); continue
    for did, g in j.items():
        if did not in docmap: err('%s: oordeel voor onbekend document %s' % (q['id'], did))
        if not isinstance(g, int) or g not in (1, 2, 3): err('%s: ongeldig cijfer %r voor %s' % (q['id'], g, did))
        if did in DISTRACTORS: err('%s: afleidingsdocument %s beoordeeld' % (q['id'], did))
    n2 = sum(1 for g in j.values() if g >= 2)
    if n2 < 3: err('%s: slechts %d documenten met cijfer >= 2' % (q['id'], n2))

# vermeden woorden
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))
def toks(s): return set(re.findall(r'[a-z0-9]+', norm(s)))
av = list(csv.DictReader(open(P('src','avoided_words.tsv'), encoding='utf-8'), delimiter='\t'))
qmap = {q['id']: q for q in queries}
syn_ids = {q['id'] for q in queries if q['kind'] == 'synonyms'}
if {r['id'] for r in av} != syn_ids: err('avoided_words.tsv dekt niet precies de synoniemvragen')
checked = 0
for r in av:
    q = qmap[r['id']]
    if r['query'] != q['query']: err('%s: vraagtekst in avoided_words.tsv wijkt af' % r['id'])
    words = [norm(w.strip()) for w in r['avoided_words'].split(',') if w.strip()]
    # elk inhoudswoord van de vraag zelf moet in de lijst staan (na normalisatie)
    for did, g in q['judgements'].items():
        if g < 2: continue
        d = docmap[did]
        t = toks(' '.join([d['title'], d['summary'], d['body']]))
        bad = [w for w in words if w in t]
        checked += 1
        if bad: err('%s: document %s (cijfer %d) bevat vermeden woord(en) %s' % (q['id'], did, g, bad))
print('vragen: %d (%s); oordelen: %d; gecontroleerde synoniem-oordelen >=2: %d' % (len(queries), ', '.join('%s=%d' % (k, cnt[k]) for k in QKINDS), sum(len(q['judgements']) for q in queries), checked))
print('min. aantal documenten >=2 per vraag: %d' % min(sum(1 for g in q['judgements'].values() if g >= 2) for q in queries))
if errors:
    for e in errors: print('FOUT:', e)
    sys.exit(1)
print('OK')
