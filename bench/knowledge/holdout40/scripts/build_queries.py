#!/usr/bin/env python3
"""Bouwt queries.json uit de bevroren queries, de handmatige oordelen van ronde 1
(src/judgements_round1.tsv) en de toevoegingen uit de completeheidsronde
(src/completeness_additions.tsv)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
queries = json.load(open(os.path.join(ROOT, 'queries_initial_frozen.json'), encoding='utf-8'))
judg = {q['id']: {} for q in queries}
for line in open(os.path.join(ROOT, 'src', 'judgements_round1.tsv'), encoding='utf-8').read().splitlines()[1:]:
    qid, j = line.split('\t')
    for item in j.split():
        d, g = item.split(':')
        assert d not in judg[qid], (qid, d)
        judg[qid][d] = int(g)
for line in open(os.path.join(ROOT, 'src', 'completeness_additions.tsv'), encoding='utf-8').read().splitlines()[1:]:
    qid, d, g, _ = line.split('\t')
    assert d not in judg[qid], ('dubbel', qid, d)
    judg[qid][d] = int(g)
out = []
for q in queries:
    j = dict(sorted(judg[q['id']].items()))
    out.append({'id': q['id'], 'query': q['query'], 'kind': q['kind'], 'judgements': j})
json.dump(out, open(os.path.join(ROOT, 'queries.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(out), 'queries;', sum(len(q['judgements']) for q in out), 'oordelen')
