import json, re, glob
docs=[]; distractors=[]
for fn in sorted(glob.glob('/work/holdout14/src/docs_*.txt')):
    txt=open(fn,encoding='utf-8').read()
    for block in re.split(r'^=== ', txt, flags=re.M)[1:]:
        lines=block.strip('\n').split('\n')
        head=[h.strip() for h in lines[0].split('|')]
        did,kind,phase=head[:3]
        if len(head)>3 and head[3]=='distractor': distractors.append(did)
        title=summary=None; body=[]; inbody=False
        for l in lines[1:]:
            if inbody: body.append(l); continue
            if l.startswith('T: '): title=l[3:].strip()
            elif l.startswith('S: '): summary=l[3:].strip()
            elif l.startswith('B:'): inbody=True
        docs.append({"id":did,"title":title,"summary":summary,"body":"\n".join(body).strip(),"kind":kind,"phase":phase})
json.dump(docs,open('/work/holdout14/documents.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
open('/work/holdout14/src/distractors.txt','w').write("\n".join(distractors)+"\n")
print(len(docs),'docs',len(distractors),'distractors')
