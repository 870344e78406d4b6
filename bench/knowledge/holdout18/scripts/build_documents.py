import json, re, glob
docs=[]
for fn in sorted(glob.glob('src/docs_*.txt')):
    txt=open(fn,encoding='utf-8').read()
    for block in re.split(r'^### ', txt, flags=re.M)[1:]:
        head, rest = block.split('\n',1)
        did, kind, phase = [x.strip() for x in head.split('|')]
        m=re.match(r'T: (.*)\nS: (.*)\nB:\n(.*)', rest, flags=re.S)
        assert m, did
        docs.append({"id":did,"title":m.group(1).strip(),"summary":m.group(2).strip(),
                     "body":m.group(3).strip(),"kind":kind,"phase":phase})
add={}
for fn in sorted(glob.glob('src/additions_*.txt')):
    txt=open(fn,encoding='utf-8').read()
    for block in re.split(r'^### ', txt, flags=re.M)[1:]:
        did, body = block.split('\n',1)
        k=did.strip()
        add[k]=(add[k]+'\n\n' if k in add else '')+body.strip()
byid={d['id']:d for d in docs}
for k,v in add.items(): byid[k]['body']+='\n\n'+v
ids=[d['id'] for d in docs]
assert ids==[f"d{i:03d}" for i in range(1,161)], ids
KINDS={"onderzoek","plan_van_aanpak","participatieplan","sjabloon","raadsvoorstel","les","aanbesteding","kaart","overig"}
PH={"tvw","wup","uitvoering","algemeen"}
for d in docs: assert d['kind'] in KINDS and d['phase'] in PH, d['id']
json.dump(docs,open('documents.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
wc=[(d['id'],len(d['body'].split())) for d in docs]
import collections
print('docs',len(docs))
print('long>=300',[x for x in wc if x[1]>=300])
print('short<60',[x for x in wc if x[1]<60])
print('100-200',sum(1 for x in wc if 100<=x[1]<=200))
print(collections.Counter(d['kind'] for d in docs))
print(collections.Counter(d['phase'] for d in docs))
