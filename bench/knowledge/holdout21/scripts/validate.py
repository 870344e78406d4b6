"""Validation of the holdout21 test collection. Prints OK when all checks pass."""
import json, hashlib, os, re, sys, unicodedata, csv
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = lambda *p: os.path.join(HERE, *p)
errors = []
def err(m): errors.append(m)

def norm(t):
    t = unicodedata.normalize('NFKD', t.lower())
    return ''.join(c for c in t if not unicodedata.combining(c))
def tokens(t): return re.findall(r'[a-z0-9]+', norm(t))

DOC_KINDS = {'plan_van_aanpak', 'raadsvoorstel', 'onderzoek', 'les', 'sjabloon', 'participatieplan', 'aanbesteding', 'kaart', 'overig'}
PHASES = {'algemeen', 'tvw', 'wup', 'uitvoering'}
Q_KINDS = ['abbreviations', 'compounds', 'multiword', 'questions', 'short', 'synonyms', 'typos']

docs = json.load(open(S('documents.json'), encoding='utf-8'))
queries = json.load(open(S('queries.json'), encoding='utf-8'))
frozen_path = S('queries_initial_frozen.json')
frozen = json.load(open(frozen_path, encoding='utf-8'))

# --- frozen file
h = hashlib.sha256(open(frozen_path, 'rb').read()).hexdigest()
rec = open(S('src', 'frozen_sha256.txt')).read().split()[0]
if h != rec: err(f'frozen hash mismatch {h} != {rec}')
if os.stat(frozen_path).st_mode & 0o222: err('frozen file is writable')
if [(q['id'], q['query'], q['kind']) for q in frozen] != [(q['id'], q['query'], q['kind']) for q in queries]:
    err('queries.json differs from frozen queries')
if any('judgements' in q for q in frozen): err('frozen file contains judgements')

# --- documents
ids = [d['id'] for d in docs]
if ids != ['d%03d' % i for i in range(1, 161)]: err('document ids are not d001..d160 in order')
wc = {}
for d in docs:
    for f in ('id', 'title', 'summary', 'body', 'kind', 'phase'):
        if not d.get(f): err(f'{d.get("id")} missing {f}')
    if d['kind'] not in DOC_KINDS: err(f'{d["id"]} bad kind {d["kind"]}')
    if d['phase'] not in PHASES: err(f'{d["id"]} bad phase {d["phase"]}')
    n = len(d['body'].split()); wc[d['id']] = n
    if n < 45: err(f'{d["id"]} body under 45 words ({n})')
    if n > 500: err(f'{d["id"]} body over 500 words ({n})')
    ns = len(re.findall(r'[.!?](\s|$)', d['summary']))
    if ns < 1 or ns > 2: err(f'{d["id"]} summary has {ns} sentences')
content = [d for d in docs if int(d['id'][1:]) <= 135]
long_docs = [d['id'] for d in content if 300 <= wc[d['id']] <= 500]
if len(long_docs) < 14: err(f'only {len(long_docs)} documents of 300-500 words')
mid = sum(1 for d in docs if 100 <= wc[d['id']] <= 200)
if mid <= len(docs) / 2: err(f'only {mid} documents of 100-200 words (not "mostly")')
distractors = {'d%03d' % i for i in range(136, 161)}

# --- queries
if len(queries) != 70: err(f'{len(queries)} queries')
if [q['id'] for q in queries] != ['q%02d' % i for i in range(1, 71)]: err('query ids not q01..q70')
for k in Q_KINDS:
    c = sum(1 for q in queries if q['kind'] == k)
    if c != 10: err(f'kind {k} has {c} queries')
dtext = {d['id']: d['title'] + ' ' + d['summary'] + ' ' + d['body'] for d in docs}
ngraded = 0
for q in queries:
    j = q['judgements']
    for did, g in j.items():
        if did not in dtext: err(f'{q["id"]} judges unknown {did}')
        if g not in (1, 2, 3): err(f'{q["id"]} {did} bad grade {g}')
        if did in distractors: err(f'{q["id"]} judges distractor {did}')
    ngraded += len(j)
    if sum(1 for g in j.values() if g >= 2) < 3: err(f'{q["id"]} has fewer than 3 documents graded >=2')

# --- avoided words of synonym queries
avoided = {}
for row in csv.DictReader(open(S('src', 'avoided_words.tsv'), encoding='utf-8'), delimiter='\t'):
    avoided[row['query_id']] = [norm(w.strip()) for w in row['avoided_words'].split(',') if w.strip()]
syn = [q for q in queries if q['kind'] == 'synonyms']
if set(avoided) != {q['id'] for q in syn}: err('avoided_words.tsv does not cover exactly the synonym queries')
for q in syn:
    qtok = set(tokens(q['query']))
    for w in avoided.get(q['id'], []):
        if w not in qtok: err(f'{q["id"]} avoided word {w} not in query')
    for did, g in q['judgements'].items():
        if g < 2: continue
        toks = tokens(dtext[did])
        for w in avoided.get(q['id'], []):
            # exact token match; for words of 4+ letters also any token starting with the word
            hit = [t for t in toks if t == w or (len(w) >= 4 and t.startswith(w))]
            if hit: err(f'{q["id"]} grade-{g} doc {did} contains avoided word {w} ({hit[0]})')

print(f'documents: {len(docs)} (content {len(content)}, distractors {len(distractors)})')
print(f'body words: min {min(wc.values())}, max {max(wc.values())}, 100-200: {mid}, 300-500 (content): {len(long_docs)}')
print('doc kinds:', {k: sum(1 for d in docs if d["kind"] == k) for k in sorted(DOC_KINDS)})
print('phases:', {k: sum(1 for d in docs if d["phase"] == k) for k in sorted(PHASES)})
print(f'queries: {len(queries)}; per kind:', {k: sum(1 for q in queries if q["kind"] == k) for k in Q_KINDS})
print(f'judgements: {ngraded} (grade 3: {sum(1 for q in queries for g in q["judgements"].values() if g==3)}, '
      f'grade 2: {sum(1 for q in queries for g in q["judgements"].values() if g==2)}, '
      f'grade 1: {sum(1 for q in queries for g in q["judgements"].values() if g==1)})')
print('min docs graded >=2 per query:', min(sum(1 for g in q['judgements'].values() if g >= 2) for q in queries))
print(f'frozen sha256: {h}')
if errors:
    print('ERRORS:'); [print(' -', e) for e in errors]; sys.exit(1)
print('OK')
