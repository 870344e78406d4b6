# chore: merge hand-written judgements (src/judgements.tsv + src/judgements_completeness.tsv) into queries.json
import json, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def load(fn):
    out = {}
    for line in open(os.path.join(base, fn), encoding='utf-8'):
        if line.strip():
            q, rest = line.rstrip('\n').split('\t')
            out[q] = rest
    return out
main, extra = load('src/judgements.tsv'), load('src/judgements_completeness.tsv')
def pairs(s):
    return dict((x.split(':')[0], int(x.split(':')[1])) for x in s.split())
def resolve(q):
    r = main[q]
    j = dict(resolve(r[1:])) if r.startswith('=') else pairs(r)
    for d, g in pairs(extra.get(q, '')).items():
        if d in j: raise SystemExit(f'dubbel {q} {d}')
        j[d] = g
    return j
frozen = json.load(open(os.path.join(base, 'queries_initial_frozen.json'), encoding='utf-8'))
out = []
for q in frozen:
    j = resolve(q['id'])
    out.append({'id': q['id'], 'query': q['query'], 'kind': q['kind'], 'judgements': dict(sorted(j.items()))})
json.dump(out, open(os.path.join(base, 'queries.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(out), sum(len(q['judgements']) for q in out))
