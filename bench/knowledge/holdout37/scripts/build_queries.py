"""Bouwt queries.json uit de bevroren queries, src/judgements_initial.tsv en src/completeness_additions.tsv."""
import json,csv
qs=json.load(open('queries_initial_frozen.json',encoding='utf-8'))
J={q['id']:{} for q in qs}
for r in csv.DictReader(open('src/judgements_initial.tsv',encoding='utf-8'),delimiter='\t'):
    assert r['doc_id'] not in J[r['query_id']],r
    J[r['query_id']][r['doc_id']]=int(r['grade'])
for r in csv.DictReader(open('src/completeness_additions.tsv',encoding='utf-8'),delimiter='\t'):
    if r['change']=='toegevoegd': assert r['doc_id'] not in J[r['query_id']],r
    J[r['query_id']][r['doc_id']]=int(r['grade'])
out=[]
for q in qs:
    j=J[q['id']]
    out.append({"id":q['id'],"query":q['query'],"kind":q['kind'],"judgements":{d:j[d] for d in sorted(j)}})
json.dump(out,open('queries.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
for q in out:
    n=sum(g>=2 for g in q['judgements'].values())
    if n<3: print('minder dan 3 met graad 2/3:',q['id'],q['kind'],n)
