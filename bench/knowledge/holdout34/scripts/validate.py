"""Controleert de testcollectie holdout34. Print OK als alles klopt."""
import json,csv,hashlib,re,statistics,unicodedata,sys
from collections import Counter
errors=[]
def err(m): errors.append(m)
KINDS={"onderzoek","plan_van_aanpak","participatieplan","sjabloon","raadsvoorstel","les","aanbesteding","kaart","overig"}
PHASES={"tvw","wup","uitvoering","algemeen"}
QKINDS=["abbreviations","compounds","multiword","questions","short","synonyms","typos"]
sha=lambda p: hashlib.sha256(open(p,'rb').read()).hexdigest()
# documenten
D=json.load(open('documents.json',encoding='utf-8'))
if len(D)!=160: err(f"aantal documenten {len(D)}")
if [d.get('id') for d in D]!=[f"d{i:03d}" for i in range(1,161)]: err("document-ids niet d001..d160")
for d in D:
    if set(d)!={"id","title","summary","body","kind","phase"}: err(f"{d.get('id')}: velden {sorted(d)}")
    if d.get('kind') not in KINDS: err(f"{d['id']}: kind {d.get('kind')}")
    if d.get('phase') not in PHASES: err(f"{d['id']}: phase {d.get('phase')}")
    for f in ("title","summary","body"):
        if not str(d.get(f,'')).strip(): err(f"{d['id']}: leeg veld {f}")
L={d['id']:len((d['title']+' '+d['summary']+' '+d['body']).split()) for d in D}
bad=[k for k,v in L.items() if not 60<=v<=700]
if bad: err(f"lengte buiten 60-700: {bad}")
over=sum(v>300 for v in L.values()); med=statistics.median(L.values())
if over<30: err(f"slechts {over} documenten >300 woorden")
if not 160<=med<=200: err(f"mediaan {med} niet rond 180")
# sha documents
at=open('src/documents_sha256_at_judging.txt').read().split()[0]
if sha('documents.json')!=at: err("documents.json sha256 wijkt af van waarde bij start beoordeling")
# queries
F=json.load(open('queries_initial_frozen.json',encoding='utf-8'))
fz=open('src/frozen_sha256.txt').read().split()[0]
if sha('queries_initial_frozen.json')!=fz: err("queries_initial_frozen.json sha256 wijkt af")
Q=json.load(open('queries.json',encoding='utf-8'))
if len(Q)!=70: err(f"aantal queries {len(Q)}")
if [(q['id'],q['query'],q['kind']) for q in Q]!=[(q['id'],q['query'],q['kind']) for q in F]: err("queries wijken af van bevroren bestand")
if [q['id'] for q in Q]!=[f"q{i:02d}" for i in range(1,71)]: err("query-ids niet q01..q70")
c=Counter(q['kind'] for q in Q)
if any(c[k]!=10 for k in QKINDS) or len(c)!=7: err(f"soorten: {c}")
tsv=list(csv.DictReader(open('src/queries.tsv',encoding='utf-8'),delimiter='\t'))
if [(r['id'],r['query'],r['kind']) for r in tsv]!=[(q['id'],q['query'],q['kind']) for q in F]: err("src/queries.tsv wijkt af van bevroren bestand")
field={f"d{i:03d}" for i in range(1,136)}
for q in Q:
    j=q['judgements']
    for d,g in j.items():
        if d not in field: err(f"{q['id']}: oordeel voor {d} (geen d001-d135)")
        if g not in (1,2,3): err(f"{q['id']}: cijfer {g} voor {d}")
    if sum(g>=2 for g in j.values())<3: err(f"{q['id']}: minder dan 3 documenten met cijfer >=2")
# vermeden woorden
def toks(s):
    s=unicodedata.normalize('NFKD',s.lower()); s=''.join(ch for ch in s if not unicodedata.combining(ch))
    return set(re.findall(r'\w+',s))
byid={d['id']:d for d in D}
av={r['id']:[w.strip() for w in r['avoided_words'].split(',') if w.strip()] for r in csv.DictReader(open('src/avoided_words.tsv',encoding='utf-8'),delimiter='\t')}
syn=[q['id'] for q in Q if q['kind']=='synonyms']
if sorted(av)!=sorted(syn): err("avoided_words.tsv dekt niet precies de synonym-queries")
for q in Q:
    if q['kind']!='synonyms': continue
    for d,g in q['judgements'].items():
        if g<2: continue
        t=toks(byid[d]['title']+' '+byid[d]['summary']+' '+byid[d]['body'])
        hit=[w for w in av.get(q['id'],[]) if w in t]
        if hit: err(f"{q['id']}: {d} (cijfer {g}) bevat vermeden woord(en) {hit}")
n=sum(len(q['judgements']) for q in Q)
print(f"documenten: 160, woorden min {min(L.values())} max {max(L.values())} mediaan {med}, >300: {over}")
print(f"queries: 70 {dict(c)}; oordelen: {n} {dict(Counter(g for q in Q for g in q['judgements'].values()))}")
print(f"min aantal documenten >=2 per query: {min(sum(g>=2 for g in q['judgements'].values()) for q in Q)}")
if errors:
    print("FOUTEN:"); [print(" -",e) for e in errors]; sys.exit(1)
print("OK")
