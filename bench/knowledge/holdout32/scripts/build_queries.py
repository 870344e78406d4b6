#!/usr/bin/env python3
"""Bouwt queries.json uit de bevroren vragen, src/judgements_initial.tsv en src/completeness_additions.tsv.
Oordelen uit de volledigheidsronde overschrijven de eerste ronde (new_grade)."""
import csv, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
frozen = json.load(open(os.path.join(ROOT, 'queries_initial_frozen.json'), encoding='utf-8'))
J = {}
for r in csv.DictReader(open(os.path.join(ROOT, 'src', 'judgements_initial.tsv'), encoding='utf-8'), delimiter='\t'):
    J.setdefault(r['qid'], {})[r['doc']] = int(r['grade'])
for r in csv.DictReader(open(os.path.join(ROOT, 'src', 'completeness_additions.tsv'), encoding='utf-8'), delimiter='\t'):
    old = J.get(r['qid'], {}).get(r['doc'], 0)
    assert old == int(r['old_grade']), (r, old)
    J.setdefault(r['qid'], {})[r['doc']] = int(r['new_grade'])
out = []
for q in frozen:
    j = {d: g for d, g in sorted(J.get(q['id'], {}).items()) if g in (1, 2, 3)}
    out.append({'id': q['id'], 'query': q['query'], 'kind': q['kind'], 'judgements': j})
json.dump(out, open(os.path.join(ROOT, 'queries.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
n = sum(len(q['judgements']) for q in out)
print('queries:', len(out), 'oordelen:', n,
      'per cijfer:', {g: sum(1 for q in out for v in q['judgements'].values() if v == g) for g in (1, 2, 3)})
print('min aantal >=2 per query:', min(sum(1 for v in q['judgements'].values() if v >= 2) for q in out))
