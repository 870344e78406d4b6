"""Validatie van de testcollectie holdout28. Print OK als alle controles slagen."""
import json, csv, hashlib, os, re, sys, unicodedata
from collections import Counter
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
errors = []
def err(m): errors.append(m)
def norm(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.lower()) if unicodedata.category(c) != 'Mn')

docs = json.load(open('documents.json', encoding='utf-8'))
queries = json.load(open('queries.json', encoding='utf-8'))
frozen = json.load(open('queries_initial_frozen.json', encoding='utf-8'))

# documenten
DOC_KINDS = {'plan_van_aanpak','raadsvoorstel','onderzoek','les','sjabloon','participatieplan','aanbesteding','kaart','overig'}
PHASES = {'algemeen','tvw','wup','uitvoering'}
if [d['id'] for d in docs] != ['d%03d' % i for i in range(1, 161)]: err('document-ids niet d001..d160')
wc = {}
for d in docs:
    if set(d) != {'id','title','summary','body','kind','phase'}: err(f"{d['id']}: velden {sorted(d)}")
    if d['kind'] not in DOC_KINDS: err(f"{d['id']}: kind {d['kind']}")
    if d['phase'] not in PHASES: err(f"{d['id']}: phase {d['phase']}")
    if not d['title'].strip() or not d['summary'].strip(): err(f"{d['id']}: lege titel/samenvatting")
    nsent = len(re.findall(r'[.!?](\s|$)', d['summary'].strip()))
    if nsent < 1 or nsent > 2: err(f"{d['id']}: samenvatting heeft {nsent} zinnen")
    wc[d['id']] = len(d['body'].split())
    if wc[d['id']] < 45: err(f"{d['id']}: body {wc[d['id']]} woorden (<45)")
n_long = sum(1 for v in wc.values() if 300 <= v <= 500)
n_mid = sum(1 for v in wc.values() if 100 <= v <= 200)
n_over = sum(1 for v in wc.values() if v > 500)
if n_long < 14: err(f'slechts {n_long} documenten van 300-500 woorden')
if n_over: err(f'{n_over} documenten boven 500 woorden')
if n_mid <= len(docs) / 2: err(f'slechts {n_mid} documenten van 100-200 woorden (niet "meestal")')
DOCIDS = {d['id'] for d in docs}
DISTRACTORS = {'d%03d' % i for i in range(136, 161)}

# queries
KINDS = ['abbreviations','compounds','multiword','questions','short','synonyms','typos']
if len(queries) != 70: err(f'{len(queries)} queries')
kc = Counter(q['kind'] for q in queries)
for k in KINDS:
    if kc[k] != 10: err(f'kind {k}: {kc[k]} queries')
if set(kc) - set(KINDS): err(f'onbekende kinds {set(kc)-set(KINDS)}')
if [q['id'] for q in queries] != ['q%02d' % i for i in range(1, 71)]: err('query-ids niet q01..q70')

# bevroren bestand
h = hashlib.sha256(open('queries_initial_frozen.json', 'rb').read()).hexdigest()
recorded = open('src/frozen_sha256.txt').read().split()[0]
if h != recorded: err(f'hash bevroren bestand {h} != {recorded}')
if os.stat('queries_initial_frozen.json').st_mode & 0o222: err('queries_initial_frozen.json is niet read-only')
if [{k: q[k] for k in ('id','query','kind')} for q in queries] != [{k: q[k] for k in ('id','query','kind')} for q in frozen]:
    err('queries.json wijkt af van queries_initial_frozen.json')
tsv = list(csv.DictReader(open('src/queries.tsv', encoding='utf-8'), delimiter='\t'))
if [(r['id'], r['kind'], r['query']) for r in tsv] != [(q['id'], q['kind'], q['query']) for q in frozen]:
    err('src/queries.tsv wijkt af van bevroren queries')

# oordelen
rel_counts = {}
for q in queries:
    for d, g in q['judgements'].items():
        if d not in DOCIDS: err(f"{q['id']}: onbekend document {d}")
        if g not in (1, 2, 3): err(f"{q['id']}: cijfer {g} voor {d}")
        if d in DISTRACTORS: err(f"{q['id']}: afleider {d} beoordeeld")
    n = sum(1 for g in q['judgements'].values() if g >= 2)
    rel_counts[q['id']] = n
    if n < 3: err(f"{q['id']}: slechts {n} documenten met cijfer >= 2")

# vermeden woorden van synoniem-queries (hele woorden, na lowercasing en verwijderen diacritics)
D = {d['id']: d for d in docs}
av = {r['id']: [w.strip() for w in r['avoided_words'].split(',') if w.strip()]
      for r in csv.DictReader(open('src/avoided_words.tsv', encoding='utf-8'), delimiter='\t')}
syn = [q for q in queries if q['kind'] == 'synonyms']
substring_notes = 0
for q in syn:
    if q['id'] not in av or not av[q['id']]: err(f"{q['id']}: geen vermeden woorden vastgelegd"); continue
    for w in av[q['id']]:
        if norm(w) not in norm(q['query']).split(): err(f"{q['id']}: vermeden woord '{w}' staat niet in de query")
    for d, g in q['judgements'].items():
        if g < 2: continue
        text = norm(D[d]['title'] + ' ' + D[d]['summary'] + ' ' + D[d]['body'])
        toks = set(re.findall(r'\w+', text))
        for w in av[q['id']]:
            if norm(w) in toks: err(f"{q['id']}: {d} (cijfer {g}) bevat vermeden woord '{w}'")
            elif norm(w) in text: substring_notes += 1

print(f'documenten: {len(docs)} (afleiders: {len(DISTRACTORS)}); 300-500 woorden: {n_long}; 100-200 woorden: {n_mid}; '
      f'minimum: {min(wc.values())}; maximum: {max(wc.values())}')
print('documentsoorten:', dict(sorted(Counter(d["kind"] for d in docs).items())))
print('fasen:', dict(sorted(Counter(d["phase"] for d in docs).items())))
print(f'queries: {len(queries)}', dict(kc))
print(f'oordelen: {sum(len(q["judgements"]) for q in queries)} totaal; per cijfer',
      dict(sorted(Counter(g for q in queries for g in q["judgements"].values()).items())))
print(f'min. aantal documenten met cijfer>=2 per query: {min(rel_counts.values())}')
print(f'sha256 bevroren queries: {h}')
print(f'vermeden woorden als deel van een samenstelling in cijfer-2/3-documenten (info, geen fout): {substring_notes}')
if errors:
    print('FOUTEN:'); [print(' -', e) for e in errors]; sys.exit(1)
print('OK')
