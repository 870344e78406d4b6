#!/usr/bin/env python3
"""Bouwt documents.json uit de handgeschreven bronbestanden src/docs/dNNN.txt.

Formaat bronbestand:
  title: ...
  summary: ...
  kind: ...
  phase: ...
  ---
  <body>
"""
import json, os, sys

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(BASE, 'src', 'docs')
OUT = os.path.join(BASE, 'documents.json')
KINDS = {'aanbesteding', 'kaart', 'les', 'onderzoek', 'overig', 'participatieplan',
         'plan_van_aanpak', 'raadsvoorstel', 'sjabloon'}
PHASES = {'algemeen', 'tvw', 'uitvoering', 'wup'}

def parse(path):
    text = open(path, encoding='utf-8').read()
    head, body = text.split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(':', 1)
        meta[k.strip()] = v.strip()
    return meta, body.strip()

docs = []
for i in range(1, 161):
    did = 'd%03d' % i
    meta, body = parse(os.path.join(SRC, did + '.txt'))
    assert meta['kind'] in KINDS, (did, meta['kind'])
    assert meta['phase'] in PHASES, (did, meta['phase'])
    docs.append({'id': did, 'title': meta['title'], 'summary': meta['summary'],
                 'body': body, 'kind': meta['kind'], 'phase': meta['phase']})

if '--check' in sys.argv:
    lens = sorted(len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split()) for d in docs)
    n = len(lens)
    print('min', lens[0], 'median', (lens[n//2-1] + lens[n//2]) / 2, 'over300', sum(l > 300 for l in lens))
    for d in docs:
        l = len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split())
        if 280 <= l <= 300: print('near300', d['id'], l)
    sys.exit(0)

with open(OUT, 'w', encoding='utf-8') as f:
    json.dump(docs, f, ensure_ascii=False, indent=1)
print('geschreven:', OUT, len(docs), 'documenten')
