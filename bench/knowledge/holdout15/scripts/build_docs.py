import json, glob, re
docs=[]
for f in sorted(glob.glob('/work/holdout15/src/docs_*.txt')):
    s=open(f,encoding='utf-8').read()
    for blk in s.split('\n@')[0:]:
        blk=blk.strip().lstrip('@')
        if not blk: continue
        lines=blk.split('\n')
        d={'id':lines[0].strip()}
        for l in lines[1:5]:
            k,v=l.split(': ',1)
            d[{'T':'title','S':'summary','K':'kind','P':'phase'}[k]]=v.strip()
        d['body']=' '.join(l.strip() for l in lines[5:] if l.strip())
        docs.append({k:d[k] for k in ['id','title','summary','body','kind','phase']})
docs.sort(key=lambda d:d['id'])
json.dump(docs,open('/work/holdout15/documents.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(docs))
for d in docs:
    n=len(d['body'].split())
    if not 100<=n<=150: print('LEN',d['id'],n)
