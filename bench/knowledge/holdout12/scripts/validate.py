import json,re,collections,sys
sys.path.insert(0,'/work/holdout12/scripts')
from check import hits
docs=json.load(open('/work/holdout12/documents.json'))
qs=json.load(open('/work/holdout12/queries.json'))
fr=json.load(open('/work/holdout12/queries_initial_frozen.json'))
DIS={'d007','d014','d021','d028','d035','d042','d049','d056','d063','d070','d077','d084','d091','d098','d105','d112','d119','d126','d133','d140','d147','d154','d156','d158','d160'}
ok=True
def fail(m):
    global ok; ok=False; print('FAIL',m)
ids=[d['id'] for d in docs]
if len(ids)!=160 or len(set(ids))!=160: fail('doc ids')
KINDS={'onderzoek','plan_van_aanpak','participatieplan','sjabloon','raadsvoorstel','les','aanbesteding','kaart','overig'}
PH={'tvw','wup','uitvoering','algemeen'}
for d in docs:
    if set(d)!={'id','title','summary','body','kind','phase'}: fail('fields '+d['id'])
    if d['kind'] not in KINDS: fail('kind '+d['id'])
    if d['phase'] not in PH: fail('phase '+d['id'])
    n=len(d['body'].split())
    if not 150<=n<=600: fail('len %s %d'%(d['id'],n))
    ns=len(re.findall(r'[.!?](\s|$)',d['summary']))
    if not d['title'] or not d['summary']: fail('empty '+d['id'])
qids=[q['id'] for q in qs]
if qids!=['q%02d'%i for i in range(1,71)]: fail('qids')
c=collections.Counter(q['kind'] for q in qs)
if set(c.values())!={10} or len(c)!=7: fail('kinds %s'%c)
for q,f in zip(qs,fr['queries']):
    if q['query']!=f['query'] or q['kind']!=f['kind']: fail('frozen mismatch '+q['id'])
    j=q['judgements']
    if not 3<=len(j)<=20: fail('njudg %s %d'%(q['id'],len(j)))
    for i,g in j.items():
        if i not in ids: fail('unknown '+i)
        if i in DIS: fail('distractor judged %s %s'%(q['id'],i))
        if g not in (1,2,3): fail('grade')
    if 3 not in j.values(): fail('no grade 3 in '+q['id'])
# avoided words across whole corpus
for qid,pats in fr['avoided_words'].items():
    for d in docs:
        h=hits(d['title']+' '+d['summary']+' '+d['body'],pats)
        if h: fail('avoided %s in %s: %s'%(qid,d['id'],h))
    # query words themselves must be among avoided
    q=[x for x in qs if x['id']==qid][0]
    for w in q['query'].lower().split():
        if not hits(w,pats): fail('query word not covered by avoided list: %s %s'%(qid,w))
dist_present=[i for i in DIS if i in ids]
print('docs',len(docs),'queries',len(qs),'kinds',dict(c),'distractors',len(dist_present))
print('judgements total',sum(len(q['judgements']) for q in qs),'min',min(len(q['judgements']) for q in qs),'max',max(len(q['judgements']) for q in qs))
wc=[len(d['body'].split()) for d in docs]; print('words min/max/total',min(wc),max(wc),sum(wc))
print('kinds docs',dict(collections.Counter(d['kind'] for d in docs)))
print('phases',dict(collections.Counter(d['phase'] for d in docs)))
print('OK' if ok else 'NOT OK')
