import json, hashlib
rows=[l.rstrip('\n').split('\t') for l in open('/work/holdout15/src/queries_src.tsv',encoding='utf-8') if l.strip()]
qs=[{"id":i,"query":q,"kind":k} for i,k,q in rows]
p='/work/holdout15/queries_initial_frozen.json'
json.dump(qs,open(p,'w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(qs), hashlib.sha256(open(p,'rb').read()).hexdigest())
