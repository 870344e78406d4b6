#!/usr/bin/env python3
"""Chore: zet de handgeschreven bronbestanden src/batch*.txt om naar documents.json.
Genereert geen tekst; leest alleen blokken van de vorm
=== dNNN
title: ...
kind: ...
phase: ...
summary: ...
---
body (alinea's gescheiden door een lege regel)
"""
import json, glob, re, os, sys
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = []
for fn in sorted(glob.glob(os.path.join(base, 'src', 'batch*.txt'))):
    text = open(fn, encoding='utf-8').read()
    for block in re.split(r'^=== ', text, flags=re.M)[1:]:
        head, _, body = block.partition('\n---\n')
        lines = head.split('\n')
        d = {'id': lines[0].strip()}
        for ln in lines[1:]:
            if ':' in ln:
                k, _, v = ln.partition(':')
                d[k.strip()] = v.strip()
        paras = [re.sub(r'\s*\n\s*', '\n', p.strip()) for p in re.split(r'\n\s*\n', body.strip())]
        d['body'] = '\n\n'.join(p for p in paras if p)
        docs.append({'id': d['id'], 'title': d.get('title',''), 'summary': d.get('summary',''),
                     'body': d['body'], 'kind': d.get('kind',''), 'phase': d.get('phase','')})
docs.sort(key=lambda x: x['id'])
json.dump(docs, open(os.path.join(base, 'documents.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(docs), 'documenten geschreven')
