"""Zoekt per query de termen uit src/completeness_terms.tsv in d001-d135 en toont treffers die nog niet beoordeeld zijn."""
import json,re,unicodedata,csv
def norm(s):
    s=unicodedata.normalize('NFKD',s.lower()); return ''.join(c for c in s if not unicodedata.combining(c))
docs={d['id']:norm(d['title']+' '+d['summary']+' '+d['body']) for d in json.load(open('documents.json')) if d['id']<='d135'}
judged={}
for r in csv.DictReader(open('src/judgements_initial.tsv'),delimiter='\t'):
    judged.setdefault(r['query_id'],{})[r['doc_id']]=r['grade']
for line in open('src/completeness_terms.tsv'):
    if line.startswith('query_id'):continue
    q,terms=line.rstrip('\n').split('\t')
    hits={}
    for t in terms.split():
        pat=re.compile(r'\b'+t.replace('.',r'\s+'))
        for did,txt in docs.items():
            c=len(pat.findall(txt))
            if c: hits.setdefault(did,[]).append(f'{t}:{c}')
    new={d:h for d,h in hits.items() if d not in judged.get(q,{})}
    print(q,len(hits),'treffers,',len(new),'nieuw')
    for d in sorted(new,key=lambda d:-sum(int(x.split(':')[1]) for x in new[d])):
        print('   ',d,' '.join(new[d]))
