#!/usr/bin/env python3
"""Hulp: toon per synoniemvraag welke (niet-afleidings)documenten een vermeden woord bevatten."""
import json, csv, re, unicodedata, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))
def tokens(s):
    return set(re.findall(r'[a-z0-9]+', norm(s)))
docs = json.load(open(os.path.join(ROOT, 'documents.json'), encoding='utf-8'))
rows = list(csv.DictReader(open(os.path.join(ROOT, 'src', 'avoided_words.tsv'), encoding='utf-8'), delimiter='\t'))
for r in rows:
    words = [norm(w.strip()) for w in r['avoided_words'].split(',')]
    hits = {}
    for d in docs:
        if int(d['id'][1:]) > 135: continue
        t = tokens(' '.join([d['title'], d['summary'], d['body']]))
        f = [w for w in words if w in t]
        if f: hits[d['id']] = f
    print(r['id'], r['query'], '->', hits)
