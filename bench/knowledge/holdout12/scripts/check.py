import re,glob,sys
av={}
for l in open('/work/holdout12/src/avoided.tsv'):
    i,w=l.rstrip('\n').split('\t'); av[i]=w.split(',')
def parse():
    docs=[]
    for f in sorted(glob.glob('/work/holdout12/src/docs*.txt')):
        cur=None
        for line in open(f):
            line=line.rstrip('\n')
            if line.startswith('@@ '):
                h=[x.strip() for x in line[3:].split('|')]
                cur={'id':h[0],'kind':h[1],'phase':h[2],'title':'','summary':'','body':[]}
                docs.append(cur)
            elif cur is None: continue
            elif line.startswith('T: ') and not cur['title']: cur['title']=line[3:].strip()
            elif line.startswith('S: ') and not cur['summary']: cur['summary']=line[3:].strip()
            else: cur['body'].append(line)
    for d in docs: d['body']='\n'.join(d['body']).strip()
    return docs
def hits(text,pats):
    toks=re.findall(r"[\w\-\+]+",text.lower())
    out=[]
    for p in pats:
        for t in toks:
            for sub in [t]+t.split('-'):
                if (p.endswith('*') and sub.startswith(p[:-1])) or sub==p or (p.endswith('*') and t.startswith(p[:-1])):
                    out.append((p,t))
    return out
if __name__=='__main__':
    docs=parse()
    for d in docs:
        txt=d['title']+' '+d['summary']+' '+d['body']
        n=len(d['body'].split())
        for q,p in av.items():
            h=hits(txt,p)
            if h: print('AVOID',d['id'],q,set(h))
        if not(150<=n<=600): print('LEN',d['id'],n)
    print(len(docs),'docs', sum(len(d['body'].split()) for d in docs),'words')
