import re,glob,sys
avoid=[l.rstrip('\n').split('\t') for l in open('/work/holdout13/src/avoided_words.tsv',encoding='utf-8') if l.strip()]
docs={}
for f in sorted(glob.glob('/work/holdout13/src/docs_*.txt')):
    cur=None
    for line in open(f,encoding='utf-8'):
        if line.startswith('@@ '):
            h=line[3:].split('|'); cur=h[0].strip(); docs[cur]={'kind':h[1].strip(),'phase':h[2].strip(),'title':'','summary':'','body':[]}
        elif line.startswith('T: ') and not docs[cur]['title']: docs[cur]['title']=line[3:].strip()
        elif line.startswith('S: ') and not docs[cur]['summary']: docs[cur]['summary']=line[3:].strip()
        else: docs[cur]['body'].append(line.rstrip('\n'))
for d,v in docs.items():
    body='\n'.join(v['body']).strip()
    n=len(body.split())
    full=(v['title']+' '+v['summary']+' '+body).lower()
    hits=[w for q,ws in avoid for w in ws.split('|') if w in full]
    flag='' if 150<=n<=600 else ' <<WORDS'
    if hits or flag or len(sys.argv)>1: print(d,v['kind'],v['phase'],n,hits,flag)
print(len(docs),'docs')
