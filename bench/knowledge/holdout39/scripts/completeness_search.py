#!/usr/bin/env python3
"""Completeheidsronde: zoekt per query de termen uit src/completeness_terms.tsv (substring, kleine letters,
zonder diakritische tekens) in d001-d135 en toont elke treffer die in ronde 1 nog niet beoordeeld is."""
import json, os, unicodedata, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))
docs = [d for d in json.load(open(os.path.join(ROOT, 'documents.json'), encoding='utf-8')) if d['id'] <= 'd135']
text = {d['id']: norm(d['title'] + ' ' + d['summary'] + ' ' + d['body']) for d in docs}
judged = set()
for line in open(os.path.join(ROOT, 'src', 'judgements_round1.tsv'), encoding='utf-8').read().strip().split('\n')[1:]:
    q, d, g = line.split('\t'); judged.add((q, d))
total = 0
for line in open(os.path.join(ROOT, 'src', 'completeness_terms.tsv'), encoding='utf-8').read().strip().split('\n')[1:]:
    q, terms = line.split('\t')
    terms = [norm(t.strip()) for t in terms.split(',') if t.strip()]
    hits = collections.defaultdict(list)
    for did, t in text.items():
        for term in terms:
            if term in t:
                hits[did].append(term)
    new = sorted(d for d in hits if (q, d) not in judged)
    total += len(new)
    print(q, 'niet beoordeelde treffers:', len(new))
    for d in new:
        print('   ', d, ','.join(hits[d]))
print('totaal', total)
