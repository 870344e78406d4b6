import json,re
base='/work/holdout15/'
frozen=json.load(open(base+'queries_initial_frozen.json',encoding='utf-8'))
J={}
for l in open(base+'src/judgements.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    q,rest=l.split(':',1); rest=rest.strip()
    if rest.startswith('='): J[q]=('ref',rest[1:]); continue
    J[q]=('val',{k:int(v) for k,v in (p.split('=') for p in rest.split())})
def get(q):
    t,v=J[q]
    return dict(get(v)) if t=='ref' else v
out=[dict(q,judgements=get(q['id'])) for q in frozen]
json.dump(out,open(base+'queries.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(out))
