import json,sys
src,dst=sys.argv[1],sys.argv[2]
out=[]
for l in open(src,encoding='utf-8'):
    l=l.strip()
    if not l: continue
    qid,q,kind,j=l.split('|')
    jj={}
    for p in j.split():
        d,g=p.split(':'); assert d not in jj,(qid,d); jj[d]=int(g)
    out.append({"id":qid,"query":q,"kind":kind,"judgements":jj})
json.dump(out,open(dst,'w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(out))
