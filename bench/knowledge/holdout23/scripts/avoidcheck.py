import json,re,unicodedata,csv,sys
def norm(s):
    s=unicodedata.normalize('NFKD',s.lower()); return ''.join(c for c in s if not unicodedata.combining(c))
docs={d['id']:d for d in json.load(open('/work/holdout23/documents.json'))}
J={}
for line in open('/work/holdout23/src/judgements.tsv'):
    q,rest=line.rstrip('\n').split('\t'); J[q]={p.split(':')[0]:int(p.split(':')[1]) for p in rest.split()}
for r in csv.DictReader(open('/work/holdout23/src/avoided_words.tsv'),delimiter='\t'):
    ws=[norm(w) for w in r['avoided_words'].split(',')]
    for d,g in J[r['id']].items():
        toks=set(re.findall(r'\w+',norm(' '.join([docs[d]['title'],docs[d]['summary'],docs[d]['body']]))))
        bad=[w for w in ws if w in toks]
        sub=[w for w in ws if w not in bad and w in norm(docs[d]['title']+' '+docs[d]['summary']+' '+docs[d]['body'])]
        if bad or (sub and g>=2): print(r['id'],d,g,'TOKEN:',bad,'substr:',sub)
