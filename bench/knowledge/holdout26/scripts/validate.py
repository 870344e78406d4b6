"""Validatie van de testcollectie holdout26. Print 'OK' als alle controles slagen."""
import json, os, re, csv, hashlib, stat, unicodedata, sys
from collections import Counter
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(root, *a)
errors = []
def err(m): errors.append(m)
def norm(s): return ''.join(c for c in unicodedata.normalize('NFKD', s.lower()) if not unicodedata.combining(c))
def tokens(s): return set(re.findall(r'[a-z0-9]+', norm(s)))

KINDS_D = {'plan_van_aanpak','raadsvoorstel','onderzoek','les','sjabloon','participatieplan','aanbesteding','kaart','overig'}
PHASES = {'algemeen','tvw','wup','uitvoering'}
KINDS_Q = ['abbreviations','compounds','multiword','questions','short','synonyms','typos']

# documenten
docs = json.load(open(P('documents.json'), encoding='utf-8'))
ids = [d['id'] for d in docs]
if ids != [f'd{i:03d}' for i in range(1, 161)]: err('document-ids niet d001..d160 in volgorde')
for d in docs:
    if set(d) != {'id','title','summary','body','kind','phase'}: err(f"{d['id']}: velden {sorted(d)}")
    if d['kind'] not in KINDS_D: err(f"{d['id']}: kind {d['kind']}")
    if d['phase'] not in PHASES: err(f"{d['id']}: phase {d['phase']}")
    if not d['title'].strip() or not d['summary'].strip(): err(f"{d['id']}: lege titel/samenvatting")
    ns = len(re.findall(r'[.!?](\s|$)', d['summary']))
    if ns < 1 or ns > 2: err(f"{d['id']}: samenvatting heeft {ns} zinnen")
wc = {d['id']: len(d['body'].split()) for d in docs}
under45 = [i for i, w in wc.items() if w < 45]
long_ = [i for i, w in wc.items() if 300 <= w <= 500]
over500 = [i for i, w in wc.items() if w > 500]
mid = [i for i, w in wc.items() if 100 <= w <= 200]
if under45: err(f'documenten onder 45 woorden: {under45}')
if len(long_) < 14: err(f'slechts {len(long_)} documenten van 300-500 woorden')
if over500: err(f'documenten boven 500 woorden: {over500}')
if len(mid) * 2 <= len(docs): err(f'niet de meerderheid tussen 100 en 200 woorden ({len(mid)})')
docmap = {d['id']: d for d in docs}

# bevroren queries
fz = P('queries_initial_frozen.json')
h = hashlib.sha256(open(fz, 'rb').read()).hexdigest()
rec = open(P('src', 'frozen_sha256.txt')).read().split()[0]
if h != rec: err(f'hash bevroren bestand {h} != vastgelegd {rec}')
if os.stat(fz).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH): err('bevroren bestand is schrijfbaar')
frozen = json.load(open(fz, encoding='utf-8'))
tsv = list(csv.DictReader(open(P('src', 'queries.tsv'), encoding='utf-8'), delimiter='\t'))
if [(r['id'], r['kind'], r['query']) for r in tsv] != [(q['id'], q['kind'], q['query']) for q in frozen]:
    err('src/queries.tsv wijkt af van bevroren bestand')

# queries met oordelen
qs = json.load(open(P('queries.json'), encoding='utf-8'))
if len(qs) != 70: err(f'{len(qs)} queries')
if [(q['id'], q['query'], q['kind']) for q in qs] != [(q['id'], q['query'], q['kind']) for q in frozen]:
    err('queries.json wijkt af van de bevroren queries')
kc = Counter(q['kind'] for q in qs)
for k in KINDS_Q:
    if kc[k] != 10: err(f'soort {k}: {kc[k]} queries')
if set(kc) != set(KINDS_Q): err(f'onbekende soorten: {set(kc) - set(KINDS_Q)}')
n_judg = 0; grade_count = Counter(); min_rel = 99
for q in qs:
    J = q['judgements']
    for did, g in J.items():
        n_judg += 1; grade_count[g] += 1
        if did not in docmap: err(f"{q['id']}: onbekend document {did}")
        elif int(did[1:]) > 135: err(f"{q['id']}: afleider {did} beoordeeld")
        if g not in (1, 2, 3): err(f"{q['id']}: ongeldig cijfer {g} voor {did}")
    rel = [d for d, g in J.items() if g >= 2]
    min_rel = min(min_rel, len(rel))
    if len(rel) < 3: err(f"{q['id']}: slechts {len(rel)} documenten met cijfer >= 2")

# vermeden woorden van synoniem-queries
av = {r['id']: [w.strip() for w in r['avoided_words'].split(',') if w.strip()]
      for r in csv.DictReader(open(P('src', 'avoided_words.tsv'), encoding='utf-8'), delimiter='\t')}
syn = [q for q in qs if q['kind'] == 'synonyms']
n_checked = 0
for q in syn:
    if q['id'] not in av or not av[q['id']]: err(f"{q['id']}: geen vermeden woorden vastgelegd"); continue
    qt = tokens(q['query'])
    for w in av[q['id']]:
        if norm(w) not in qt: err(f"{q['id']}: vermeden woord '{w}' komt niet in de query voor")
    for did, g in q['judgements'].items():
        if g < 2: continue
        d = docmap[did]; t = tokens(d['title'] + ' ' + d['summary'] + ' ' + d['body'])
        n_checked += 1
        bad = [w for w in av[q['id']] if norm(w) in t]
        if bad: err(f"{q['id']}: {did} (cijfer {g}) bevat vermeden woord(en) {bad}")

print(f'documenten: {len(docs)} (d001-d135 inhoudelijk: 135, afleiders d136-d160: 25)')
print('soorten documenten:', dict(sorted(Counter(d['kind'] for d in docs).items())))
print('fasen:', dict(sorted(Counter(d['phase'] for d in docs).items())))
print(f'woorden body: min {min(wc.values())}, max {max(wc.values())}, 100-200: {len(mid)}, 300-500: {len(long_)}, <45: {len(under45)}')
print(f'queries: {len(qs)}', dict(sorted(kc.items())))
print(f'oordelen: {n_judg} (cijfer 3: {grade_count[3]}, 2: {grade_count[2]}, 1: {grade_count[1]}); minimum aantal documenten >=2 per query: {min_rel}')
print(f'synoniem-controles: {n_checked} (query, document)-paren met cijfer >=2 zonder vermeden woorden gecontroleerd')
print(f'sha256 bevroren queries: {h}')
if errors:
    for e in errors: print('FOUT:', e)
    sys.exit(1)
print('OK')
