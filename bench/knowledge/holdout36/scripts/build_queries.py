#!/usr/bin/env python3
"""Bouwt queries.json uit de bevroren queries, de eerste beoordelingsronde en de completeness-aanvullingen."""
import json, csv
frozen = json.load(open('queries_initial_frozen.json', encoding='utf-8'))
J = {}
for r in csv.DictReader(open('src/judgements_initial.tsv'), delimiter='\t'):
    J.setdefault(r['query'], {})[r['doc']] = int(r['grade'])
for r in csv.DictReader(open('src/completeness_additions.tsv'), delimiter='\t'):
    g = int(r['new_grade'])
    if g == 0:
        J.get(r['query'], {}).pop(r['doc'], None)
    else:
        J.setdefault(r['query'], {})[r['doc']] = g
out = [{"id": q["id"], "query": q["query"], "kind": q["kind"],
        "judgements": dict(sorted(J.get(q["id"], {}).items()))} for q in frozen]
json.dump(out, open('queries.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(out), sum(len(q['judgements']) for q in out))
