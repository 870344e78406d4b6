# chore: list docs containing a stem that are not yet judged for a query (for manual review)
import json,sys,re
d={x['id']:x for x in json.load(open('/work/holdout11/documents.json'))}
J={}
for l in open('/work/holdout11/src/judgements.txt'):
    q,rest=l.split(' ',1); rest=rest.strip()
    J[q]=rest
stems=dict(a.split('=') for a in sys.argv[1:])
for q,st in stems.items():
    r=J[q]
    while r.startswith('='): r=J[r[1:]]
    judged=set(t.split(':')[0] for t in r.split())
    hits=[i for i,x in d.items() if int(i[1:])<=135 and i not in judged and any(s in (x['title']+' '+x['summary']+' '+x['body']).lower() for s in st.split(','))]
    print(q,st,'->',' '.join(f"{i}({d[i]['title'][:40]})" for i in hits))
