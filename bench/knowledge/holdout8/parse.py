import re,json,glob,sys
def load():
    docs=[]
    for f in sorted(glob.glob('/work/holdout8/src/b*.txt')):
        txt=open(f,encoding='utf-8').read()
        for block in txt.split('=== ')[1:]:
            head,rest=block.split('\n',1)
            did,kind,phase,tags=[x.strip() for x in head.split('|')]
            m=re.match(r'T: (.*)\nS: ?(.*)\nB:\n(.*)',rest,re.S)
            assert m,(did)
            docs.append(dict(id=did,title=m.group(1).strip(),summary=m.group(2).strip(),body=m.group(3).strip(),kind=kind,phase=phase,tags=tags.split(),distractor=tags.split()[0]=='X'))
    return docs
def lclass(n): return 'kort' if n<150 else ('middel' if n<=350 else 'lang')
if __name__=='__main__':
    docs=load()
    from collections import Counter
    c=Counter(); 
    for d in docs:
        n=len(d['body'].split()); c[lclass(n)]+=1
        if len(sys.argv)>1: print(d['id'],n,lclass(n),d['kind'],d['phase'],'X' if d['distractor'] else '')
    print(len(docs),c,'empty summ',sum(1 for d in docs if not d['summary']),'distr',sum(d['distractor'] for d in docs))
    ids=[d['id'] for d in docs]; assert len(ids)==len(set(ids))
