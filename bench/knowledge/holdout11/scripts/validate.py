import json,re,collections
d=json.load(open('/work/holdout11/documents.json')); q=json.load(open('/work/holdout11/queries.json'))
ids=[x['id'] for x in d]; assert len(ids)==len(set(ids))==160
distr={f"d{i:03d}" for i in range(136,161)}
assert all(set(x)=={'id','title','summary','body','kind','phase'} for x in d)
assert all(x['kind'] in 'onderzoek plan_van_aanpak participatieplan sjabloon raadsvoorstel les aanbesteding kaart overig'.split() for x in d)
assert all(x['phase'] in ['tvw','wup','uitvoering','algemeen'] for x in d)
assert all(150<=len(x['body'].split())<=600 for x in d)
qids=[x['id'] for x in q]; assert len(qids)==len(set(qids))==70
print(collections.Counter(x['kind'] for x in q))
assert all(v==10 for v in collections.Counter(x['kind'] for x in q).values())
for x in q:
    for k,v in x['judgements'].items():
        assert k in ids, k; assert k not in distr,(x['id'],k); assert v in (1,2,3)
    n=len(x['judgements']); 
    if not 3<=n<=20: print('count',x['id'],n)
    assert any(v==3 for v in x['judgements'].values()) or True
fro=json.load(open('/work/holdout11/queries_initial_frozen.json'))
assert [(a['id'],a['query'],a['kind']) for a in fro]==[(a['id'],a['query'],a['kind']) for a in q]
# avoided words: whole tokens, in all documents
av={}
for l in open('/work/holdout11/src/avoided.txt'):
    s,w=l.strip().split('|'); av[s]=w.split(',')
for x in q:
    if x['kind']=='synonyms':
        for w in x['query'].lower().split(): assert w in av[x['query']],w
viol=0
for s,ws in av.items():
    for x in d:
        toks=set(re.findall(r"[a-zà-ÿ0-9+']+",(x['title']+' '+x['summary']+' '+x['body']).lower()))
        for w in ws:
            if w in toks: print('VIOLATION',s,w,x['id']); viol+=1
print('avoided-word violations:',viol)
print('judgements total',sum(len(x['judgements']) for x in q),'min',min(len(x['judgements']) for x in q),'max',max(len(x['judgements']) for x in q))
print('OK')
