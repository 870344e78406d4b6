import json
init=json.load(open('/work/holdout8/queries_initial_frozen.json'))
add={}
for l in open('/work/holdout8/src/additions.txt',encoding='utf-8'):
    l=l.strip()
    if not l: continue
    q,j=l.split('|')
    for p in j.split():
        d,g=p.split(':'); add.setdefault(q,{})
        assert d not in add[q],(q,d); add[q][d]=int(g)
final=[];dropped=[]
for q in init:
    jj=dict(q['judgements'])
    for d,g in add.get(q['id'],{}).items():
        assert d not in jj,(q['id'],d,'al beoordeeld')
        jj[d]=g
    jj=dict(sorted(jj.items(),key=lambda x:(-x[1],x[0])))
    if sum(1 for g in jj.values() if g>=2)<2: dropped.append(q['id']); continue
    final.append({"id":q['id'],"query":q['query'],"kind":q['kind'],"judgements":jj})
json.dump(final,open('/work/holdout8/queries.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(final),'dropped',dropped, 'added',sum(len(v) for v in add.values()))
