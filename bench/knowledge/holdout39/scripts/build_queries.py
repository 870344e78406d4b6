#!/usr/bin/env python3
"""Bouwt queries.json: de bevroren queries (zelfde volgorde) met judgements uit
src/judgements_round1.tsv en src/completeness_additions.tsv."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
qs = json.load(open(os.path.join(ROOT, 'queries_initial_frozen.json'), encoding='utf-8'))
j = {q['id']: {} for q in qs}
def load(fn):
    for line in open(os.path.join(ROOT, 'src', fn), encoding='utf-8').read().strip().split('\n')[1:]:
        parts = line.split('\t')
        q, d, g = parts[0], parts[1], int(parts[2])
        if d in j[q]:
            raise SystemExit(f'dubbele beoordeling {q} {d} in {fn}')
        j[q][d] = g
load('judgements_round1.tsv')
load('completeness_additions.tsv')
out = [{'id': q['id'], 'query': q['query'], 'kind': q['kind'],
        'judgements': dict(sorted(j[q['id']].items()))} for q in qs]
with open(os.path.join(ROOT, 'queries.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print(len(out), 'queries,', sum(len(x['judgements']) for x in out), 'beoordelingen')
