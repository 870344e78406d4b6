# chore: merge frozen queries + judgements.tsv + completeness_additions.tsv into ../queries.json
import json
Q=json.load(open('../queries_initial_frozen.json'))
def load(f):
    J={}
    for line in open(f):
        if not line.strip(): continue
        q,rest=line.rstrip('\n').split('\t'); J[q]={p.split(':')[0]:int(p.split(':')[1]) for p in rest.split()}
    return J
J=load('judgements.tsv'); A=load('completeness_additions.tsv')
for q,add in A.items():
    for d,g in add.items():
        assert d not in J[q],(q,d)
        J[q][d]=g
out=[]
for q in Q:
    j=dict(sorted(J[q['id']].items(),key=lambda x:(-x[1],x[0])))
    out.append(dict(id=q['id'],query=q['query'],kind=q['kind'],judgements=j))
json.dump(out,open('../queries.json','w'),ensure_ascii=False,indent=1)
print(len(out),'queries,',sum(len(q['judgements']) for q in out),'judgements')
