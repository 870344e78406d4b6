import json
fr=json.load(open('/work/holdout12/queries_initial_frozen.json'))
J={}
for l in open('/work/holdout12/src/judgements.txt'):
    l=l.strip()
    if not l: continue
    q,*rest=l.split()
    d={}
    for r in rest:
        i,g=r.split(':'); assert i not in d,(q,i); d[i]=int(g)
    J[q]=d
out=[]
for q in fr['queries']:
    out.append({'id':q['id'],'query':q['query'],'kind':q['kind'],'judgements':dict(sorted(J[q['id']].items()))})
json.dump(out,open('/work/holdout12/queries.json','w'),ensure_ascii=False,indent=1)
print(len(out))
