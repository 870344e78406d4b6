# chore: list unjudged non-distractor documents that contain a hand-written completeness term
import json, csv, os, unicodedata, re
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))
docs = {d['id']: d for d in json.load(open(os.path.join(base, 'documents.json')))}
J = {}
for line in open(os.path.join(base, 'src/judgements.tsv')):
    q, rest = line.rstrip('\n').split('\t')
    J[q] = rest
def parse(q):
    r = J[q]
    if r.startswith('='): return parse(r[1:])
    return dict((x.split(':')[0], int(x.split(':')[1])) for x in r.split())
terms = {r['id']: r['terms'].split('|') for r in csv.DictReader(open(os.path.join(base, 'src/completeness_terms.tsv')), delimiter='\t')}
for q in sorted(terms):
    j = parse(q)
    hits = []
    for did, d in docs.items():
        if int(did[1:]) > 135 or did in j: continue
        t = ' ' + norm(d['title'] + ' ' + d['summary'] + ' ' + d['body']) + ' '
        n = sum(t.count(norm(x)) for x in terms[q])
        if n: hits.append((n, did))
    hits.sort(reverse=True)
    print(q, ' '.join(f'{d}({n})' for n, d in hits[:15]), '...' if len(hits) > 15 else '')
