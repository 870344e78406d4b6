import json,sys
sys.path.insert(0,'/work/holdout12/scripts')
from check import parse
docs=parse()
ids=[d['id'] for d in docs]
assert len(ids)==len(set(ids))==160, (len(ids),len(set(ids)))
assert sorted(ids)==['d%03d'%i for i in range(1,161)]
docs.sort(key=lambda d:d['id'])
out=[{k:d[k] for k in ['id','title','summary','body','kind','phase']} for d in docs]
json.dump(out,open('/work/holdout12/documents.json','w'),ensure_ascii=False,indent=1)
print('written',len(out))
