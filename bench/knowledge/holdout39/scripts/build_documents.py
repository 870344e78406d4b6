#!/usr/bin/env python3
"""Bouwt documents.json uit de handgeschreven bronbestanden src/docs/dNNN.txt.
Formaat bronbestand: regels 'title:', 'summary:', 'kind:', 'phase:', dan een lege regel, dan de body."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, 'src', 'docs')
docs = []
for fn in sorted(os.listdir(SRC)):
    if not re.fullmatch(r'd\d{3}\.txt', fn):
        continue
    with open(os.path.join(SRC, fn), encoding='utf-8') as f:
        text = f.read()
    head, body = text.split('\n\n', 1)
    meta = {}
    for line in head.split('\n'):
        k, v = line.split(':', 1)
        meta[k.strip()] = v.strip()
    docs.append({'id': fn[:-4], 'title': meta['title'], 'summary': meta['summary'],
                 'body': body.strip(), 'kind': meta['kind'], 'phase': meta['phase']})
with open(os.path.join(ROOT, 'documents.json'), 'w', encoding='utf-8') as f:
    json.dump(docs, f, ensure_ascii=False, indent=1)
print(len(docs), 'documenten geschreven naar documents.json')
