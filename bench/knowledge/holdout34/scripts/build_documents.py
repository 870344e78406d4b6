"""Bouwt documents.json uit de handgeschreven bronbestanden src/docs_*.txt.
Blokken '=== dNNN' zijn documenten; blokken '+++ dNNN' in de aanvullingsbestanden
worden als extra alinea's aan de body van dat document toegevoegd."""
import glob, json, re, statistics
KINDS={"onderzoek","plan_van_aanpak","participatieplan","sjabloon","raadsvoorstel","les","aanbesteding","kaart","overig"}
PHASES={"tvw","wup","uitvoering","algemeen"}
MAIN=sorted(f for f in glob.glob('src/docs_*.txt') if 'aanvullingen' not in f)
EXTRAS=sorted(f for f in glob.glob('src/docs_*.txt') if 'aanvullingen' in f)
docs=[]
for fn in MAIN:
    text=open(fn,encoding='utf-8').read()
    for block in re.split(r'^=== ',text,flags=re.M)[1:]:
        head,body=block.split('\n---\n',1)
        lines=head.strip().split('\n')
        d={"id":lines[0].strip()}
        for l in lines[1:]:
            k,v=l.split(':',1); d[k.strip()]=v.strip()
        d["body"]=body.strip()
        assert d["kind"] in KINDS, d["id"]; assert d["phase"] in PHASES, d["id"]
        docs.append({k:d[k] for k in ["id","title","summary","body","kind","phase"]})
byid={d['id']:d for d in docs}
for fn in EXTRAS:
    for block in re.split(r'^\+\+\+ ',open(fn,encoding='utf-8').read(),flags=re.M)[1:]:
        did,txt=block.split('\n',1)
        byid[did.strip()]['body']+='\n\n'+txt.strip()
docs.sort(key=lambda d:d["id"])
assert [d["id"] for d in docs]==[f"d{i:03d}" for i in range(1,161)]
json.dump(docs,open('documents.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
L=[len((d["title"]+" "+d["summary"]+" "+d["body"]).split()) for d in docs]
print(len(docs),"docs; min",min(L),"max",max(L),"median",statistics.median(L),">300:",sum(l>300 for l in L))
for d,l in zip(docs,L):
    if l<60 or l>700: print("OUT OF RANGE",d["id"],l)
