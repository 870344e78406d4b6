"""Validatie van de holdout17-testcollectie."""
import json, hashlib, collections, sys
B='/work/holdout17/'
ok=True
def fail(m):
    global ok; ok=False; print('FOUT:',m)
docs=json.load(open(B+'documents.json',encoding='utf-8'))
qs=json.load(open(B+'queries.json',encoding='utf-8'))
frozen=json.load(open(B+'queries_initial_frozen.json',encoding='utf-8'))
sha=hashlib.sha256(open(B+'queries_initial_frozen.json','rb').read()).hexdigest()
rec=open(B+'src/frozen_sha256.txt').read().split()[0]
print('sha256 queries_initial_frozen.json:',sha, '(klopt met src/frozen_sha256.txt)' if sha==rec else '(WIJKT AF)')
if sha!=rec: fail('sha256 wijkt af')
KINDS={'onderzoek','plan_van_aanpak','participatieplan','sjabloon','raadsvoorstel','les','aanbesteding','kaart','overig'}
PHASES={'tvw','wup','uitvoering','algemeen'}
ids=[d['id'] for d in docs]
print('documenten:',len(docs))
if len(docs)!=160 or len(set(ids))!=160: fail('aantal documenten')
for d in docs:
    for f in ('id','title','summary','body','kind','phase'):
        if not d.get(f): fail(f'{d["id"]} mist {f}')
    if d['kind'] not in KINDS: fail(f'{d["id"]} kind {d["kind"]}')
    if d['phase'] not in PHASES: fail(f'{d["id"]} phase {d["phase"]}')
distractors={f'd{i:03d}' for i in range(136,161)}
print('afleiders:',len(distractors),'(d136-d160)')
print('documentsoorten:',dict(collections.Counter(d['kind'] for d in docs)))
print('fasen:',dict(collections.Counter(d['phase'] for d in docs)))
wc=[len(d['body'].split()) for d in docs]
print('woorden per body: <100: %d, 100-200: %d, 201-299: %d, 300-500: %d, >500: %d'%(sum(w<100 for w in wc),sum(100<=w<=200 for w in wc),sum(200<w<300 for w in wc),sum(300<=w<=500 for w in wc),sum(w>500 for w in wc)))
print('vragen:',len(qs))
if len(qs)!=70: fail('aantal vragen')
if [(q['id'],q['query'],q['kind']) for q in qs]!=[(q['id'],q['query'],q['kind']) for q in frozen]: fail('queries.json wijkt af van bevroren vragen')
else: print('queries.json komt overeen met queries_initial_frozen.json (id, query, kind)')
print('vragen per soort:',dict(collections.Counter(q['kind'] for q in qs)))
g=collections.Counter(); mins=[]
idset=set(ids)
for q in qs:
    for did,gr in q['judgements'].items():
        if did not in idset: fail(f'{q["id"]}: onbekend document {did}')
        if did in distractors: fail(f'{q["id"]}: afleider {did} beoordeeld')
        if gr not in (1,2,3): fail(f'{q["id"]}: ongeldig cijfer {gr}')
        g[gr]+=1
    n=sum(1 for v in q['judgements'].values() if v>=2)
    mins.append((n,q['id']))
    if n<3: fail(f'{q["id"]} heeft slechts {n} documenten met cijfer >= 2')
print('oordelen per cijfer:',{k:g[k] for k in (3,2,1)},'totaal',sum(g.values()))
print('minimum aantal documenten met cijfer >= 2 per vraag:',min(mins))
print('gemiddeld aantal oordelen per vraag: %.1f'%(sum(g.values())/len(qs)))
judged={d for q in qs for d in q['judgements']}
print('niet-afleiders zonder enig oordeel:',sorted(idset-distractors-judged))
# synoniemvragen: vermeden woorden
import re,unicodedata
def norm(s): return ''.join(c for c in unicodedata.normalize('NFD',s.lower()) if unicodedata.category(c)!='Mn')
D={d['id']:d for d in docs}; Q={q['id']:q for q in qs}; viol=0
for l in list(open(B+'src/avoided_words.tsv',encoding='utf-8'))[1:]:
    qid,_,av,_=l.rstrip('\n').split('\t'); ws=[norm(w.strip()) for w in av.split(',')]
    for did in Q[qid]['judgements']:
        toks=set(re.findall(r"[a-z0-9\-']+",norm(D[did]['title']+' '+D[did]['summary']+' '+D[did]['body'])))
        for w in ws:
            if w in toks: viol+=1; fail(f'{qid}: {did} gebruikt vermeden woord {w}')
print('synoniemvragen: overtredingen vermeden woorden:',viol)
print('RESULTAAT:','OK' if ok else 'FOUTEN GEVONDEN')
sys.exit(0 if ok else 1)
