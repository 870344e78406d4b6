#!/usr/bin/env python3
"""Zoekt per query de termen uit src/completeness_terms.tsv (substring, kleine letters,
zonder diakritische tekens) in d001-d135 en schrijft elke treffer die nog niet
beoordeeld is naar src/completeness_hits.txt."""
import json, os, unicodedata, csv
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))
docs = {d['id']: d for d in json.load(open(os.path.join(BASE, 'documents.json'), encoding='utf-8'))
        if int(d['id'][1:]) <= 135}
texts = {i: norm(d['title'] + ' ' + d['summary'] + ' ' + d['body']) for i, d in docs.items()}
judged = set()
import sys
# Standaard: treffers t.o.v. ronde 1 (de lijst die is doorgelopen). Met --after: ook de aanvullingen meetellen
# en alleen het aantal resterende (als 0 beoordeelde) treffers tonen.
AFTER = '--after' in sys.argv
for fn in (('judgements_round1.tsv', 'completeness_additions.tsv') if AFTER else ('judgements_round1.tsv',)):
    p = os.path.join(BASE, 'src', fn)
    if os.path.exists(p):
        for r in csv.DictReader(open(p, encoding='utf-8'), delimiter='\t'):
            judged.add((r['query'], r['doc']))
queries = {q['id']: q['query'] for q in json.load(open(os.path.join(BASE, 'queries_initial_frozen.json'), encoding='utf-8'))}
out = []
total = 0
for r in csv.DictReader(open(os.path.join(BASE, 'src', 'completeness_terms.tsv'), encoding='utf-8'), delimiter='\t'):
    q = r['query']; terms = [norm(t) for t in r['terms'].split('|') if t]
    hits = []
    for i in sorted(texts):
        found = [t for t in terms if t in texts[i]]
        if found and (q, i) not in judged:
            hits.append('%s\t%s\t%s\t%s' % (q, i, ','.join(found), docs[i]['title']))
    total += len(hits)
    out.append('## %s  %s  (%d niet-beoordeelde treffers)' % (q, queries[q], len(hits)))
    out.extend(hits)
if AFTER:
    print('treffers na aanvullingen nog zonder oordeel (bewust 0):', total)
else:
    open(os.path.join(BASE, 'src', 'completeness_hits.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print('niet-beoordeelde treffers na ronde 1:', total)
