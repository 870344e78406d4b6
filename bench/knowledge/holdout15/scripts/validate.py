import json,re,sys,collections
base='/work/holdout15/'
ok=True
def fail(m):
    global ok; ok=False; print('FOUT:',m)
qs=json.load(open(base+'queries.json',encoding='utf-8'))
fr=json.load(open(base+'queries_initial_frozen.json',encoding='utf-8'))
docs=json.load(open(base+'documents.json',encoding='utf-8'))
KINDS={'abbreviations','compounds','multiword','questions','short','synonyms','typos'}
DK={'aanbesteding','kaart','les','onderzoek','overig','participatieplan','plan_van_aanpak','raadsvoorstel','sjabloon'}
PH={'algemeen','tvw','wup','uitvoering'}
if len(qs)!=70: fail('aantal queries %d'%len(qs))
c=collections.Counter(q['kind'] for q in qs)
if set(c)!=KINDS or any(v!=10 for v in c.values()): fail('verdeling soorten %s'%c)
if [(q['id'],q['query'],q['kind']) for q in qs]!=[(q['id'],q['query'],q['kind']) for q in fr]: fail('queries wijken af van bevroren set')
if len(set(q['id'] for q in qs))!=70: fail('dubbele query-ids')
if len(docs)!=160: fail('aantal documenten %d'%len(docs))
ids=[d['id'] for d in docs]
if ids!=['d%03d'%i for i in range(1,161)]: fail('document-ids niet d001..d160')
for d in docs:
    for f in ['id','title','summary','body','kind','phase']:
        if not isinstance(d.get(f),str) or not d[f].strip(): fail(f'{d.get("id")} veld {f} leeg')
    if d['kind'] not in DK: fail(f'{d["id"]} kind {d["kind"]}')
    if d['phase'] not in PH: fail(f'{d["id"]} phase {d["phase"]}')
    n=len(d['body'].split())
    if not 100<=n<=150: fail(f'{d["id"]} body {n} woorden')
dist=[l.split('\t')[0] for l in open(base+'src/distractors.txt',encoding='utf-8') if l.strip()]
idset=set(ids)
for x in dist:
    if x not in idset: fail('onbekende distractor '+x)
judged=set()
for q in qs:
    for k,v in q['judgements'].items():
        if k not in idset: fail(f'{q["id"]} verwijst naar onbekend {k}')
        if v not in (1,2,3): fail(f'{q["id"]} graad {v}')
        judged.add(k)
    if sum(1 for v in q['judgements'].values() if v>=2)<3: fail(f'{q["id"]} minder dan 3 docs met graad>=2')
for x in dist:
    if x in judged: fail('distractor beoordeeld: '+x)
# synoniemen: relevante documenten vermijden de queriewoorden
av={}
for l in open(base+'src/avoided_words.tsv',encoding='utf-8').read().splitlines()[1:]:
    if l.strip():
        qid,_,pat=l.split('\t'); av[qid]=re.compile(r'\b(?:'+pat+')',re.I)
D={d['id']:d for d in docs}
for q in qs:
    if q['kind']=='synonyms':
        if q['id'] not in av: fail('geen vermeden woorden voor '+q['id']); continue
        for k in q['judgements']:
            t=' '.join(D[k][f] for f in ['title','summary','body'])
            m=av[q['id']].findall(t)
            if m: fail(f'{q["id"]}: {k} bevat vermeden woord {m}')
print('documenten:',len(docs),'distractors:',len(dist),'queries:',len(qs),dict(c))
print('oordelen totaal:',sum(len(q['judgements']) for q in qs),
      'graad3:',sum(1 for q in qs for v in q['judgements'].values() if v==3),
      'graad2:',sum(1 for q in qs for v in q['judgements'].values() if v==2),
      'graad1:',sum(1 for q in qs for v in q['judgements'].values() if v==1))
print('niet-distractors zonder enig oordeel:',sorted(idset-judged-set(dist)))
print('OK' if ok else 'MISLUKT'); sys.exit(0 if ok else 1)
