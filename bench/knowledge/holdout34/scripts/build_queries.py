"""Voegt de bevroren queries samen met de handmatige oordelen
(src/judgements_initial.tsv + src/completeness_additions.tsv) tot queries.json."""
import json,csv
Q=json.load(open('queries_initial_frozen.json',encoding='utf-8'))
J={q['id']:{} for q in Q}
for r in csv.DictReader(open('src/judgements_initial.tsv'),delimiter='\t'):
    J[r['query_id']][r['doc_id']]=int(r['grade'])
for r in csv.DictReader(open('src/completeness_additions.tsv'),delimiter='\t'):
    old=J[r['query_id']].get(r['doc_id'],0)
    assert old==int(r['old_grade']),(r,old)
    J[r['query_id']][r['doc_id']]=int(r['new_grade'])
out=[]
for q in Q:
    j={d:g for d,g in sorted(J[q['id']].items()) if g>0}
    out.append({"id":q['id'],"query":q['query'],"kind":q['kind'],"judgements":j})
json.dump(out,open('queries.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
n=sum(len(q['judgements']) for q in out)
from collections import Counter
print(len(out),"queries;",n,"oordelen;",Counter(g for q in out for g in q['judgements'].values()))
