#!/usr/bin/env python3
"""Completeness-ronde: toon per vraag de niet-beoordeelde niet-afleidingsdocumenten die een zoekterm bevatten."""
import csv, json, re, unicodedata, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower()); return ''.join(c for c in s if not unicodedata.combining(c))
docs = {d['id']: d for d in json.load(open(os.path.join(ROOT,'documents.json'), encoding='utf-8'))}
judg = {}
for line in open(os.path.join(ROOT,'src','judgements_initial.txt'), encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    q, rest = line.split(':',1)
    judg[q.strip()] = {x.split(':')[0]: int(x.split(':')[1]) for x in rest.split()}
add = os.path.join(ROOT,'src','completeness_additions.tsv')
if os.path.exists(add):
    for r in csv.DictReader(open(add, encoding='utf-8'), delimiter='\t'):
        judg.setdefault(r['id'],{})[r['doc_id']] = r['grade']
only = sys.argv[1:]
for r in csv.DictReader(open(os.path.join(ROOT,'src','completeness_terms.tsv'), encoding='utf-8'), delimiter='\t'):
    if only and r['id'] not in only: continue
    terms = [norm(t.strip()) for t in r['terms'].split(',') if t.strip()]
    out = []
    for did, d in docs.items():
        if int(did[1:]) > 135 or did in judg.get(r['id'], {}): continue
        txt = norm(' '.join([d['title'], d['summary'], d['body']]))
        hit = {}
        for t in terms:
            n = len(re.findall(r'(?<![a-z0-9])' + re.escape(t), txt))
            if n: hit[t] = n
        if hit: out.append((sum(hit.values()), did, d['title'][:70], hit))
    out.sort(reverse=True)
    print('==', r['id'], r['query'], '| ungraded hits:', len(out))
    for n, did, t, hit in out:
        print('  ', did, n, t, hit)
