#!/usr/bin/env python3
"""Validatie van de testcollectie holdout25. Print OK als alles klopt."""
import json, hashlib, os, sys, re
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import norm, tokens, load_avoided
P = lambda *a: os.path.join(ROOT, *a)
errors = []
def err(m): errors.append(m)

docs = json.load(open(P('documents.json'), encoding='utf-8'))
queries = json.load(open(P('queries.json'), encoding='utf-8'))
frozen = json.load(open(P('queries_initial_frozen.json'), encoding='utf-8'))

# documenten
KINDS = {'plan_van_aanpak','raadsvoorstel','onderzoek','les','sjabloon','participatieplan','aanbesteding','kaart','overig'}
PHASES = {'algemeen','tvw','wup','uitvoering'}
ids = [d['id'] for d in docs]
if ids != [f'd{i:03d}' for i in range(1, 161)]: err('document-ids niet d001..d160 op volgorde')
wc = {}
for d in docs:
    for k in ('id','title','summary','body','kind','phase'):
        if not isinstance(d.get(k), str) or not d[k].strip(): err(f'{d.get("id")}: veld {k} ontbreekt/leeg')
    if set(d) != {'id','title','summary','body','kind','phase'}: err(f'{d["id"]}: onverwachte velden {set(d)}')
    if d['kind'] not in KINDS: err(f'{d["id"]}: ongeldige kind {d["kind"]}')
    if d['phase'] not in PHASES: err(f'{d["id"]}: ongeldige phase {d["phase"]}')
    n = len(d['body'].split()); wc[d['id']] = n
    if n < 45: err(f'{d["id"]}: body te kort ({n})')
    if n > 500: err(f'{d["id"]}: body te lang ({n})')
    ns = len(re.findall(r'[.!?](\s|$)', d['summary']))
    if ns < 1 or ns > 2: err(f'{d["id"]}: samenvatting heeft {ns} zinnen')
long_docs = [i for i, n in wc.items() if 300 <= n <= 500 and int(i[1:]) <= 135]
if len(long_docs) < 14: err(f'slechts {len(long_docs)} lange documenten (300-500 woorden)')
mid = sum(1 for i, n in wc.items() if 100 <= n <= 200)

# vragen
if len(queries) != 70: err('niet 70 vragen')
kc = Counter(q['kind'] for q in queries)
KQ = ['abbreviations','compounds','multiword','questions','short','synonyms','typos']
for k in KQ:
    if kc[k] != 10: err(f'kind {k}: {kc[k]} vragen i.p.v. 10')
if set(kc) != set(KQ): err(f'onbekende kinds {set(kc)-set(KQ)}')
# bevroren bestand
h = hashlib.sha256(open(P('queries_initial_frozen.json'), 'rb').read()).hexdigest()
rec = open(P('src', 'frozen_sha256.txt')).read().split()[0]
if h != rec: err('hash van queries_initial_frozen.json wijkt af')
if os.stat(P('queries_initial_frozen.json')).st_mode & 0o222: err('bevroren bestand is schrijfbaar')
if [(q['id'], q['query'], q['kind']) for q in queries] != [(q['id'], q['query'], q['kind']) for q in frozen]:
    err('queries.json wijkt af van de bevroren vragen')
if any('judgements' in q for q in frozen): err('bevroren bestand bevat oordelen')
# oordelen
docids = set(ids); n23 = {}; total = Counter()
for q in queries:
    j = q['judgements']
    for d, g in j.items():
        if d not in docids: err(f'{q["id"]}: onbekend document {d}')
        if g not in (1, 2, 3): err(f'{q["id"]}: ongeldige graad {g} voor {d}')
        if int(d[1:]) >= 136: err(f'{q["id"]}: afleider {d} beoordeeld')
        total[g] += 1
    n23[q['id']] = sum(1 for g in j.values() if g >= 2)
    if n23[q['id']] < 3: err(f'{q["id"]}: slechts {n23[q["id"]]} documenten met graad >=2')
# vermeden woorden
A = load_avoided(P('src', 'avoided_words.tsv'))
syn = {q['id'] for q in queries if q['kind'] == 'synonyms'}
if set(A) != syn: err(f'avoided_words.tsv dekt niet precies de synoniemvragen: {set(A) ^ syn}')
D = {d['id']: d for d in docs}; checked = 0
for q in queries:
    if q['id'] not in A: continue
    for d, g in q['judgements'].items():
        if g < 2: continue
        tk = tokens(' '.join([D[d]['title'], D[d]['summary'], D[d]['body']]))
        checked += 1
        for w in A[q['id']]:
            if w in tk: err(f'{q["id"]}: vermeden woord "{w}" staat in {d} (graad {g})')

print(f'documenten: {len(docs)} (onderwerp d001-d135: 135, afleiders d136-d160: 25)')
print(f'documentsoorten: {dict(sorted(Counter(d["kind"] for d in docs).items()))}')
print(f'fasen: {dict(sorted(Counter(d["phase"] for d in docs).items()))}')
print(f'bodylengte: min {min(wc.values())}, max {max(wc.values())}, 100-200 woorden: {mid}, lange documenten (300-500): {len(long_docs)}')
print(f'vragen: {len(queries)} {dict(kc)}')
print(f'oordelen: {sum(total.values())} (graad 3: {total[3]}, graad 2: {total[2]}, graad 1: {total[1]})')
print(f'minimum aantal documenten met graad >=2 per vraag: {min(n23.values())}')
print(f'vermeden woorden gecontroleerd in {checked} (vraag, document)-paren met graad 2/3')
print(f'sha256 bevroren vragen: {h}')
if errors:
    print('FOUTEN:'); [print(' -', e) for e in errors]; sys.exit(1)
print('OK')
