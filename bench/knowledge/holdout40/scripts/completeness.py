#!/usr/bin/env python3
"""Completeheidsronde: zoekt per query de termen uit src/completeness_terms.tsv
(substring, kleine letters, zonder diacrieten) in d001-d135 en toont treffers die
in ronde 1 nog niet beoordeeld zijn."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textnorm import norm
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = {d['id']: d for d in json.load(open(os.path.join(ROOT, 'documents.json'), encoding='utf-8'))}
judged = {}
for line in open(os.path.join(ROOT, 'src', 'judgements_round1.tsv'), encoding='utf-8').read().splitlines()[1:]:
    q, j = line.split('\t')
    judged[q] = {x.split(':')[0] for x in j.split()}
total = 0
for line in open(os.path.join(ROOT, 'src', 'completeness_terms.tsv'), encoding='utf-8').read().splitlines()[1:]:
    q, terms = line.split('\t')
    terms = [norm(t) for t in terms.split(',') if t.strip()]
    hits = []
    for i in sorted(docs):
        if i > 'd135':
            continue
        if i in judged.get(q, set()):
            continue
        text = norm(docs[i]['title'] + ' ' + docs[i]['summary'] + ' ' + docs[i]['body'])
        found = [t for t in terms if t in text]
        if found:
            hits.append(f"{i}[{'/'.join(found)}]")
    total += len(hits)
    print(q, len(hits), ' '.join(hits))
print('totaal niet-beoordeelde treffers:', total)
