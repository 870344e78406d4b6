import re, json, glob
docs=[]
add={}
for f in sorted(glob.glob('/work/holdout11/src/addenda*.txt')):
    for p in re.split(r'^@@ ', open(f).read(), flags=re.M):
        if p.strip():
            k,_,t=p.partition('\n'); add[k.strip()]=(add.get(k.strip(),'')+'\n\n'+t.strip()).strip()
for f in sorted(glob.glob('/work/holdout11/src/docs*.txt')):
    parts=re.split(r'^### ', open(f).read(), flags=re.M)
    for p in parts:
        if not p.strip(): continue
        lines=p.rstrip('\n').split('\n')
        did,kind,phase=[x.strip() for x in lines[0].split('|')]
        assert lines[1].startswith('T: ') and lines[2].startswith('S: '), did
        body='\n'.join(lines[3:]).strip()
        if did in add: body+='\n\n'+add[did]
        docs.append({"id":did,"title":lines[1][3:].strip(),"summary":lines[2][3:].strip(),"body":body,"kind":kind,"phase":phase})
json.dump(docs,open('/work/holdout11/documents.json','w'),ensure_ascii=False,indent=1)
print(len(docs))
