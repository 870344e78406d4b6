# chore: list own documents matching a regex (case-insensitive), with hit counts; for completeness checks
import json,re,sys
docs=json.load(open('/work/holdout15/documents.json',encoding='utf-8'))
for pat in sys.argv[1:]:
    r=re.compile(pat,re.I); out=[]
    for d in docs:
        t=d['title']+' '+d['summary']+' '+d['body']
        n=len(r.findall(t))
        if n: out.append(f"{d['id']}:{n}")
    print(pat,'->',' '.join(out))
