"""Zet de handgeschreven bronbestanden src/docs/*.txt om naar documents.json."""
import json, glob, re
docs=[]
for fn in sorted(glob.glob('/work/holdout17/src/docs/*.txt')):
    txt=open(fn,encoding='utf-8').read()
    for block in re.split(r'^=== ',txt,flags=re.M)[1:]:
        lines=block.split('\n')
        did,kind,phase=[x.strip() for x in lines[0].split('|')]
        assert lines[1].startswith('T: ') and lines[2].startswith('S: '),did
        body='\n'.join(lines[3:]).strip()
        docs.append({"id":did,"title":lines[1][3:].strip(),"summary":lines[2][3:].strip(),"body":body,"kind":kind,"phase":phase})
ids=[d['id'] for d in docs]
assert ids==[f"d{i:03d}" for i in range(1,161)], ids
json.dump(docs,open('/work/holdout17/documents.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(docs))
