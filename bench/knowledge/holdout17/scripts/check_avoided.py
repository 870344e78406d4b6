"""Controleer dat de relevante documenten bij synoniemvragen de vermeden woorden niet gebruiken."""
import json,re,sys
docs={d['id']:d for d in json.load(open('/work/holdout17/documents.json',encoding='utf-8'))}
judg={}
for l in open('/work/holdout17/src/judgements.tsv',encoding='utf-8'):
    q,rest=l.rstrip('\n').split('\t'); judg[q]={p.split(':')[0]:int(p.split(':')[1]) for p in rest.split()}
import unicodedata
def norm(s): return ''.join(c for c in unicodedata.normalize('NFD',s.lower()) if unicodedata.category(c)!='Mn')
bad=0
for l in list(open('/work/holdout17/src/avoided_words.tsv',encoding='utf-8'))[1:]:
    q,query,av,_=l.rstrip('\n').split('\t')
    words=[norm(w.strip()) for w in av.split(',')]
    for did in judg[q]:
        d=docs[did]; text=norm(d['title']+' '+d['summary']+' '+d['body'])
        toks=set(re.findall(r"[a-z0-9\-']+",text))
        hits=[w for w in words if w in toks]
        if hits: bad+=1; print(q,did,judg[q][did],hits)
print('violations',bad)
