#!/usr/bin/env python3
"""Bouwt documents.json uit de handgeschreven bronbestanden in src/docs/*.txt."""
import glob, json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = []
for path in sorted(glob.glob(os.path.join(ROOT, 'src', 'docs', '*.txt'))):
    text = open(path, encoding='utf-8').read()
    for chunk in text.split('@@ ')[1:]:
        lines = chunk.split('\n')
        d = {'id': lines[0].strip()}
        i = 1
        while not lines[i].startswith('body:'):
            k, v = lines[i].split(':', 1)
            d[k.strip()] = v.strip()
            i += 1
        d['body'] = '\n'.join(lines[i+1:]).strip()
        docs.append({'id': d['id'], 'title': d['title'], 'summary': d['summary'],
                     'body': d['body'], 'kind': d['kind'], 'phase': d['phase']})
docs.sort(key=lambda d: d['id'])
out = os.path.join(ROOT, 'documents.json')
if os.path.exists(out) and not os.access(out, os.W_OK):
    sys.exit('documents.json is bevroren (read-only); niet overschreven')
open(out, 'w', encoding='utf-8').write(json.dumps(docs, ensure_ascii=False, indent=1) + '\n')
print(len(docs), 'documenten geschreven')
