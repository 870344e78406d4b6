"""Bouwt queries.json uit de bevroren vragen, de eerste beoordelingsronde (src/judgements_initial.txt)
en de volledigheidsronde (src/completeness_additions.tsv; een toevoeging overschrijft een eerder cijfer)."""
import csv, json, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
frozen = json.load(open(os.path.join(base, 'queries_initial_frozen.json'), encoding='utf-8'))
judg = {q['id']: {} for q in frozen}
for line in open(os.path.join(base, 'src', 'judgements_initial.txt'), encoding='utf-8'):
    p = line.split()
    if not p:
        continue
    for x in p[1:]:
        d, g = x.split(':')
        assert d not in judg[p[0]], (p[0], d)
        judg[p[0]][d] = int(g)
with open(os.path.join(base, 'src', 'completeness_additions.tsv'), encoding='utf-8') as f:
    for r in csv.DictReader(f, delimiter='\t'):
        judg[r['id']][r['doc']] = int(r['grade'])
out = []
for q in frozen:
    j = dict(sorted(judg[q['id']].items()))
    out.append({'id': q['id'], 'query': q['query'], 'kind': q['kind'], 'judgements': j})
with open(os.path.join(base, 'queries.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
n = sum(len(q['judgements']) for q in out)
print('vragen:', len(out), 'oordelen:', n,
      'cijfer 3/2/1:', [sum(1 for q in out for g in q['judgements'].values() if g == k) for k in (3, 2, 1)])
