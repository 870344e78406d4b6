#!/usr/bin/env python3
"""Completeness-ronde: zoek per query met stammen/synoniemen (src/completeness_terms.tsv)
in d001-d135 en toon documenten die nog niet beoordeeld zijn, met het aantal treffers en een fragment.
Gebruik: python3 scripts/completeness_grep.py [minimum_treffers]"""
import json, csv, re, sys, unicodedata
def norm(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s.lower()) if not unicodedata.combining(c))
minhits = int(sys.argv[1]) if len(sys.argv) > 1 else 1
docs = [d for d in json.load(open('documents.json', encoding='utf-8')) if int(d['id'][1:]) <= 135]
judged = {(r['query'], r['doc']) for r in csv.DictReader(open('src/judgements_initial.tsv'), delimiter='\t')}
terms = {r['query']: [t.strip() for t in r['terms'].split(',') if t.strip()] for r in csv.DictReader(open('src/completeness_terms.tsv'), delimiter='\t')}
for q, ts in terms.items():
    out = []
    for d in docs:
        if (q, d['id']) in judged: continue
        text = norm(d['title'] + ' ' + d['summary'] + ' ' + d['body'])
        hits = {t: len(re.findall(r'\b' + re.escape(norm(t)), text)) for t in ts}
        n = sum(hits.values()); k = sum(1 for v in hits.values() if v)
        if n >= minhits:
            out.append((k, n, d['id'], d['title'], {t: v for t, v in hits.items() if v}))
    out.sort(reverse=True)
    print('==', q, len(out))
    for k, n, did, title, h in out:
        print('  ', did, k, n, title[:70], h)
