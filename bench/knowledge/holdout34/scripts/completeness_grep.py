"""Hulpmiddel voor de volledigheidsronde: zoekt per query de termen uit
src/completeness_terms.tsv in d001-d135 en toont de nog niet beoordeelde treffers
(gesorteerd op aantal verschillende termen en aantal treffers). Beoordelen gebeurt met de hand."""
import json,csv,unicodedata,sys
def norm(s):
    s=unicodedata.normalize('NFKD',s.lower()); return ''.join(c for c in s if not unicodedata.combining(c))
D=[d for d in json.load(open('documents.json')) if d['id']<='d135']
T={d['id']:norm(d['title']+' '+d['summary']+' '+d['body']) for d in D}
J={}
for r in csv.DictReader(open('src/judgements_initial.tsv'),delimiter='\t'): J.setdefault(r['query_id'],{})[r['doc_id']]=r['grade']
terms={r['query_id']:[t for t in r[list(r)[1]].split(',') if t] for r in csv.DictReader(open('src/completeness_terms.tsv'),delimiter='\t')}
top=int(sys.argv[1]) if len(sys.argv)>1 else 6
for q,ts in terms.items():
    hits=[]
    for did,t in T.items():
        if did in J.get(q,{}): continue
        c=[(x,t.count(norm(x))) for x in ts if norm(x) in t]
        if c: hits.append((len(c),sum(n for _,n in c),did,[x for x,_ in c]))
    hits.sort(reverse=True)
    print(q,len(hits),'unjudged hits; top:',[(h[2],h[0],h[1]) for h in hits[:top]])
