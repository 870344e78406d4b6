import json, hashlib
rows=[l.rstrip('\n').split('\t') for l in open('/work/holdout14/src/queries_src.tsv',encoding='utf-8') if l.strip()]
qs=[{"id":i,"query":q,"kind":k} for i,k,q in rows]
assert len(qs)==70
s=json.dumps(qs,ensure_ascii=False,indent=1)
open('/work/holdout14/queries_initial_frozen.json','w',encoding='utf-8').write(s)
print(hashlib.sha256(s.encode('utf-8')).hexdigest())
from collections import Counter; print(Counter(q['kind'] for q in qs))
