# chore: list non-distractor documents containing completeness terms but not yet judged
import json,re,unicodedata,csv
def norm(s):
    s=unicodedata.normalize('NFKD',s.lower()); return ''.join(c for c in s if not unicodedata.combining(c))
docs=[d for d in json.load(open('/work/holdout23/documents.json')) if int(d['id'][1:])<=135]
J={}
for line in open('/work/holdout23/src/judgements.tsv'):
    q,rest=line.rstrip('\n').split('\t'); J[q]={p.split(':')[0]:int(p.split(':')[1]) for p in rest.split()}
for r in csv.DictReader(open('/work/holdout23/src/completeness_terms.tsv'),delimiter='\t'):
    terms=[norm(t) for t in r['terms'].split(',')]
    hits=[]
    for d in docs:
        if d['id'] in J[r['id']]: continue
        txt=norm(d['title']+' '+d['summary']+' '+d['body'])
        n=sum(txt.count(t) for t in terms)
        if n: hits.append((n,d['id'],d['title'][:60]))
    hits.sort(reverse=True)
    print(r['id'],'|',' ; '.join(f"{i}({n}) {t}" for n,i,t in hits[:12]))
