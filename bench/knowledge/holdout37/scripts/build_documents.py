"""Bouwt documents.json uit de handgeschreven bronbestanden in src/docs/."""
import json, glob, re
KINDS={'aanbesteding','kaart','les','onderzoek','overig','participatieplan','plan_van_aanpak','raadsvoorstel','sjabloon'}
PHASES={'algemeen','tvw','uitvoering','wup'}
docs=[]
for fn in sorted(glob.glob('src/docs/*.txt')):
    text=open(fn,encoding='utf-8').read()
    for block in re.split(r'^@@ ',text,flags=re.M)[1:]:
        block=block.split('\n@+ ')[0]
        lines=block.split('\n')
        did,kind,phase=[x.strip() for x in lines[0].split('|')]
        assert kind in KINDS and phase in PHASES,(did,kind,phase)
        assert lines[1].startswith('T: ') and lines[2].startswith('S: ') and lines[3]=='B:',did
        body='\n'.join(lines[4:]).strip()
        docs.append({"id":did,"title":lines[1][3:].strip(),"summary":lines[2][3:].strip(),"body":body,"kind":kind,"phase":phase})
# aanvullingen: blokken '@+ dXXX' worden als extra alinea achter de body gezet
byid={d['id']:d for d in docs}
for fn in sorted(glob.glob('src/docs/*.txt')):
    text=open(fn,encoding='utf-8').read()
    for block in re.split(r'^@\+ ',text,flags=re.M)[1:]:
        lines=block.split('\n')
        did=lines[0].strip()
        extra='\n'.join(lines[1:]).split('\n@@ ')[0].strip()
        byid[did]['body']+='\n'+extra
docs.sort(key=lambda d:d['id'])
ids=[d['id'] for d in docs]
assert len(ids)==len(set(ids))
json.dump(docs,open('documents.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(docs),'documenten')
