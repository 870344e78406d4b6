#!/usr/bin/env python3
"""Bouwt queries.json: de bevroren queries (zelfde volgorde) met per query 'judgements'
(document-id -> cijfer) uit src/judgements_round1.tsv en src/completeness_additions.tsv."""
import json, os, csv
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
queries = json.load(open(os.path.join(BASE, 'queries_initial_frozen.json'), encoding='utf-8'))
judg = {q['id']: {} for q in queries}
for fn in ('judgements_round1.tsv', 'completeness_additions.tsv'):
    for r in csv.DictReader(open(os.path.join(BASE, 'src', fn), encoding='utf-8'), delimiter='\t'):
        q, d, g = r['query'], r['doc'], int(r['grade'])
        if d in judg[q]:
            raise SystemExit('dubbel oordeel %s %s' % (q, d))
        if g > 0:
            judg[q][d] = g
out = []
for q in queries:
    j = dict(sorted(judg[q['id']].items()))
    out.append({'id': q['id'], 'query': q['query'], 'kind': q['kind'], 'judgements': j})
json.dump(out, open(os.path.join(BASE, 'queries.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('queries.json geschreven:', len(out), 'queries,', sum(len(q['judgements']) for q in out), 'oordelen')
