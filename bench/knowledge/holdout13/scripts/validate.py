import json,re,collections
D=json.load(open('/work/holdout13/documents.json',encoding='utf-8'))
Q=json.load(open('/work/holdout13/queries.json',encoding='utf-8'))
F=json.load(open('/work/holdout13/queries_initial_frozen.json',encoding='utf-8'))
ok=True
def err(*a):
    global ok; ok=False; print('ERROR',*a)
ids=[d['id'] for d in D]
if len(ids)!=160 or len(set(ids))!=160: err('doc ids')
if ids!=['d%03d'%i for i in range(1,161)]: err('doc id sequence')
KINDS={'onderzoek','plan_van_aanpak','participatieplan','sjabloon','raadsvoorstel','les','aanbesteding','kaart','overig'}
PH={'tvw','wup','uitvoering','algemeen'}
for d in D:
    if set(d)!={'id','title','summary','body','kind','phase'}: err('fields',d['id'])
    if d['kind'] not in KINDS: err('kind',d['id'])
    if d['phase'] not in PH: err('phase',d['id'])
    n=len(d['body'].split())
    if not 150<=n<=600: err('words',d['id'],n)
    ns=len(re.findall(r'[.!?](\s|$)',d['summary']))
    if not 1<=ns<=3: err('summary sentences',d['id'],ns)
DISTR=['d%03d'%i for i in range(136,161)]
qids=[q['id'] for q in Q]
if qids!=['q%02d'%i for i in range(1,71)]: err('query ids')
if [(q['id'],q['query'],q['kind']) for q in Q]!=[(q['id'],q['query'],q['kind']) for q in F]: err('queries differ from frozen')
kc=collections.Counter(q['kind'] for q in Q)
for k in ['short','multiword','questions','abbreviations','compounds','typos','synonyms']:
    if kc[k]!=10: err('kind count',k,kc[k])
S=set(ids)
for q in Q:
    J=q['judgements']
    for d,g in J.items():
        if d not in S: err('unknown doc',q['id'],d)
        if d in DISTR: err('distractor judged',q['id'],d)
        if g not in (1,2,3): err('grade',q['id'],d,g)
    if not 3<=len(J)<=20: err('n judged',q['id'],len(J))
    if 3 not in J.values(): err('no grade 3',q['id'])
    nw=len(q['query'].split())
    if q['kind']=='short' and not 1<=nw<=2: err('short len',q['id'])
    if q['kind']=='multiword' and not 3<=nw<=6: err('multi len',q['id'])
    if q['kind']=='typos' and not 1<=nw<=3: err('typo len',q['id'])
# avoided words: whole corpus, substring match
avoid={}
for l in open('/work/holdout13/src/avoided_words.tsv',encoding='utf-8'):
    if l.strip():
        a,b=l.rstrip('\n').split('\t'); avoid[a]=b.split('|')
full={d['id']:(d['title']+' '+d['summary']+' '+d['body']).lower() for d in D}
for qid,ws in avoid.items():
    for w in ws:
        hit=[i for i,t in full.items() if w in t]
        if hit: err('avoided word present',qid,w,hit)
# synonym queries: no content word of the query in any relevant doc (word-prefix match)
STOP={'aan','de','het','een','en','van','in','op','bij','met','voor'}
for q in Q:
    if q['kind']!='synonyms': continue
    for w in q['query'].lower().split():
        if w in STOP: continue
        for d in q['judgements']:
            if re.search(r'\b'+re.escape(w),full[d]): err('synonym query word in relevant doc',q['id'],w,d)
        anyd=[i for i,t in full.items() if re.search(r'\b'+re.escape(w),t)]
        if anyd: err('synonym query word in corpus',q['id'],w,anyd)
nj=[len(q['judgements']) for q in Q]
print('docs',len(D),'queries',len(Q),'kinds',dict(kc))
print('judgements total',sum(nj),'min',min(nj),'max',max(nj),'mean %.1f'%(sum(nj)/len(nj)))
print('grade counts',collections.Counter(g for q in Q for g in q['judgements'].values()))
wc=[len(d['body'].split()) for d in D]; print('body words min',min(wc),'max',max(wc),'total',sum(wc))
print('doc kinds',dict(collections.Counter(d['kind'] for d in D)))
print('phases',dict(collections.Counter(d['phase'] for d in D)))
print('VALID' if ok else 'INVALID')
