# chore: merge hand-written judgements (initial + completeness round) into queries.json
import json
frozen=json.load(open('queries_initial_frozen.json',encoding='utf-8'))
J={q['id']:{} for q in frozen}
for fn in ['src/judgements.tsv','src/judgements_completeness.tsv']:
    for l in open(fn,encoding='utf-8'):
        if not l.strip(): continue
        q,rest=l.rstrip('\n').split('\t')
        for p in rest.split():
            d,g=p.split(':'); g=int(g)
            J[q][d]=max(g,J[q].get(d,0))
out=[dict(q, judgements=dict(sorted(J[q['id']].items()))) for q in frozen]
json.dump(out,open('queries.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print('written',len(out))
