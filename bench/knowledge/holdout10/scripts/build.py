#!/usr/bin/env python3
"""Zet de handgeschreven bronbestanden src/batch*.txt om naar documents.json (alleen conversie)."""
import json, glob, re, os, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = []
for fn in sorted(glob.glob(os.path.join(BASE, 'src', 'batch*.txt'))):
    txt = open(fn, encoding='utf-8').read()
    for block in re.split(r'^@@ ', txt, flags=re.M)[1:]:
        lines = block.split('\n')
        did = lines[0].strip()
        meta = {}
        i = 1
        while i < len(lines) and not lines[i].startswith('body:'):
            if ':' in lines[i]:
                k, v = lines[i].split(':', 1)
                meta[k.strip()] = v.strip()
            i += 1
        body = '\n'.join(lines[i+1:]).strip()
        body = re.sub(r'\n{3,}', '\n\n', body)
        docs.append({'id': did, 'title': meta.get('title', ''), 'summary': meta.get('summary', ''),
                     'body': body, 'kind': meta.get('kind', ''), 'phase': meta.get('phase', '')})
docs.sort(key=lambda d: d['id'])
json.dump(docs, open(os.path.join(BASE, 'documents.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
def cls(n):
    return 'kort' if n <= 200 else ('middel' if n <= 400 else 'lang')
if '-v' in sys.argv:
    for d in docs:
        n = len(d['body'].split())
        print(d['id'], n, cls(n), d['kind'], d['phase'], 'leeg' if not d['summary'] else '', d['title'][:60])
print(len(docs), 'documenten')
