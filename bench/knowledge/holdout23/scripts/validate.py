#!/usr/bin/env python3
"""Validatie van de testcollectie holdout23."""
import json, hashlib, re, csv, os, stat, unicodedata, sys
from collections import Counter
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(ROOT, *a)
errors = []
def err(m): errors.append(m)
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))
def words(s): return len(s.split())

KINDS_D = {'plan_van_aanpak','raadsvoorstel','onderzoek','les','sjabloon','participatieplan','aanbesteding','kaart','overig'}
PHASES = {'algemeen','tvw','wup','uitvoering'}
KINDS_Q = ['abbreviations','compounds','multiword','questions','short','synonyms','typos']

# --- documenten
docs = json.load(open(P('documents.json')))
ids = [d['id'] for d in docs]
if ids != ['d%03d' % i for i in range(1, 161)]: err('document-ids niet d001..d160')
for d in docs:
    for f in ('id','title','summary','body','kind','phase'):
        if not isinstance(d.get(f), str) or not d[f].strip(): err(f'{d.get("id")}: veld {f} ontbreekt/leeg')
    if d['kind'] not in KINDS_D: err(f'{d["id"]}: ongeldig kind {d["kind"]}')
    if d['phase'] not in PHASES: err(f'{d["id"]}: ongeldige phase {d["phase"]}')
    if words(d['body']) < 45: err(f'{d["id"]}: body korter dan 45 woorden')
    if words(d['body']) > 500: err(f'{d["id"]}: body langer dan 500 woorden')
    s = len(re.findall(r'[.!?](\s|$)', d['summary']))
    if s < 1 or s > 2: err(f'{d["id"]}: samenvatting heeft {s} zinnen')
wc = [words(d['body']) for d in docs]
n_long = sum(300 <= w <= 500 for w in wc)
n_mid = sum(100 <= w <= 200 for w in wc)
if n_long < 14: err(f'slechts {n_long} documenten van 300-500 woorden')
if n_mid <= len(docs) / 2: err(f'slechts {n_mid} documenten van 100-200 woorden (niet "mostly")')
docmap = {d['id']: d for d in docs}
distractors = {'d%03d' % i for i in range(136, 161)}

# --- bevroren queries
frozen_path = P('queries_initial_frozen.json')
h = hashlib.sha256(open(frozen_path, 'rb').read()).hexdigest()
rec = open(P('src', 'frozen_sha256.txt')).read().split()[0]
if h != rec: err(f'hash bevroren bestand {h} != geregistreerd {rec}')
if os.stat(frozen_path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH): err('bevroren bestand is schrijfbaar (verwacht chmod 444)')
frozen = json.load(open(frozen_path))
tsv = list(csv.DictReader(open(P('src', 'queries.tsv')), delimiter='\t'))
if [(r['id'], r['kind'], r['query']) for r in tsv] != [(q['id'], q['kind'], q['query']) for q in frozen]:
    err('src/queries.tsv wijkt af van bevroren queries')

# --- queries met oordelen
qs = json.load(open(P('queries.json')))
if len(qs) != 70: err(f'{len(qs)} queries i.p.v. 70')
if [q['id'] for q in qs] != ['q%02d' % i for i in range(1, 71)]: err('query-ids niet q01..q70')
if [(q['id'], q['query'], q['kind']) for q in qs] != [(q['id'], q['query'], q['kind']) for q in frozen]:
    err('queries.json wijkt af van queries_initial_frozen.json')
if any('judgements' in q for q in frozen): err('bevroren bestand bevat oordelen')
kc = Counter(q['kind'] for q in qs)
for k in KINDS_Q:
    if kc[k] != 10: err(f'soort {k}: {kc[k]} queries i.p.v. 10')
if set(kc) - set(KINDS_Q): err(f'onbekende soorten {set(kc) - set(KINDS_Q)}')
grades = Counter()
for q in qs:
    j = q['judgements']
    for d, g in j.items():
        if d not in docmap: err(f'{q["id"]}: onbekend document {d}')
        if g not in (1, 2, 3): err(f'{q["id"]}: ongeldig cijfer {g} voor {d}')
        if d in distractors: err(f'{q["id"]}: afleider {d} beoordeeld')
        grades[g] += 1
    n2 = sum(1 for g in j.values() if g >= 2)
    if n2 < 3: err(f'{q["id"]}: slechts {n2} documenten met cijfer >=2')

# --- vermeden woorden bij synoniemqueries (woordniveau, na lowercasing en verwijderen diakritische tekens)
av = {r['id']: [norm(w.strip()) for w in r['avoided_words'].split(',') if w.strip()]
      for r in csv.DictReader(open(P('src', 'avoided_words.tsv')), delimiter='\t')}
qmap = {q['id']: q for q in qs}
n_checked = 0
for q in qs:
    if q['kind'] == 'synonyms' and q['id'] not in av: err(f'{q["id"]}: geen vermeden woorden vastgelegd')
for qid, ws in av.items():
    if qmap[qid]['kind'] != 'synonyms': err(f'{qid}: vermeden woorden bij niet-synoniemquery')
    qtoks = set(re.findall(r'\w+', norm(qmap[qid]['query'])))
    for w in ws:
        if w not in qtoks: err(f'{qid}: vermeden woord "{w}" staat niet in de query')
    for d, g in qmap[qid]['judgements'].items():
        if g < 2: continue
        D = docmap[d]
        toks = set(re.findall(r'\w+', norm(' '.join([D['title'], D['summary'], D['body']]))))
        bad = [w for w in ws if w in toks]
        n_checked += 1
        if bad: err(f'{qid}: document {d} (cijfer {g}) bevat vermeden woord(en) {bad}')

print(f'documenten: {len(docs)} (afleiders: {len(distractors)}); soorten: {dict(Counter(d["kind"] for d in docs))}')
print(f'fasen: {dict(Counter(d["phase"] for d in docs))}')
print(f'lengte body: min {min(wc)}, max {max(wc)}, 100-200 woorden: {n_mid}, 300-500 woorden: {n_long}, <100 woorden: {sum(w < 100 for w in wc)}')
print(f'queries: {len(qs)}; per soort: {dict(kc)}')
print(f'oordelen: {sum(grades.values())} (cijfer 3: {grades[3]}, 2: {grades[2]}, 1: {grades[1]}); min. aantal >=2 per query: {min(sum(1 for g in q["judgements"].values() if g >= 2) for q in qs)}')
print(f'vermeden-woordcontrole: {n_checked} (query, document)-paren met cijfer >=2 gecontroleerd')
print(f'sha256 bevroren queries: {h}')
if errors:
    print('FOUTEN:'); [print(' -', e) for e in errors]; sys.exit(1)
print('OK')
