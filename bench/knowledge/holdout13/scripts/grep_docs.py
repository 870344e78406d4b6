# chore: list docs whose title/summary/body contain any of the given stems (case-insensitive)
import json,sys
docs=json.load(open('/work/holdout13/documents.json',encoding='utf-8'))
stems=[s.lower() for s in sys.argv[1:]]
for d in docs:
    t=(d['title']+' '+d['summary']+' '+d['body']).lower()
    c={s:t.count(s) for s in stems if s in t}
    if c: print(d['id'],d['kind'],'|',d['title'][:80],'|',c)
