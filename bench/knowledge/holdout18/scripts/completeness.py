# chore: list unjudged non-distractor documents hit by the hand-written stems/synonyms per query
import json, re, sys
docs=[d for d in json.load(open('documents.json',encoding='utf-8')) if int(d['id'][1:])<=135]
J={}
for l in open('src/judgements.tsv',encoding='utf-8'):
    q,rest=l.rstrip('\n').split('\t'); J[q]={p.split(':')[0] for p in rest.split()}
only=sys.argv[1:] 
for l in open('src/completeness_terms.tsv',encoding='utf-8'):
    q,terms=l.rstrip('\n').split('\t')
    if only and q not in only: continue
    pats=[t.strip() for t in terms.split('|')]
    hits=[]
    for d in docs:
        if d['id'] in J[q]: continue
        t=(d['title']+' '+d['summary']+' '+d['body']).lower()
        n=sum(len(re.findall(r'\b'+re.escape(p) if len(p)<=4 else re.escape(p),t)) for p in pats)
        if n: hits.append((n,d['id']))
    hits.sort(reverse=True)
    print(q,' '.join(f"{i}({n})" for n,i in hits))
