"""Klusje: voegt bevroren queries, eerste beoordelingsronde en volledigheidsaanvullingen samen tot queries.json."""
import json, csv
frozen = json.load(open('queries_initial_frozen.json', encoding='utf-8'))
J = {q['id']: {} for q in frozen}
for r in csv.DictReader(open('src/judgements_initial.tsv', encoding='utf-8'), delimiter='\t'):
    for p in r['judgements'].split():
        d, g = p.split(':'); assert d not in J[r['query_id']]; J[r['query_id']][d] = int(g)
for r in csv.DictReader(open('src/completeness_additions.tsv', encoding='utf-8'), delimiter='\t'):
    q, d, old, new = r['query_id'], r['doc_id'], int(r['old_grade']), int(r['new_grade'])
    assert J[q].get(d, 0) == old, (q, d, J[q].get(d, 0), old)
    if new == 0: J[q].pop(d, None)
    else: J[q][d] = new
out = [{"id": q['id'], "query": q['query'], "kind": q['kind'],
        "judgements": dict(sorted(J[q['id']].items()))} for q in frozen]
json.dump(out, open('queries.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('queries', len(out), 'judgements', sum(len(q['judgements']) for q in out))
