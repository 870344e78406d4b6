import json, collections
rows=[l.rstrip('\n').split('\t') for l in open('src/queries_source.tsv',encoding='utf-8') if l.strip()]
qs=[{'id':i,'query':q,'kind':k} for i,k,q in rows]
assert len(qs)==70 and all(v==10 for v in collections.Counter(q['kind'] for q in qs).values())
json.dump(qs,open('queries_initial_frozen.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
