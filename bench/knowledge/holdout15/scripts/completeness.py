# chore: per query, list own documents matching hand-picked stems (query + synonyms) that have no judgement yet
import json,re
base='/work/holdout15/'
docs=json.load(open(base+'documents.json',encoding='utf-8'))
qs={q['id']:q for q in json.load(open(base+'queries.json',encoding='utf-8'))}
dist={l.split('\t')[0] for l in open(base+'src/distractors.txt',encoding='utf-8') if l.strip()}
stems={}
for l in open(base+'src/completeness_stems.tsv',encoding='utf-8'):
    if l.strip(): a,b=l.rstrip('\n').split('\t'); stems[a]=b
for qid,pat in stems.items():
    r=re.compile(pat,re.I)
    miss=[f"{d['id']}:{len(r.findall(d['title']+' '+d['summary']+' '+d['body']))}" for d in docs
          if d['id'] not in dist and d['id'] not in qs[qid]['judgements'] and r.search(d['title']+' '+d['summary']+' '+d['body'])]
    print(qid,qs[qid]['query'],'| ongejudged:',' '.join(miss))
