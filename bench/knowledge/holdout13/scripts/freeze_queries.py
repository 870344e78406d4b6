import json
qs=[]
for line in open('/work/holdout13/src/queries_src.tsv',encoding='utf-8'):
    line=line.rstrip('\n')
    if not line: continue
    i,k,q=line.split('\t')
    qs.append({"id":i,"query":q,"kind":k})
json.dump(qs,open('/work/holdout13/queries_initial_frozen.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(qs))
