#!/usr/bin/env python3
"""Bouwt queries.json uit de bevroren vragen, src/judgements_initial.txt en
src/completeness_additions.txt, en schrijft src/completeness_additions.tsv."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def read(path):
    out = {}
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip(): continue
        q, *ps = line.split()
        for p in ps:
            d, g = p.split(':')
            out.setdefault(q, {})
            assert d not in out[q], (path, q, d)
            out[q][d] = int(g)
    return out
init = read(os.path.join(ROOT, 'src', 'judgements_initial.txt'))
add = read(os.path.join(ROOT, 'src', 'completeness_additions.txt'))
frozen = json.load(open(os.path.join(ROOT, 'queries_initial_frozen.json'), encoding='utf-8'))
rows = ['id\tquery\tdoc_id\tgrade']
out = []
qtext = {q['id']: q['query'] for q in frozen}
for q in frozen:
    j = dict(init.get(q['id'], {}))
    for d, g in add.get(q['id'], {}).items():
        assert d not in j, ('al beoordeeld', q['id'], d)
        j[d] = g
        rows.append(f"{q['id']}\t{q['query']}\t{d}\t{g}")
    j = {d: j[d] for d in sorted(j)}
    out.append({'id': q['id'], 'query': q['query'], 'kind': q['kind'], 'judgements': j})
open(os.path.join(ROOT, 'src', 'completeness_additions.tsv'), 'w', encoding='utf-8').write('\n'.join(rows) + '\n')
json.dump(out, open(os.path.join(ROOT, 'queries.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
n = sum(len(q['judgements']) for q in out)
print(f"{len(out)} vragen, {n} oordelen, waarvan {len(rows)-1} toegevoegd in de volledigheidsronde")
