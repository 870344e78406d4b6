"""Valideert de testcollectie. Drukt 'OK' af als alle controles slagen."""
import json, hashlib, os, re, csv, statistics, unicodedata, sys, collections
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(root, *a)
errors = []
def check(cond, msg):
    if not cond: errors.append(msg)
def sha(p): return hashlib.sha256(open(p, 'rb').read()).hexdigest()
def norm(s): return ''.join(c for c in unicodedata.normalize('NFKD', s.lower()) if not unicodedata.combining(c))

KINDS_Q = ['abbreviations','compounds','multiword','questions','short','synonyms','typos']
KINDS_D = {"aanbesteding","kaart","les","onderzoek","overig","participatieplan","plan_van_aanpak","raadsvoorstel","sjabloon"}
PHASES = {"algemeen","tvw","uitvoering","wup"}

# queries
frozen = json.load(open(P('queries_initial_frozen.json'), encoding='utf-8'))
check(sha(P('queries_initial_frozen.json')) == open(P('src/frozen_sha256.txt')).read().split()[0], 'sha256 bevroren queries wijkt af')
check(len(frozen) == 70, 'niet 70 queries')
check([q['id'] for q in frozen] == [f'q{i:02d}' for i in range(1, 71)], 'query-ids niet q01..q70')
check(all(set(q) == {'id','query','kind'} for q in frozen), 'verkeerde keys in bevroren queries')
cnt = collections.Counter(q['kind'] for q in frozen)
check(set(cnt) == set(KINDS_Q) and all(v == 10 for v in cnt.values()), f'niet 10 per soort: {cnt}')
qj = json.load(open(P('queries.json'), encoding='utf-8'))
check(len(qj) == 70, 'queries.json niet 70')
for a, b in zip(frozen, qj):
    check((a['id'], a['query'], a['kind']) == (b['id'], b['query'], b['kind']), f'queries.json wijkt af bij {a["id"]}')
    check(set(b) == {'id','query','kind','judgements'}, f'verkeerde keys in queries.json {b["id"]}')

# documents
docs = json.load(open(P('documents.json'), encoding='utf-8'))
check(sha(P('documents.json')) == open(P('src/documents_sha256_at_judging.txt')).read().split()[0], 'documents.json gewijzigd sinds start beoordelen')
check(len(docs) == 160, 'niet 160 documenten')
check([d['id'] for d in docs] == [f'd{i:03d}' for i in range(1, 161)], 'doc-ids niet d001..d160')
for d in docs:
    check(set(d) == {'id','title','summary','body','kind','phase'}, f'verkeerde keys {d["id"]}')
    check(d['kind'] in KINDS_D, f'ongeldige kind {d["id"]}')
    check(d['phase'] in PHASES, f'ongeldige phase {d["id"]}')
lens = [len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split()) for d in docs]
med = statistics.median(lens)
check(min(lens) >= 80, f'document korter dan 80 woorden (min {min(lens)})')
check(150 <= med <= 200, f'mediaan {med} niet tussen 150 en 200')
check(sum(l > 300 for l in lens) >= 25, f'minder dan 25 documenten boven 300 woorden')
doctext = {d['id']: d['title'] + ' ' + d['summary'] + ' ' + d['body'] for d in docs}

# judgements
exceptions = {r['query'] for r in csv.DictReader(open(P('src/known_exceptions.tsv'), encoding='utf-8'), delimiter='\t')}
avoided = {}
for r in csv.DictReader(open(P('src/avoided_words.tsv'), encoding='utf-8'), delimiter='\t'):
    avoided[r['query']] = [norm(w.strip()) for w in r['avoided_words'].split(',') if w.strip()]
check(set(avoided) == {q['id'] for q in frozen if q['kind'] == 'synonyms'}, 'avoided_words.tsv dekt niet precies de synoniem-queries')
grades = collections.Counter()
for q in qj:
    for did, g in q['judgements'].items():
        check(re.fullmatch(r'd\d{3}', did) and 1 <= int(did[1:]) <= 135, f'{q["id"]}: oordeel op {did} buiten d001-d135')
        check(g in (1, 2, 3), f'{q["id"]}: ongeldige graad {g} voor {did}')
        grades[g] += 1
    n23 = sum(1 for g in q['judgements'].values() if g >= 2)
    check(n23 >= 3 or q['id'] in exceptions, f'{q["id"]}: slechts {n23} documenten met graad 2/3')
    if q['id'] in avoided:
        for did, g in q['judgements'].items():
            if g >= 2:
                toks = set(re.findall(r'[a-z0-9]+', norm(doctext[did])))
                bad = [w for w in avoided[q['id']] if w in toks]
                check(not bad, f'{q["id"]}: {did} (graad {g}) bevat vermeden woord(en) {bad}')

print(f'queries: {len(frozen)} ({dict(cnt)})')
print(f'documenten: {len(docs)}, min {min(lens)}, mediaan {med}, >300: {sum(l > 300 for l in lens)}')
print(f'oordelen: {sum(grades.values())} (graad 3: {grades[3]}, graad 2: {grades[2]}, graad 1: {grades[1]}); bekende uitzonderingen: {sorted(exceptions)}')
if errors:
    for e in errors: print('FOUT:', e)
    sys.exit(1)
print('OK')
