"""Klusje: zoekt per query de termen uit src/completeness_terms.tsv in d001-d135 en toont niet-beoordeelde treffers."""
import json, csv, re, unicodedata
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower()); return ''.join(c for c in s if not unicodedata.combining(c))
docs = [d for d in json.load(open('documents.json', encoding='utf-8')) if int(d['id'][1:]) <= 135]
judged = {}
for r in csv.DictReader(open('src/judgements_initial.tsv', encoding='utf-8'), delimiter='\t'):
    judged[r['query_id']] = {p.split(':')[0] for p in r['judgements'].split()}
for r in csv.DictReader(open('src/completeness_terms.tsv', encoding='utf-8'), delimiter='\t'):
    terms = [norm(t) for t in r['terms'].split('|')]
    out = []
    for d in docs:
        if d['id'] in judged[r['query_id']]: continue
        txt = norm(d['title'] + ' ' + d['summary'] + ' ' + d['body'])
        n = sum(txt.count(t) for t in terms)
        if n: out.append((n, d['id']))
    out.sort(reverse=True)
    print(r['query_id'], ' '.join(f"{i}({n})" for n, i in out[:14]), f"[{len(out)} totaal]")
