#!/usr/bin/env python3
"""Zet de handgeschreven bronbestanden src/docs_*.txt om naar documents.json.
Formaat per document:
@@ dNNN
title: ...
kind: ...
phase: ...
summary: ...
---
<body>
"""
import glob, json, re, os, statistics
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
docs = []
for fn in sorted(glob.glob(os.path.join(ROOT, 'src', 'docs_*.txt'))):
    text = open(fn, encoding='utf-8').read()
    for chunk in re.split(r'^@@ ', text, flags=re.M)[1:]:
        head, body = chunk.split('\n---\n', 1)
        lines = head.strip().split('\n')
        d = {'id': lines[0].strip()}
        for ln in lines[1:]:
            k, v = ln.split(':', 1)
            d[k.strip()] = v.strip()
        d['body'] = body.strip()
        docs.append({k: d[k] for k in ['id', 'title', 'summary', 'body', 'kind', 'phase']})
docs.sort(key=lambda x: x['id'])
json.dump(docs, open(os.path.join(ROOT, 'documents.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
wc = [len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split()) for d in docs]
print('documenten:', len(docs))
print('woorden (titel+samenvatting+tekst): min', min(wc), 'max', max(wc), 'mediaan', statistics.median(wc), '>300:', sum(w > 300 for w in wc))
wb = [len(d['body'].split()) for d in docs]
print('woorden (alleen tekst): min', min(wb), 'max', max(wb), 'mediaan', statistics.median(wb), '>300:', sum(w > 300 for w in wb))
