#!/usr/bin/env python3
"""Validatie van de holdout18-testcollectie."""
import json, hashlib, collections, sys
base='/work/holdout18/'
docs=json.load(open(base+'documents.json',encoding='utf-8'))
qs=json.load(open(base+'queries.json',encoding='utf-8'))
raw=open(base+'queries_initial_frozen.json','rb').read()
frozen=json.loads(raw)
sha=hashlib.sha256(raw).hexdigest()
recorded=open(base+'src/frozen_sha256.txt').read().split()[0]
errors=[]
print('sha256 queries_initial_frozen.json:',sha, '(komt overeen met src/frozen_sha256.txt)' if sha==recorded else '(AFWIJKING!)')
if sha!=recorded: errors.append('sha256 wijkt af')
# documents
ids=[d['id'] for d in docs]
print('documenten:',len(docs),'| uniek:',len(set(ids)))
if len(docs)!=160 or len(set(ids))!=160: errors.append('aantal documenten')
distractors={f'd{i:03d}' for i in range(136,161)}
print('distractoren:',len(distractors),f'({min(distractors)}–{max(distractors)})')
for f in ['title','summary','body','kind','phase']:
    if any(not d.get(f) for d in docs): errors.append('leeg veld '+f)
print('documenten per soort:',dict(sorted(collections.Counter(d['kind'] for d in docs).items())))
print('documenten per fase:',dict(sorted(collections.Counter(d['phase'] for d in docs).items())))
wc=[len(d['body'].split()) for d in docs]
print('woorden in body: min %d, max %d, gemiddeld %.0f | <60: %d, 100-200: %d, >=300: %d'%(min(wc),max(wc),sum(wc)/len(wc),
      sum(w<60 for w in wc),sum(100<=w<=200 for w in wc),sum(w>=300 for w in wc)))
# queries
print('queries:',len(qs))
if [(q['id'],q['query'],q['kind']) for q in qs]!=[(q['id'],q['query'],q['kind']) for q in frozen]:
    errors.append('queries.json wijkt af van bevroren queries')
else: print('queries.json komt overeen met queries_initial_frozen.json (id, query, kind)')
print('queries per soort:',dict(sorted(collections.Counter(q['kind'] for q in qs).items())))
grades=collections.Counter(); per_q=[]
idset=set(ids)
for q in qs:
    j=q['judgements']
    for d,g in j.items():
        if d not in idset: errors.append(f"{q['id']}: onbekend document {d}")
        if d in distractors: errors.append(f"{q['id']}: distractor {d} beoordeeld")
        if g not in (1,2,3): errors.append(f"{q['id']}: ongeldig cijfer {g}")
        grades[g]+=1
    n2=sum(1 for g in j.values() if g>=2)
    per_q.append((n2,q['id']))
    if n2<3: errors.append(f"{q['id']}: slechts {n2} documenten met cijfer >= 2")
print('oordelen totaal:',sum(grades.values()),'| per cijfer:',{g:grades[g] for g in (3,2,1)})
print('minimum aantal documenten met cijfer >= 2 per query: %d (%s)'%min(per_q))
print('gemiddeld aantal oordelen per query: %.1f'%(sum(grades.values())/len(qs)))
judged=set(d for q in qs for d in q['judgements'])
print('niet-distractoren zonder enig oordeel:',sorted(idset-distractors-judged) or 'geen')
if errors:
    print('FOUTEN:'); [print(' -',e) for e in errors]; sys.exit(1)
print('VALIDATIE GESLAAGD')
