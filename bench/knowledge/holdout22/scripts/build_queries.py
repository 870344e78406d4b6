#!/usr/bin/env python3
"""Voegt de bevroren queries samen met de handmatige oordelen (src/judgements.tsv
en src/completeness_additions.tsv) tot queries.json."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def read(fn):
    out = {}
    for l in open(os.path.join(ROOT, 'src', fn), encoding='utf-8').read().splitlines()[1:]:
        q, j = l.split('\t')
        out[q] = [(x.split(':')[0], int(x.split(':')[1])) for x in j.split()]
    return out
base, extra = read('judgements.tsv'), read('completeness_additions.tsv')
frozen = json.load(open(os.path.join(ROOT, 'queries_initial_frozen.json'), encoding='utf-8'))
out = []
for q in frozen:
    j = dict(base[q['id']])
    for d, g in extra.get(q['id'], []):
        assert d not in j, (q['id'], d)
        j[d] = g
    out.append({"id": q['id'], "query": q['query'], "kind": q['kind'],
                "judgements": dict(sorted(j.items()))})
json.dump(out, open(os.path.join(ROOT, 'queries.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(out), 'queries,', sum(len(q['judgements']) for q in out), 'oordelen')
