#!/usr/bin/env python3
"""Bouwt documents.json uit de handgeschreven bronbestanden src/docs/docs_*.txt.

Formaat per document:
@@ dNNN
title: ...
summary: ...
kind: ...
phase: ...
body:
<tekst tot het volgende @@>
"""
import glob, json, os, re, sys, statistics

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def parse(path):
    text = open(path, encoding='utf-8').read()
    docs = []
    for chunk in re.split(r'^@@ ', text, flags=re.M):
        chunk = chunk.strip('\n')
        if not chunk.strip():
            continue
        lines = chunk.split('\n')
        doc = {'id': lines[0].strip()}
        i = 1
        while i < len(lines):
            line = lines[i]
            if line.startswith('body:'):
                doc['body'] = '\n'.join(lines[i+1:]).strip()
                break
            key, _, val = line.partition(':')
            doc[key.strip()] = val.strip()
            i += 1
        docs.append(doc)
    return docs

def main():
    docs = []
    for p in sorted(glob.glob(os.path.join(ROOT, 'src', 'docs', 'docs_*.txt'))):
        docs.extend(parse(p))
    docs.sort(key=lambda d: d['id'])
    out = [{k: d[k] for k in ('id', 'title', 'summary', 'body', 'kind', 'phase')} for d in docs]
    with open(os.path.join(ROOT, 'documents.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    n = [len(d['body'].split()) for d in out]
    print(f'{len(out)} documenten; woorden body: min {min(n)}, mediaan {statistics.median(n)}, max {max(n)}, >300: {sum(x>300 for x in n)}')
    if '-v' in sys.argv:
        for d, w in zip(out, n):
            print(d['id'], w, d['kind'], d['phase'], d['title'][:60])

if __name__ == '__main__':
    main()
