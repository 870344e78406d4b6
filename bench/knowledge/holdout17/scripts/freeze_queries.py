import json, hashlib
rows=[l.rstrip('\n').split('\t') for l in open('/work/holdout17/src/queries.tsv',encoding='utf-8') if l.strip()]
qs=[{"id":i,"query":q,"kind":k} for i,k,q in rows]
assert len(qs)==70
data=json.dumps(qs,ensure_ascii=False,indent=1)
open('/work/holdout17/queries_initial_frozen.json','w',encoding='utf-8').write(data)
h=hashlib.sha256(open('/work/holdout17/queries_initial_frozen.json','rb').read()).hexdigest()
open('/work/holdout17/src/frozen_sha256.txt','w').write(h+'  queries_initial_frozen.json\n')
print(h)
