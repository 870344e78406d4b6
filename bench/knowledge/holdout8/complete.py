import json,re,sys,shlex
docs={d['id']:d for d in json.load(open('/work/holdout8/documents.json'))}
meta=json.load(open('/work/holdout8/doc_meta.json'))
qs={q['id']:q for q in json.load(open(sys.argv[1]))}
only=sys.argv[2].split(',') if len(sys.argv)>2 else None
for l in open('/work/holdout8/src/stems.txt',encoding='utf-8'):
    qid,st=l.strip().split('|'); 
    if only and qid not in only: continue
    stems=shlex.split(st); q=qs[qid]
    print(f"##### {qid} [{q['query']}] judged={len(q['judgements'])}")
    for did,d in docs.items():
        if did in q['judgements'] : continue
        text=(d['title']+' . '+d['summary']+' . '+d['body']).replace('\n',' ')
        low=text.lower(); hits=[]
        for s in stems:
            pat=(r'\b'+re.escape(s.lower())+r'\b') if len(s)<=4 else re.escape(s.lower())
            for m in re.finditer(pat,low): hits.append(m.start())
        if not hits: continue
        p=sorted(hits)[0]
        ctx=text[max(0,p-40):p+50]
        print(f"  {did}{'X' if meta[did]['distractor'] else ''} n={len(hits)} {d['title'][:45]} :: …{ctx}…")
