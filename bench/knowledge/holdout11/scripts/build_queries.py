import json
qs=json.load(open('/work/holdout11/queries_initial_frozen.json'))
J={}
for f in ['judgements.txt','judgements_completeness.txt']:
    for l in open('/work/holdout11/src/'+f):
        if not l.strip(): continue
        q,rest=l.strip().split(' ',1)
        J.setdefault(q,[]).append(rest)
def resolve(q):
    out={}
    for r in J[q]:
        if r.startswith('='): out.update(resolve(r[1:])); continue
        for t in r.split():
            k,v=t.split(':'); out[k]=max(int(v),out.get(k,0))
    return out
for q in qs: q['judgements']=dict(sorted(resolve(q['id']).items()))
json.dump(qs,open('/work/holdout11/queries.json','w'),ensure_ascii=False,indent=1)
