"""Validatie van de testcollectie holdout27. Print 'OK' als alle controles slagen."""
import json, os, re, csv, hashlib, unicodedata, collections, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(ROOT, *a)
errors, info = [], []
def err(m): errors.append(m)

def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))
def tokens(s): return set(re.findall(r'\w+', norm(s)))

DOC_KINDS = {'plan_van_aanpak','raadsvoorstel','onderzoek','les','sjabloon','participatieplan','aanbesteding','kaart','overig'}
PHASES = {'algemeen','tvw','wup','uitvoering'}
Q_KINDS = ['abbreviations','compounds','multiword','questions','short','synonyms','typos']

# --- documenten
docs = json.load(open(P('documents.json'), encoding='utf-8'))
ids = [d['id'] for d in docs]
if ids != [f'd{i:03d}' for i in range(1, 161)]: err('document-ids niet d001..d160 op volgorde')
dmap = {d['id']: d for d in docs}
wcs = {}
for d in docs:
    for f in ('id','title','summary','body','kind','phase'):
        if not isinstance(d.get(f), str) or not d[f].strip(): err(f'{d["id"]}: veld {f} ontbreekt/leeg')
    if set(d) != {'id','title','summary','body','kind','phase'}: err(f'{d["id"]}: onverwachte velden {set(d)}')
    if d['kind'] not in DOC_KINDS: err(f'{d["id"]}: ongeldige kind {d["kind"]}')
    if d['phase'] not in PHASES: err(f'{d["id"]}: ongeldige phase {d["phase"]}')
    nsent = len([s for s in re.split(r'(?<=[.!?])\s+', d['summary'].strip()) if s])
    if nsent > 2: err(f'{d["id"]}: samenvatting heeft {nsent} zinnen')
    wcs[d['id']] = len(d['body'].split())
long_docs = [i for i, w in wcs.items() if 300 <= w <= 500]
if len(long_docs) < 14: err(f'slechts {len(long_docs)} documenten van 300-500 woorden')
short = [i for i, w in wcs.items() if w < 45]
if short: err(f'documenten onder 45 woorden: {short}')
over = [i for i, w in wcs.items() if w > 500]
if over: err(f'documenten boven 500 woorden: {over}')
mid = [i for i, w in wcs.items() if 100 <= w <= 200]
if len(mid) <= len(docs) / 2: err(f'niet "meestal" 100-200 woorden: {len(mid)}')
info.append(f'documenten: {len(docs)} (d001-d135 inhoud, d136-d160 afleiders); body-woorden min {min(wcs.values())}, max {max(wcs.values())}, '
            f'100-200 woorden: {len(mid)}, 300-500 woorden: {len(long_docs)}, <100: {sum(1 for w in wcs.values() if w < 100)}')
info.append('documentsoorten: ' + ', '.join(f'{k}={v}' for k, v in sorted(collections.Counter(d['kind'] for d in docs).items())))
info.append('fasen: ' + ', '.join(f'{k}={v}' for k, v in sorted(collections.Counter(d['phase'] for d in docs).items())))

# --- bevroren queries
frozen_path = P('queries_initial_frozen.json')
h = hashlib.sha256(open(frozen_path, 'rb').read()).hexdigest()
recorded = open(P('src', 'frozen_sha256.txt')).read().split()[0]
if h != recorded: err(f'hash bevroren bestand {h} != vastgelegd {recorded}')
if os.stat(frozen_path).st_mode & 0o222: err('queries_initial_frozen.json is niet alleen-lezen')
frozen = json.load(open(frozen_path, encoding='utf-8'))
tsv = list(csv.DictReader(open(P('src', 'queries.tsv'), encoding='utf-8'), delimiter='\t'))
if [(r['id'], r['kind'], r['query']) for r in tsv] != [(q['id'], q['kind'], q['query']) for q in frozen]:
    err('src/queries.tsv wijkt af van het bevroren bestand')
info.append(f'sha256 queries_initial_frozen.json: {h} (komt overeen met src/frozen_sha256.txt)')

# --- queries met oordelen
queries = json.load(open(P('queries.json'), encoding='utf-8'))
if len(queries) != 70: err(f'{len(queries)} queries i.p.v. 70')
if [(q['id'], q['query'], q['kind']) for q in queries] != [(q['id'], q['query'], q['kind']) for q in frozen]:
    err('queries.json wijkt af van de bevroren queries (id/query/kind)')
kc = collections.Counter(q['kind'] for q in queries)
for k in Q_KINDS:
    if kc[k] != 10: err(f'soort {k}: {kc[k]} queries')
if set(kc) - set(Q_KINDS): err(f'onbekende querysoorten {set(kc) - set(Q_KINDS)}')
info.append('querysoorten: ' + ', '.join(f'{k}={kc[k]}' for k in Q_KINDS))
grades = collections.Counter(); min_rel = 99
for q in queries:
    j = q['judgements']
    for d, g in j.items():
        if d not in dmap: err(f'{q["id"]}: onbekend document {d}')
        if g not in (1, 2, 3): err(f'{q["id"]}: ongeldig cijfer {g} voor {d}')
        if int(d[1:]) >= 136: err(f'{q["id"]}: afleider {d} beoordeeld')
        grades[g] += 1
    nrel = sum(1 for g in j.values() if g >= 2)
    min_rel = min(min_rel, nrel)
    if nrel < 3: err(f'{q["id"]}: slechts {nrel} documenten met cijfer >= 2')
info.append(f'oordelen: {sum(grades.values())} (3: {grades[3]}, 2: {grades[2]}, 1: {grades[1]}); '
            f'minimum aantal documenten met cijfer >=2 per query: {min_rel}; gemiddeld {sum(grades[g] for g in (2,3))/len(queries):.1f}')

# --- vermeden woorden bij synoniemqueries
avoided = {r['id']: [norm(w.strip()) for w in r['avoided_words'].split(',') if w.strip()]
           for r in csv.DictReader(open(P('src', 'avoided_words.tsv'), encoding='utf-8'), delimiter='\t')}
syn = [q for q in queries if q['kind'] == 'synonyms']
if set(avoided) != {q['id'] for q in syn}: err('avoided_words.tsv dekt niet precies de synoniemqueries')
substr_warn = []
for q in syn:
    qtok = tokens(q['query'])
    for w in avoided.get(q['id'], []):
        if w not in qtok: err(f'{q["id"]}: vermeden woord {w} komt niet in de query voor')
    for d, g in q['judgements'].items():
        if g < 2: continue
        doc = dmap[d]; txt = doc['title'] + ' ' + doc['summary'] + ' ' + doc['body']
        tk = tokens(txt); nt = norm(txt)
        for w in avoided.get(q['id'], []):
            if w in tk: err(f'{q["id"]}: relevant document {d} bevat vermeden woord "{w}"')
            elif w in nt: substr_warn.append(f'{q["id"]}/{d}/{w}')
info.append(f'vermeden woorden: {sum(len(v) for v in avoided.values())} woorden bij {len(avoided)} synoniemqueries gecontroleerd in '
            f'{sum(1 for q in syn for g in q["judgements"].values() if g >= 2)} documenten met cijfer 2/3 (als los woord: 0 treffers; '
            f'als deel van een langer woord: {len(substr_warn)}{" " + str(substr_warn) if substr_warn else ""})')

for line in info: print(line)
if errors:
    print('FOUTEN:'); [print(' -', e) for e in errors]; sys.exit(1)
print('OK')
