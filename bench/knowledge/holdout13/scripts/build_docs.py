import json,glob
docs=[]
for f in sorted(glob.glob('/work/holdout13/src/docs_*.txt')):
    cur=None
    for line in open(f,encoding='utf-8'):
        line=line.rstrip('\n')
        if line.startswith('@@ '):
            h=[x.strip() for x in line[3:].split('|')]
            cur={'id':h[0],'title':'','summary':'','body':[], 'kind':h[1],'phase':h[2]}; docs.append(cur)
        elif line.startswith('T: ') and not cur['title']: cur['title']=line[3:].strip()
        elif line.startswith('S: ') and not cur['summary']: cur['summary']=line[3:].strip()
        else: cur['body'].append(line)
out=[]
for d in docs:
    out.append({'id':d['id'],'title':d['title'],'summary':d['summary'],'body':'\n'.join(d['body']).strip(),'kind':d['kind'],'phase':d['phase']})
json.dump(out,open('/work/holdout13/documents.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(out))
