import sys,glob,re
did,text=sys.argv[1],sys.argv[2]
for f in glob.glob('/work/holdout12/src/docs*.txt'):
    lines=open(f).read().split('\n')
    idx=[i for i,l in enumerate(lines) if l.startswith('@@ ')]
    for n,i in enumerate(idx):
        if lines[i].split('|')[0][3:].strip()==did:
            end=idx[n+1] if n+1<len(idx) else len(lines)
            j=end
            while j>i and lines[j-1].strip()=='': j-=1
            lines.insert(j,text)
            open(f,'w').write('\n'.join(lines)); print('ok',f); sys.exit()
print('notfound')
