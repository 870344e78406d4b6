import json
qs=[]
for line in open('src/queries.tsv',encoding='utf-8'):
    line=line.rstrip('\n')
    if not line: continue
    i,k,q=line.split('\t')
    qs.append({"id":i,"query":q,"kind":k})
json.dump(qs,open('queries_initial_frozen.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(qs))
