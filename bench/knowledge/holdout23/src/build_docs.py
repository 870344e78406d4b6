# chore: convert hand-written docs_0*.txt into ../documents.json
import re,json,glob
txt=''.join(open(f).read() for f in sorted(glob.glob('docs_0*.txt')))
docs=[]
for p in re.split(r'^@@ ',txt,flags=re.M)[1:]:
    lines=p.split('\n')
    hid,kind,phase=[x.strip() for x in lines[0].split('|')]
    assert lines[1].startswith('# ') and lines[2].startswith('> '),hid
    docs.append(dict(id=hid,title=lines[1][2:].strip(),summary=lines[2][2:].strip(),body='\n'.join(lines[3:]).strip(),kind=kind,phase=phase))
assert [d['id'] for d in docs]==['d%03d'%i for i in range(1,161)]
json.dump(docs,open('../documents.json','w'),ensure_ascii=False,indent=1)
print(len(docs),'docs; >=300 words:',sum(len(d['body'].split())>=300 for d in docs))
