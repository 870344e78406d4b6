import json,re,sys
from collections import Counter
docs=json.load(open('/work/holdout8/documents.json'))
meta=json.load(open('/work/holdout8/doc_meta.json'))
ids={d['id'] for d in docs}
KINDS={'aanbesteding','kaart','les','onderzoek','overig','participatieplan','plan_van_aanpak','raadsvoorstel','sjabloon'}
PHASES={'tvw','wup','uitvoering','algemeen'}
QK={'short','multiword','abbreviation','compound','synonym','question','typo'}
STOP=set('de het een en van in op voor met uit aan als bij te is er dat die wat hoe wie we je ik moet kan wanneer welke worden later'.split())
err=[]
assert len(docs)==160 and len(ids)==160
for d in docs:
    if d['kind'] not in KINDS: err.append(('kind',d['id']))
    if d['phase'] not in PHASES: err.append(('phase',d['id']))
    for k in ('id','title','summary','body','kind','phase'):
        if k not in d: err.append(('veld',d['id'],k))
def check(fn):
    qs=json.load(open(fn)); e=[]
    for q in qs:
        if q['kind'] not in QK: e.append(('qkind',q['id']))
        for did,g in q['judgements'].items():
            if did not in ids: e.append(('onbekend',q['id'],did))
            elif meta[did]['distractor']: e.append(('afleider',q['id'],did))
            if g not in (1,2,3): e.append(('grade',q['id'],did))
        if sum(1 for g in q['judgements'].values() if g>=2)<2: e.append(('te_weinig_rel',q['id']))
    return qs,e
qi,ei=check('/work/holdout8/queries_initial_frozen.json')
qf,ef=check('/work/holdout8/queries.json')
print('documentfouten',err); print('fouten initieel',ei); print('fouten finaal',ef)
print('query-soorten',Counter(q['kind'] for q in qf))
for name,qs in (('initieel',qi),('finaal',qf)):
    c=Counter(g for q in qs for g in q['judgements'].values())
    print(name,'oordelen per graad',dict(sorted(c.items())),'totaal',sum(c.values()))
byid={d['id']:d for d in docs}
def words(t): return set(re.findall(r'[a-zà-ÿ0-9+]+',t.lower()))
print('\nWoordoverlap synoniemvragen (inhoudswoorden van de vraag die letterlijk als los woord in relevante documenten voorkomen; titel+samenvatting+tekst):')
for q in qf:
    if q['kind']!='synonym': continue
    qw=[w for w in re.findall(r'[a-zà-ÿ0-9+]+',q['query'].lower()) if w not in STOP]
    rel2=[d for d,g in q['judgements'].items() if g>=2]; rel1=[d for d,g in q['judgements'].items() if g==1]
    def ov(dl):
        hits={}
        for did in dl:
            ws=words(byid[did]['title']+' '+byid[did]['summary']+' '+byid[did]['body'])
            for w in qw:
                if w in ws: hits.setdefault(w,[]).append(did)
        return hits
    def sub(dl):
        hits={}
        for did in dl:
            t=(byid[did]['title']+' '+byid[did]['summary']+' '+byid[did]['body']).lower()
            for w in qw:
                if w[:5] in t: hits.setdefault(w[:5],[]).append(did)
        return hits
    print(f" {q['id']} '{q['query']}': graad>=2 ({len(rel2)} docs) exacte overlap={ov(rel2) or 'geen'}; graad 1 ({len(rel1)}) exacte overlap={ov(rel1) or 'geen'}; prefix-5 overlap graad>=2={sub(rel2) or 'geen'}")
