#!/usr/bin/env python3
"""Chore: zet een handgeschreven querybestand (id|kind|query|doc:grade ...) om naar JSON.
Gebruik: build_queries.py INVOER.txt UITVOER.json"""
import json, sys
out = []
for ln in open(sys.argv[1], encoding='utf-8'):
    ln = ln.strip()
    if not ln or ln.startswith('#'): continue
    qid, kind, query, judg = ln.split('|')
    j = {}
    for tok in judg.split():
        d, g = tok.split(':')
        assert d not in j, (qid, d)
        j[d] = int(g)
    out.append({'id': qid, 'query': query, 'kind': kind, 'judgements': dict(sorted(j.items()))})
json.dump(out, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(out), 'queries')
