"""Combineer de bevroren vragen met de handgeschreven oordelen (src/judgements.tsv) tot queries.json."""
import json
frozen=json.load(open('/work/holdout17/queries_initial_frozen.json',encoding='utf-8'))
J={}
for l in open('/work/holdout17/src/judgements.tsv',encoding='utf-8'):
    q,r=l.rstrip('\n').split('\t')
    J[q]={p.split(':')[0]:int(p.split(':')[1]) for p in r.split()}
out=[{"id":q["id"],"query":q["query"],"kind":q["kind"],"judgements":dict(sorted(J[q["id"]].items()))} for q in frozen]
json.dump(out,open('/work/holdout17/queries.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(out))
