"""Chore: merge src/queries.tsv, src/judgements.tsv and src/completeness_additions.tsv into queries.json."""
import csv, json
qs = list(csv.DictReader(open('src/queries.tsv', encoding='utf-8'), delimiter='\t'))
def load(fn):
    out = {}
    for line in open(fn, encoding='utf-8').read().splitlines()[1:]:
        q, j = line.split('\t')
        out[q] = [(x.split(':')[0], int(x.split(':')[1])) for x in j.split()]
    return out
J, A = load('src/judgements.tsv'), load('src/completeness_additions.tsv')
res = []
for q in qs:
    j = dict(J[q['id']])
    for d, g in A.get(q['id'], []):
        assert d not in j, (q['id'], d)
        j[d] = g
    j = dict(sorted(j.items()))
    res.append({"id": q['id'], "query": q['query'], "kind": q['kind'], "judgements": j})
json.dump(res, open('queries.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(res), 'queries written')
