import json,re
d=json.load(open('/work/holdout11/documents.json'))
av={}
for l in open('/work/holdout11/src/avoided.txt'):
    q,w=l.strip().split('|'); av[q]=w.split(',')
bad=0
for q,ws in av.items():
    for x in d:
        text=(x['title']+' '+x['summary']+' '+x['body']).lower()
        toks=set(re.findall(r"[a-zà-ÿ0-9+']+",text))
        for w in ws:
            if w in toks: print('TOKEN',q,w,x['id']); bad+=1
            elif w in text and len(w)>=6: print('substr',q,w,x['id'])
print('token violations:',bad)
