#!/usr/bin/env python3
"""Klus: zoekt per vraag de termen uit src/completeness_terms.tsv in de eigen niet-afleidende
documenten (d001-d135) en toont de treffers die nog geen oordeel hebben."""
import csv, json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = {d['id']: d for d in json.load(open(os.path.join(ROOT, 'documents.json'), encoding='utf-8'))}
jud = {}
for line in open(os.path.join(ROOT, 'src', 'judgements_initial.txt'), encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    q, *ps = line.split()
    jud[q] = {p.split(':')[0] for p in ps}
only = set(sys.argv[1:])
for r in csv.DictReader(open(os.path.join(ROOT, 'src', 'completeness_terms.tsv'), encoding='utf-8'), delimiter='\t'):
    if only and r['id'] not in only: continue
    rx = re.compile(r['terms'], re.I)
    hits = []
    for did, d in sorted(docs.items()):
        if did >= 'd136' or did in jud[r['id']]: continue
        text = d['title'] + ' ' + d['summary'] + ' ' + d['body']
        m = rx.findall(text)
        if m: hits.append(f"{did}({len(m)})")
    print(r['id'], r['query'], '->', ' '.join(hits))
