#!/usr/bin/env python3
"""Bouwt queries.json uit de bevroren vragen, src/judgements_initial.txt en src/completeness_additions.tsv."""
import json, csv, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
frozen = json.load(open(os.path.join(ROOT, 'queries_initial_frozen.json'), encoding='utf-8'))
judg = {q['id']: {} for q in frozen}
for line in open(os.path.join(ROOT, 'src', 'judgements_initial.txt'), encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    q, rest = line.split(':', 1)
    for x in rest.split():
        d, g = x.split(':')
        assert d not in judg[q.strip()], (q, d)
        judg[q.strip()][d] = int(g)
for r in csv.DictReader(open(os.path.join(ROOT, 'src', 'completeness_additions.tsv'), encoding='utf-8'), delimiter='\t'):
    assert r['doc_id'] not in judg[r['id']], ('dubbel', r)
    judg[r['id']][r['doc_id']] = int(r['grade'])
out = []
for q in frozen:
    j = dict(sorted(judg[q['id']].items(), key=lambda kv: (-kv[1], kv[0])))
    out.append({'id': q['id'], 'query': q['query'], 'kind': q['kind'], 'judgements': j})
json.dump(out, open(os.path.join(ROOT, 'queries.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
n = sum(len(q['judgements']) for q in out)
print('vragen', len(out), 'oordelen', n, 'waarvan >=2:', sum(1 for q in out for g in q['judgements'].values() if g >= 2))
