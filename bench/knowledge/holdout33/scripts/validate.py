"""Validatie van de holdout-collectie holdout33. Drukt OK af als alle controles slagen."""
import json, hashlib, re, statistics, sys, os, unicodedata, csv
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
errors = []
def err(m): errors.append(m)
def sha(p): return hashlib.sha256(open(p, 'rb').read()).hexdigest()
KINDS = {'onderzoek', 'plan_van_aanpak', 'participatieplan', 'sjabloon', 'raadsvoorstel', 'les', 'aanbesteding', 'kaart', 'overig'}
PHASES = {'tvw', 'wup', 'uitvoering', 'algemeen'}
QKINDS = ['abbreviations', 'compounds', 'multiword', 'questions', 'short', 'synonyms', 'typos']

# documenten
docs = json.load(open('documents.json', encoding='utf-8'))
if len(docs) != 160: err(f'aantal documenten {len(docs)} != 160')
ids = [d.get('id') for d in docs]
if ids != [f'd{i:03d}' for i in range(1, 161)]: err('document-ids niet d001..d160 op volgorde')
for d in docs:
    if set(d) != {'id', 'title', 'summary', 'body', 'kind', 'phase'}: err(f"{d.get('id')}: velden {sorted(d)}")
    if d.get('kind') not in KINDS: err(f"{d['id']}: kind {d.get('kind')}")
    if d.get('phase') not in PHASES: err(f"{d['id']}: phase {d.get('phase')}")
    for f in ('title', 'summary', 'body'):
        if not isinstance(d.get(f), str) or not d[f].strip(): err(f"{d['id']}: leeg veld {f}")
def words(d): return len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split())
L = [words(d) for d in docs]
med = statistics.median(L)
if min(L) < 60 or max(L) > 700: err(f'lengtes buiten 60-700: min {min(L)} max {max(L)}')
n300 = sum(l > 300 for l in L)
if n300 < 30: err(f'slechts {n300} documenten > 300 woorden')
if not (150 <= med <= 210): err(f'mediaan {med} niet rond 180 (150-210)')
doc_sha = sha('documents.json')
frozen_doc_sha = open('src/documents_sha256_at_judging.txt').read().strip()
if doc_sha != frozen_doc_sha: err('documents.json sha256 wijkt af van sha256 bij start beoordeling')

# queries
frozen = json.load(open('queries_initial_frozen.json', encoding='utf-8'))
if sha('queries_initial_frozen.json') != open('src/frozen_sha256.txt').read().strip(): err('sha256 bevroren queries klopt niet')
Q = json.load(open('queries.json', encoding='utf-8'))
if len(Q) != 70: err(f'aantal queries {len(Q)}')
if [q['id'] for q in Q] != [f'q{i:02d}' for i in range(1, 71)]: err('query-ids niet q01..q70')
for q, f in zip(Q, frozen):
    if (q['id'], q['query'], q['kind']) != (f['id'], f['query'], f['kind']): err(f"{q['id']}: wijkt af van bevroren query")
for k in QKINDS:
    n = sum(q['kind'] == k for q in Q)
    if n != 10: err(f'kind {k}: {n} queries')
if {q['kind'] for q in Q} - set(QKINDS): err('onbekende query-kind')

# avoided words
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower()); return ''.join(c for c in s if not unicodedata.combining(c))
def toks(s): return ' ' + ' '.join(re.findall(r'[a-z0-9]+', norm(s))) + ' '
AV = {}
for r in csv.DictReader(open('src/avoided_words.tsv', encoding='utf-8'), delimiter='\t'):
    AV.setdefault(r['query_id'], []).extend(r['forms_checked'].split('|'))
byid = {d['id']: d for d in docs}
for q in Q:
    if q['kind'] == 'synonyms' and q['id'] not in AV: err(f"{q['id']}: geen vermeden woorden")
for qid in AV:
    if next(q for q in Q if q['id'] == qid)['kind'] != 'synonyms': err(f'{qid} in avoided_words maar geen synonym-query')

# oordelen
total = 0; dist = {1: 0, 2: 0, 3: 0}
for q in Q:
    J = q['judgements']
    for did, g in J.items():
        total += 1
        if g not in (1, 2, 3) or not isinstance(g, int): err(f"{q['id']}: grade {g} voor {did}")
        else: dist[g] += 1
        if not re.fullmatch(r'd\d{3}', did) or not (1 <= int(did[1:]) <= 135): err(f"{q['id']}: oordeel voor niet-toegestaan document {did}")
    good = [d for d, g in J.items() if g >= 2]
    if len(good) < 3: err(f"{q['id']}: slechts {len(good)} documenten met grade >= 2")
    if q['kind'] == 'synonyms':
        forms = AV.get(q['id'], [])
        for d in good:
            t = toks(byid[d]['title'] + ' ' + byid[d]['summary'] + ' ' + byid[d]['body'])
            bad = [f for f in forms if toks(f) in t]
            if bad: err(f"{q['id']}: {d} (grade {J[d]}) bevat vermeden woord(en) {bad}")

print(f'documenten: {len(docs)}; lengte min {min(L)}, max {max(L)}, mediaan {med}, >300 woorden: {n300}')
print(f'queries: {len(Q)}; oordelen: {total} (grade 3: {dist[3]}, grade 2: {dist[2]}, grade 1: {dist[1]})')
print(f'documents.json sha256: {doc_sha}')
if errors:
    print('FOUTEN:'); [print(' -', e) for e in errors]; sys.exit(1)
print('OK')
