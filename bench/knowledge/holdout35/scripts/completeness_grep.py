"""Completeness round helper: grep d001-d135 for the terms of each query
(src/completeness_terms.tsv) and list hits that are not yet judged in
src/judgements_initial.tsv. Matching is case-insensitive on substrings (stems)."""
import csv, json, sys, unicodedata

def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))

docs = {d['id']: d for d in json.load(open('documents.json', encoding='utf-8'))}
judged = {(r['query'], r['doc']) for r in csv.DictReader(open('src/judgements_initial.tsv'), delimiter='\t')}
terms = {r['query']: [norm(t.strip()) for t in r['terms'].split(',') if t.strip()]
         for r in csv.DictReader(open('src/completeness_terms.tsv'), delimiter='\t')}
mincount = int(sys.argv[1]) if len(sys.argv) > 1 else 1
for q, ts in terms.items():
    hits = []
    for did in sorted(docs):
        if int(did[1:]) > 135 or (q, did) in judged:
            continue
        d = docs[did]
        text = norm(d['title'] + ' ' + d['summary'] + ' ' + d['body'])
        found = [t for t in ts if t in text]
        n = sum(text.count(t) for t in ts)
        if found and n >= mincount:
            hits.append((did, n, found))
    hits.sort(key=lambda h: -h[1])
    print(q, len(hits), ' '.join(f"{h[0]}({h[1]}:{'/'.join(h[2][:3])})" for h in hits))
