import glob,os,sys
for p in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','src','docs','d*.txt'))):
    t=open(p,encoding='utf-8').read()
    head,body=t.split('\n\n',1)
    m=dict(l.split(':',1) for l in head.splitlines())
    n=len((m['title']+' '+m['summary']+' '+body).split())
    if len(sys.argv)<2 or os.path.basename(p)[:-4]>=sys.argv[1]: print(os.path.basename(p)[:-4],n)
