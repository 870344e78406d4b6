"""Voeg de handmatige oordelen (src/judgements_initial.tsv + src/judgements_completeness.tsv) samen met de bevroren queries tot queries.json."""
import json, os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
qs = json.load(open(os.path.join(root, 'queries_initial_frozen.json'), encoding='utf-8'))
J = {q['id']: {} for q in qs}
for fn in ['judgements_initial.tsv', 'judgements_completeness.tsv']:
    for line in open(os.path.join(root, 'src', fn), encoding='utf-8'):
        if not line.strip(): continue
        qid, rest = line.rstrip('\n').split('\t')
        for item in rest.split():
            did, g = item.split(':')
            g = int(g)
            if did in J[qid] and fn == 'judgements_completeness.tsv':
                raise SystemExit(f'dubbel oordeel {qid} {did}')
            J[qid][did] = g
out = [{'id': q['id'], 'query': q['query'], 'kind': q['kind'],
        'judgements': dict(sorted(J[q['id']].items()))} for q in qs]
json.dump(out, open(os.path.join(root, 'queries.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(out), 'queries,', sum(len(q['judgements']) for q in out), 'oordelen')
