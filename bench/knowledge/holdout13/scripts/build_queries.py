import json
fz=json.load(open('/work/holdout13/queries_initial_frozen.json',encoding='utf-8'))
J={}
for line in open('/work/holdout13/src/judgements.txt',encoding='utf-8'):
    p=line.split()
    if not p: continue
    d={}
    for x in p[1:]:
        k,v=x.split(':'); assert k not in d,(p[0],k); d[k]=int(v)
    J[p[0]]=d
out=[dict(q,judgements=J[q['id']]) for q in fz]
json.dump(out,open('/work/holdout13/queries.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(out))
