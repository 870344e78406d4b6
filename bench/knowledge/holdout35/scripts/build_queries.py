"""Merge frozen queries with initial judgements and completeness additions into queries.json."""
import csv, json
frozen = json.load(open('queries_initial_frozen.json', encoding='utf-8'))
grades = {}
for r in csv.DictReader(open('src/judgements_initial.tsv'), delimiter='\t'):
    grades[(r['query'], r['doc'])] = int(r['grade'])
for r in csv.DictReader(open('src/completeness_additions.tsv'), delimiter='\t'):
    key = (r['query'], r['doc'])
    old = grades.get(key, 0)
    assert old == int(r['old_grade']), key
    if int(r['new_grade']) == 0:
        grades.pop(key, None)
    else:
        grades[key] = int(r['new_grade'])
out = []
for q in frozen:
    j = {d: g for (qq, d), g in sorted(grades.items()) if qq == q['id']}
    out.append({"id": q['id'], "query": q['query'], "kind": q['kind'], "judgements": j})
json.dump(out, open('queries.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('queries', len(out), 'judgements', sum(len(q['judgements']) for q in out))
