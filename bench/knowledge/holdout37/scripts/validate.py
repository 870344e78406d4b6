"""Controleert de testcollectie in deze map. Print OK als alles klopt."""
import json, hashlib, re, unicodedata, statistics, csv, os, sys
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
errors = []
def err(m): errors.append(m)
def sha(p): return hashlib.sha256(open(p, 'rb').read()).hexdigest()
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))
KINDS_Q = ['abbreviations','compounds','multiword','questions','short','synonyms','typos']
KINDS_D = {'aanbesteding','kaart','les','onderzoek','overig','participatieplan','plan_van_aanpak','raadsvoorstel','sjabloon'}
PHASES = {'algemeen','tvw','uitvoering','wup'}

# 1. bevroren queries
frozen_sha = open('src/frozen_sha256.txt').read().split()[0]
if sha('queries_initial_frozen.json') != frozen_sha: err('queries_initial_frozen.json wijkt af van src/frozen_sha256.txt')
frozen = json.load(open('queries_initial_frozen.json', encoding='utf-8'))
queries = json.load(open('queries.json', encoding='utf-8'))
if len(frozen) != 70: err(f'bevroren bestand heeft {len(frozen)} queries')
if len(queries) != 70: err(f'queries.json heeft {len(queries)} queries')
for k in KINDS_Q:
    n = sum(q['kind'] == k for q in queries)
    if n != 10: err(f'soort {k}: {n} queries in plaats van 10')
if [ (q['id'],q['query'],q['kind']) for q in queries ] != [ (q['id'],q['query'],q['kind']) for q in frozen ]:
    err('queries.json komt niet overeen met queries_initial_frozen.json (id, tekst, soort, volgorde)')
for q in frozen:
    if set(q) != {'id','query','kind'}: err(f'{q.get("id")}: velden in bevroren bestand')

# 2. documenten
doc_sha = open('src/documents_sha256_at_judging.txt').read().split()[0]
if sha('documents.json') != doc_sha: err('documents.json is gewijzigd sinds het begin van het beoordelen')
docs = json.load(open('documents.json', encoding='utf-8'))
if len(docs) != 160: err(f'{len(docs)} documenten in plaats van 160')
ids = [d['id'] for d in docs]
if ids != [f'd{i:03d}' for i in range(1, 161)]: err('document-id\'s zijn niet d001..d160 op volgorde')
lengths = {}
for d in docs:
    if set(d) != {'id','title','summary','body','kind','phase'}: err(f'{d.get("id")}: onjuiste velden')
    if d.get('kind') not in KINDS_D: err(f'{d["id"]}: ongeldige kind {d.get("kind")}')
    if d.get('phase') not in PHASES: err(f'{d["id"]}: ongeldige phase {d.get("phase")}')
    for f in ('title','summary','body'):
        if not isinstance(d.get(f), str) or not d[f].strip(): err(f'{d["id"]}: leeg veld {f}')
    lengths[d['id']] = len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split())
short = [i for i, n in lengths.items() if n < 80]
if short: err(f'documenten korter dan 80 woorden: {short}')
med = statistics.median(lengths.values())
if not (150 <= med <= 200): err(f'mediane lengte {med} ligt niet tussen 150 en 200')
over300 = sum(n > 300 for n in lengths.values())
if over300 < 25: err(f'slechts {over300} documenten boven 300 woorden')

# 3. oordelen
exceptions = set()
for r in csv.DictReader(open('src/known_exceptions.tsv', encoding='utf-8'), delimiter='\t'):
    exceptions.add(r['query_id'])
domain = {f'd{i:03d}' for i in range(1, 136)}
low = []
for q in queries:
    j = q.get('judgements')
    if not isinstance(j, dict) or not j: err(f'{q["id"]}: geen oordelen'); continue
    for did, g in j.items():
        if did not in domain: err(f'{q["id"]}: oordeel over {did} (buiten d001-d135)')
        if g not in (1, 2, 3): err(f'{q["id"]}: ongeldige graad {g} voor {did}')
    n = sum(g >= 2 for g in j.values())
    if n < 3:
        low.append(q['id'])
        if q['id'] not in exceptions: err(f'{q["id"]}: slechts {n} documenten met graad 2 of 3 en geen bekende uitzondering')
for e in exceptions:
    if e not in low: err(f'{e} staat als uitzondering vermeld maar heeft wel 3 of meer documenten van graad 2/3')

# 4. vermeden woorden bij synoniem-queries
avoided = {}
for line in open('src/avoided_words.tsv', encoding='utf-8'):
    if line.startswith('query_id') or not line.strip(): continue
    qid, words = line.rstrip('\n').split('\t')
    avoided[qid] = {norm(w) for w in words.split()}
docmap = {d['id']: d for d in docs}
for q in queries:
    if q['kind'] != 'synonyms': continue
    if q['id'] not in avoided: err(f'{q["id"]}: geen vermeden woorden opgegeven'); continue
    qwords = set(re.findall(r'[a-z0-9]+', norm(q['query'])))
    for did, g in q['judgements'].items():
        if g < 2: continue
        d = docmap[did]
        toks = set(re.findall(r'[a-z0-9]+', norm(d['title'] + ' ' + d['summary'] + ' ' + d['body'])))
        hit = toks & avoided[q['id']]
        if hit: err(f'{q["id"]}: {did} (graad {g}) bevat vermeden woord(en) {sorted(hit)}')

print(f'queries: {len(queries)}; per soort: ' + ', '.join(f'{k}={sum(q["kind"]==k for q in queries)}' for k in KINDS_Q))
print(f'documenten: {len(docs)}; min {min(lengths.values())}, mediaan {med}, max {max(lengths.values())}, >300: {over300}')
allg = [g for q in queries for g in q['judgements'].values()]
print(f'oordelen: {len(allg)} (graad 3: {allg.count(3)}, graad 2: {allg.count(2)}, graad 1: {allg.count(1)})')
print(f'bekende uitzonderingen (<3 docs graad 2/3): {sorted(low)}')
if errors:
    for e in errors: print('FOUT:', e)
    sys.exit(1)
print('OK')
