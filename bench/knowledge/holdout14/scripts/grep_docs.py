import json, re, sys
d=json.load(open('/work/holdout14/documents.json',encoding='utf-8'))
dis=set(open('/work/holdout14/src/distractors.txt').read().split())
for pat in sys.argv[1:]:
    r=re.compile(pat, re.I)
    hits=[x['id']+('*' if x['id'] in dis else '') for x in d if r.search(x['title']+' '+x['summary']+' '+x['body'])]
    print(f'[{pat}] ({len(hits)}):', ' '.join(hits))
