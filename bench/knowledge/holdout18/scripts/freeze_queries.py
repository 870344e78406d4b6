import json, hashlib
rows=[l.rstrip('\n').split('\t') for l in open('src/queries.tsv',encoding='utf-8') if l.strip()]
qs=[{"id":i,"query":q,"kind":k} for i,k,q in rows]
assert len(qs)==70
data=json.dumps(qs,ensure_ascii=False,indent=1).encode('utf-8')
open('queries_initial_frozen.json','wb').write(data)
h=hashlib.sha256(data).hexdigest()
open('src/frozen_sha256.txt','w').write(h+'  queries_initial_frozen.json\n')
print(h)
