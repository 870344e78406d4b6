#!/usr/bin/env python3
"""Validatie van de testcollectie holdout22. Drukt statistieken af en eindigt met OK of met fouten."""
import json, os, re, sys, stat, hashlib, unicodedata
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(ROOT, *a)
errors = []
def err(msg): errors.append(msg)

KINDS_DOC = {"plan_van_aanpak", "raadsvoorstel", "onderzoek", "les", "sjabloon",
             "participatieplan", "aanbesteding", "kaart", "overig"}
PHASES = {"algemeen", "tvw", "wup", "uitvoering"}
KINDS_Q = ["abbreviations", "compounds", "multiword", "questions", "short", "synonyms", "typos"]

def norm_tokens(s):
    s = unicodedata.normalize('NFKD', s.lower())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return set(re.findall(r'[a-z0-9]+', s))

# --- documenten
docs = json.load(open(P('documents.json'), encoding='utf-8'))
ids = [d['id'] for d in docs]
if ids != ['d%03d' % i for i in range(1, 161)]:
    err('document-ids zijn niet precies d001..d160 op volgorde')
wc = {}
for d in docs:
    for f in ('id', 'title', 'summary', 'body', 'kind', 'phase'):
        if not isinstance(d.get(f), str) or not d[f].strip():
            err(f'{d.get("id")}: veld {f} ontbreekt of is leeg')
    if set(d) != {'id', 'title', 'summary', 'body', 'kind', 'phase'}:
        err(f'{d["id"]}: onverwachte velden {sorted(set(d))}')
    if d['kind'] not in KINDS_DOC: err(f'{d["id"]}: ongeldige kind {d["kind"]}')
    if d['phase'] not in PHASES: err(f'{d["id"]}: ongeldige phase {d["phase"]}')
    n = len(d['body'].split()); wc[d['id']] = n
    if n < 45: err(f'{d["id"]}: body te kort ({n} woorden)')
    if n > 500: err(f'{d["id"]}: body te lang ({n} woorden)')
    ns = len(re.findall(r'[.!?](\s|$)', d['summary']))
    if ns < 1 or ns > 2: err(f'{d["id"]}: samenvatting heeft {ns} zinnen')
long_docs = [i for i, n in wc.items() if 300 <= n <= 500]
mid_docs = [i for i, n in wc.items() if 100 <= n <= 200]
if len(long_docs) < 14: err(f'slechts {len(long_docs)} documenten van 300-500 woorden')
if len(mid_docs) <= len(docs) / 2: err(f'slechts {len(mid_docs)} documenten van 100-200 woorden (niet "mostly")')
distractors = {'d%03d' % i for i in range(136, 161)}

# --- bevroren queries
fz = P('queries_initial_frozen.json')
h = hashlib.sha256(open(fz, 'rb').read()).hexdigest()
recorded = open(P('src', 'frozen_sha256.txt')).read().split()[0]
if h != recorded: err(f'hash van queries_initial_frozen.json ({h}) wijkt af van src/frozen_sha256.txt ({recorded})')
if stat.S_IMODE(os.stat(fz).st_mode) != 0o444: err('queries_initial_frozen.json is niet chmod 444')
frozen = json.load(open(fz, encoding='utf-8'))
if any('judgements' in q for q in frozen): err('bevroren bestand bevat oordelen')

# --- queries met oordelen
qs = json.load(open(P('queries.json'), encoding='utf-8'))
if [q['id'] for q in qs] != ['q%02d' % i for i in range(1, 71)]: err('query-ids zijn niet q01..q70')
if [(q['id'], q['query'], q['kind']) for q in qs] != [(q['id'], q['query'], q['kind']) for q in frozen]:
    err('queries.json wijkt af van de bevroren queries')
kc = Counter(q['kind'] for q in qs)
for k in KINDS_Q:
    if kc[k] != 10: err(f'soort {k}: {kc[k]} queries in plaats van 10')
if set(kc) - set(KINDS_Q): err(f'onbekende soorten {set(kc) - set(KINDS_Q)}')

# --- vermeden woorden
avoided = {}
for l in open(P('src', 'avoided_words.tsv'), encoding='utf-8').read().splitlines()[1:]:
    q, w = l.split('\t'); avoided[q] = [x.strip().lower() for x in w.split(',') if x.strip()]
dmap = {d['id']: d for d in docs}
grade_counts = Counter(); per_q_rel = {}
avoid_checked = 0
for q in qs:
    j = q['judgements']
    for d, g in j.items():
        if d not in dmap: err(f'{q["id"]}: onbekend document {d}')
        if g not in (1, 2, 3): err(f'{q["id"]}: ongeldig cijfer {g} voor {d}')
        if d in distractors: err(f'{q["id"]}: afleider {d} heeft een oordeel')
        grade_counts[g] += 1
    rel = [d for d, g in j.items() if g >= 2]
    per_q_rel[q['id']] = len(rel)
    if len(rel) < 3: err(f'{q["id"]}: slechts {len(rel)} documenten met cijfer >= 2')
    if q['kind'] == 'synonyms':
        if q['id'] not in avoided: err(f'{q["id"]}: geen vermeden woorden vastgelegd'); continue
        qtok = norm_tokens(q['query'])
        if not any(w in qtok for w in avoided[q['id']]): err(f'{q["id"]}: vermeden woorden komen niet uit de query')
        for d in rel:
            toks = norm_tokens(dmap[d]['title'] + ' ' + dmap[d]['summary'] + ' ' + dmap[d]['body'])
            bad = [w for w in avoided[q['id']] if w in toks]
            avoid_checked += 1
            if bad: err(f'{q["id"]}: {d} (cijfer {j[d]}) bevat vermeden woord(en) {bad}')
if set(avoided) != {q['id'] for q in qs if q['kind'] == 'synonyms'}:
    err('avoided_words.tsv dekt niet precies de synonym-queries')

# --- rapport
print('documenten:', len(docs), '| niet-afleiders:', len(docs) - len(distractors), '| afleiders:', len(distractors))
print('documentsoorten:', dict(sorted(Counter(d['kind'] for d in docs).items())))
print('fasen:', dict(sorted(Counter(d['phase'] for d in docs).items())))
print('woorden body: min', min(wc.values()), 'max', max(wc.values()),
      '| 100-200:', len(mid_docs), '| 300-500:', len(long_docs), '| <100:', sum(1 for n in wc.values() if n < 100))
print('queries:', len(qs), dict(sorted(kc.items())))
print('oordelen:', sum(grade_counts.values()), '| cijfer 3:', grade_counts[3], '| 2:', grade_counts[2], '| 1:', grade_counts[1])
print('relevante (>=2) per query: min', min(per_q_rel.values()), 'max', max(per_q_rel.values()),
      'gem %.1f' % (sum(per_q_rel.values()) / len(per_q_rel)))
print('synoniemcontrole: %d (query, document)-paren met cijfer >=2 gecontroleerd' % avoid_checked)
print('sha256 bevroren queries:', h)
if errors:
    print('FOUTEN:'); [print('  -', e) for e in errors]; sys.exit(1)
print('OK')
