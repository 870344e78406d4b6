import sys,json; sys.path.insert(0,'/work/holdout8')
import parse
ext={}
for block in open('/work/holdout8/src/ext.txt',encoding='utf-8').read().split('=== ')[1:]:
    did,txt=block.split('\n',1); ext.setdefault(did.strip(),[]).append(txt.strip())
docs=parse.load()
summ={l.split('|')[0]:l.split('|',1)[1].strip() for l in open('/work/holdout8/src/summ.txt',encoding='utf-8') if '|' in l}
out=[];meta={}
for d in docs:
    body=d['body']
    for t in ext.get(d['id'],[]): body=body+'\n\n'+t
    out.append({"id":d['id'],"title":d['title'],"summary":d['summary'] or summ.get(d['id'],''),"body":body,"kind":d['kind'],"phase":d['phase']})
    meta[d['id']]={"distractor":d['distractor'],"tags":d['tags'][1:] if d['distractor'] else d['tags'],"words":len(body.split()),"lengte":parse.lclass(len(body.split()))}
json.dump(out,open('/work/holdout8/documents.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
json.dump(meta,open('/work/holdout8/doc_meta.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
from collections import Counter
print(len(out),Counter(m['lengte'] for m in meta.values()),'distr',sum(m['distractor'] for m in meta.values()),'empty',sum(1 for d in out if not d['summary']))
print(Counter(d['kind'] for d in out)); print(Counter(d['phase'] for d in out))
