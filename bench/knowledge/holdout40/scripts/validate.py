#!/usr/bin/env python3
"""Valideert de testcollectie in /work/holdout40. Print OK als alles klopt."""
import json, os, sys, hashlib, statistics, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textnorm import load_avoided, hits
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(ROOT, *a)
errors = []
def check(cond, msg):
    if not cond:
        errors.append(msg)
def sha(path):
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()

KINDS = ['abbreviations', 'compounds', 'multiword', 'questions', 'short', 'synonyms', 'typos']
DOC_KINDS = {'aanbesteding', 'kaart', 'les', 'onderzoek', 'overig', 'participatieplan', 'plan_van_aanpak', 'raadsvoorstel', 'sjabloon'}
PHASES = {'algemeen', 'tvw', 'uitvoering', 'wup'}

# 1. bevroren queries
frozen_sha = open(P('src', 'frozen_sha256.txt')).read().split()[0]
check(sha(P('queries_initial_frozen.json')) == frozen_sha, 'queries_initial_frozen.json wijkt af van bevroren sha256')
frozen = json.load(open(P('queries_initial_frozen.json'), encoding='utf-8'))
check(len(frozen) == 70, f'aantal queries {len(frozen)} != 70')
check([q['id'] for q in frozen] == [f'q{i:02d}' for i in range(1, 71)], 'query-ids niet q01..q70')
cnt = collections.Counter(q['kind'] for q in frozen)
for k in KINDS:
    check(cnt[k] == 10, f'soort {k}: {cnt[k]} != 10')
check(set(cnt) == set(KINDS), f'onbekende soorten: {set(cnt) - set(KINDS)}')
for q in frozen:
    check(set(q) == {'id', 'query', 'kind'}, f'{q.get("id")}: velden {sorted(q)}')

# 2. queries.json gelijk aan bevroren
qs = json.load(open(P('queries.json'), encoding='utf-8'))
check(len(qs) == len(frozen), 'queries.json: ander aantal')
for a, b in zip(frozen, qs):
    check((a['id'], a['query'], a['kind']) == (b['id'], b['query'], b['kind']), f'queries.json wijkt af bij {a["id"]}')
    check(set(b) == {'id', 'query', 'kind', 'judgements'}, f'{b["id"]}: velden {sorted(b)}')

# 3. documenten
doc_sha = open(P('src', 'documents_sha256_at_judging.txt')).read().split()[0]
check(sha(P('documents.json')) == doc_sha, 'documents.json gewijzigd sinds begin oordelen')
docs = json.load(open(P('documents.json'), encoding='utf-8'))
check(len(docs) == 160, f'aantal documenten {len(docs)} != 160')
check([d['id'] for d in docs] == [f'd{i:03d}' for i in range(1, 161)], 'document-ids niet d001..d160')
lengths = []
for d in docs:
    check(set(d) == {'id', 'title', 'summary', 'body', 'kind', 'phase'}, f'{d.get("id")}: velden {sorted(d)}')
    check(d.get('kind') in DOC_KINDS, f'{d["id"]}: ongeldige kind {d.get("kind")}')
    check(d.get('phase') in PHASES, f'{d["id"]}: ongeldige phase {d.get("phase")}')
    n = len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split())
    lengths.append(n)
    check(n >= 80, f'{d["id"]}: {n} woorden < 80')
med = statistics.median(lengths)
over300 = sum(1 for n in lengths if n > 300)
check(150 <= med <= 200, f'mediaan lengte {med} niet tussen 150 en 200')
check(over300 >= 25, f'slechts {over300} documenten > 300 woorden')
doctext = {d['id']: d['title'] + ' ' + d['summary'] + ' ' + d['body'] for d in docs}

# 4. oordelen
exceptions = {}
for line in open(P('src', 'known_exceptions.tsv'), encoding='utf-8').read().splitlines()[1:]:
    if line.strip():
        qid, reason = line.split('\t', 1)
        exceptions[qid] = reason
judged_ids = {f'd{i:03d}' for i in range(1, 136)}
avoided = load_avoided(P('src', 'avoided_words.tsv'))
total = 0
for q in qs:
    j = q['judgements']
    total += len(j)
    for d, g in j.items():
        check(d in judged_ids, f'{q["id"]}: oordeel over {d} buiten d001-d135')
        check(isinstance(g, int) and 1 <= g <= 3, f'{q["id"]}/{d}: ongeldige graad {g}')
    high = [d for d, g in j.items() if g >= 2]
    if len(high) < 3:
        check(q['id'] in exceptions, f'{q["id"]}: slechts {len(high)} documenten met graad 2/3 en geen bekende uitzondering')
    if q['kind'] == 'synonyms':
        check(q['id'] in avoided, f'{q["id"]}: geen vermeden woorden vastgelegd')
        ok = 0
        for d in high:
            h = hits(doctext[d], avoided.get(q['id'], []))
            check(not h, f'{q["id"]}/{d}: bevat vermeden woorden {h}')
            ok += not h
        check(ok >= 3, f'{q["id"]}: minder dan drie schone documenten met graad 2/3')
check(set(avoided) == {q['id'] for q in frozen if q['kind'] == 'synonyms'}, 'avoided_words.tsv dekt niet precies de synoniemqueries')

grades = collections.Counter(g for q in qs for g in q['judgements'].values())
print(f'queries: {len(qs)}; soorten: ' + ', '.join(f'{k}={cnt[k]}' for k in KINDS))
print(f'documenten: {len(docs)}; lengte min={min(lengths)} mediaan={med} max={max(lengths)}; >300 woorden: {over300}')
print(f'oordelen: {total} (graad 3: {grades[3]}, graad 2: {grades[2]}, graad 1: {grades[1]}); bekende uitzonderingen: {sorted(exceptions)}')
if errors:
    for e in errors:
        print('FOUT:', e)
    print('NIET OK')
    sys.exit(1)
print('OK')
