import json
frozen=json.load(open('/work/holdout14/queries_initial_frozen.json',encoding='utf-8'))
J={}
for l in open('/work/holdout14/src/judgements.txt',encoding='utf-8'):
    if not l.strip(): continue
    q,rest=l.split(':',1); q=q.strip(); J[q]={}
    for t in rest.split():
        d,g=t.split('='); assert d not in J[q], (q,d); J[q][d]=int(g)
out=[dict(q, judgements=dict(sorted(J[q['id']].items()))) for q in frozen]
json.dump(out,open('/work/holdout14/queries.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(out),'queries',sum(len(q['judgements']) for q in out),'judgements')
