"""Bouwt queries.json: de bevroren queries (zelfde volgorde) met key 'judgements' (doc-id -> graad),
samengesteld uit src/judgements_round1.tsv en src/completeness_additions.tsv."""
import json, csv, os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
qs = json.load(open(os.path.join(root, 'queries_initial_frozen.json'), encoding='utf-8'))
j = {q['id']: {} for q in qs}
for path in ['src/judgements_round1.tsv', 'src/completeness_additions.tsv']:
    for r in csv.DictReader(open(os.path.join(root, path), encoding='utf-8'), delimiter='\t'):
        assert r['doc'] not in j[r['query']], ('dubbel', r)
        j[r['query']][r['doc']] = int(r['grade'])
out = []
for q in qs:
    out.append({'id': q['id'], 'query': q['query'], 'kind': q['kind'],
                'judgements': dict(sorted(j[q['id']].items()))})
json.dump(out, open(os.path.join(root, 'queries.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('queries', len(out), 'judgements', sum(len(q['judgements']) for q in out))
