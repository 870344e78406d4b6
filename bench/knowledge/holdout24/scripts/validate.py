"""Validate the holdout24 test collection. Prints counts and 'OK' when all checks pass."""
import json, hashlib, re, sys, unicodedata, collections, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(ROOT, *a)
errors = []
def err(msg): errors.append(msg)

def norm(s):
    return unicodedata.normalize('NFKD', s.lower()).encode('ascii', 'ignore').decode()
def tokens(s):
    return set(re.findall(r'[a-z0-9]+', norm(s)))
def wc(s):
    return len(re.findall(r'\w+', s))

DOC_KINDS = {'plan_van_aanpak', 'raadsvoorstel', 'onderzoek', 'les', 'sjabloon', 'participatieplan', 'aanbesteding', 'kaart', 'overig'}
PHASES = {'algemeen', 'tvw', 'wup', 'uitvoering'}
Q_KINDS = ['abbreviations', 'compounds', 'multiword', 'questions', 'short', 'synonyms', 'typos']

# --- documents
docs = json.load(open(P('documents.json'), encoding='utf-8'))
ids = [d['id'] for d in docs]
if ids != ['d%03d' % i for i in range(1, 161)]:
    err('document ids are not exactly d001..d160 in order')
for d in docs:
    for f in ('id', 'title', 'summary', 'body', 'kind', 'phase'):
        if not isinstance(d.get(f), str) or not d.get(f).strip():
            err(f'{d.get("id")}: missing field {f}')
    if d['kind'] not in DOC_KINDS: err(f'{d["id"]}: bad kind {d["kind"]}')
    if d['phase'] not in PHASES: err(f'{d["id"]}: bad phase {d["phase"]}')
    n_sum_sent = len(re.findall(r'[.!?](\s|$)', d['summary']))
    if n_sum_sent < 1 or n_sum_sent > 2: err(f'{d["id"]}: summary has {n_sum_sent} sentences')
lens = {d['id']: wc(d['body']) for d in docs}
short = [i for i, n in lens.items() if n < 45]
if short: err(f'documents under 45 words: {short}')
long_ = [i for i, n in lens.items() if 300 <= n <= 500]
if len(long_) < 14: err(f'only {len(long_)} documents of 300-500 words')
over = [i for i, n in lens.items() if n > 500]
if over: err(f'documents over 500 words: {over}')
topical = [i for i in ids if int(i[1:]) <= 135]
in_range = [i for i in topical if 100 <= lens[i] <= 200]
if len(in_range) < 0.5 * len(topical): err('fewer than half of d001-d135 have 100-200 words')

# --- queries and frozen file
frozen_path = P('queries_initial_frozen.json')
h = hashlib.sha256(open(frozen_path, 'rb').read()).hexdigest()
recorded = open(P('src', 'frozen_sha256.txt')).read().strip()
if h != recorded: err(f'frozen hash mismatch: {h} != {recorded}')
if os.stat(frozen_path).st_mode & 0o222: err('frozen file is writable (expected chmod 444)')
frozen = json.load(open(frozen_path, encoding='utf-8'))
queries = json.load(open(P('queries.json'), encoding='utf-8'))
if len(queries) != 70: err(f'{len(queries)} queries, expected 70')
if [(q['id'], q['query'], q['kind']) for q in queries] != [(q['id'], q['query'], q['kind']) for q in frozen]:
    err('queries.json differs from the frozen queries')
if any('judgements' in q for q in frozen): err('frozen file contains judgements')
kc = collections.Counter(q['kind'] for q in queries)
for k in Q_KINDS:
    if kc[k] != 10: err(f'kind {k}: {kc[k]} queries, expected 10')
if set(kc) - set(Q_KINDS): err(f'unknown query kinds {set(kc) - set(Q_KINDS)}')

# --- judgements
docset = set(ids)
n_j = collections.Counter()
min_rel = None
for q in queries:
    j = q['judgements']
    for d, g in j.items():
        if d not in docset: err(f'{q["id"]}: unknown doc {d}')
        elif int(d[1:]) > 135: err(f'{q["id"]}: distractor {d} judged')
        if g not in (1, 2, 3): err(f'{q["id"]}: bad grade {g} for {d}')
        n_j[g] += 1
    nrel = sum(1 for g in j.values() if g >= 2)
    min_rel = nrel if min_rel is None else min(min_rel, nrel)
    if nrel < 3: err(f'{q["id"]}: only {nrel} documents graded >=2')

# --- avoided words for synonym queries
docmap = {d['id']: d for d in docs}
avoided = {}
for line in open(P('src', 'avoided_words.tsv'), encoding='utf-8').read().splitlines()[1:]:
    qid, words = line.split('\t')
    avoided[qid] = [norm(w.strip()) for w in words.split(',') if w.strip()]
n_checked = 0
for q in queries:
    if q['kind'] != 'synonyms': continue
    if q['id'] not in avoided or not avoided[q['id']]:
        err(f'{q["id"]}: no avoided words recorded'); continue
    qt = tokens(q['query'])
    for w in avoided[q['id']]:
        if w not in qt: err(f'{q["id"]}: avoided word {w} not in query')
    for d, g in q['judgements'].items():
        if g < 2: continue
        dd = docmap[d]
        t = tokens(dd['title'] + ' ' + dd['summary'] + ' ' + dd['body'])
        bad = [w for w in avoided[q['id']] if w in t]
        n_checked += 1
        if bad: err(f'{q["id"]}: {d} (grade {g}) contains avoided word(s) {bad}')

print(f'documents: {len(docs)} (topical {len(topical)}, distractors {len(docs) - len(topical)})')
print(f'document kinds: {dict(sorted(collections.Counter(d["kind"] for d in docs).items()))}')
print(f'document phases: {dict(sorted(collections.Counter(d["phase"] for d in docs).items()))}')
print(f'body words: min {min(lens.values())}, max {max(lens.values())}, 300-500: {len(long_)}, d001-d135 within 100-200: {len(in_range)}/{len(topical)}')
print(f'queries: {len(queries)} {dict(kc)}')
print(f'judgements: {sum(n_j.values())} (grade 3: {n_j[3]}, grade 2: {n_j[2]}, grade 1: {n_j[1]}); min docs graded >=2 per query: {min_rel}')
print(f'synonym avoided-word checks: {n_checked} (query, document) pairs')
print(f'frozen sha256: {h}')
if errors:
    print('ERRORS:'); [print(' -', e) for e in errors]; sys.exit(1)
print('OK')
