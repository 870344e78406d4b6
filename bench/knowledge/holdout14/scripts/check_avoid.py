import json, re, sys
d={x['id']:x for x in json.load(open('/work/holdout14/documents.json',encoding='utf-8'))}
av={}
for l in open('/work/holdout14/src/avoided_words.tsv',encoding='utf-8'):
    q,w=l.rstrip('\n').split('\t'); av[q]=[x.strip().lower() for x in w.split(',')]
def toks(x): return set(re.findall(r"[a-zà-ÿ+']+", (x['title']+' '+x['summary']+' '+x['body']).lower()))
q=sys.argv[1]
for did in sys.argv[2:]:
    bad=sorted(set(av[q])&toks(d[did]))
    print(did, 'OK' if not bad else 'BAD '+','.join(bad))
