#!/usr/bin/env python3
"""Zet de handgeschreven bronbestanden src/docs/docs_*.txt om naar documents.json."""
import glob, json, re, statistics, sys, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYMAP = {'titel': 'title', 'soort': 'kind', 'fase': 'phase', 'samenvatting': 'summary'}
docs = []
for path in sorted(glob.glob(os.path.join(ROOT, 'src', 'docs', 'docs_*.txt'))):
    text = open(path, encoding='utf-8').read()
    for block in text.split('@@ ')[1:]:
        lines = block.split('\n')
        d = {'id': lines[0].strip()}
        i = 1
        while i < len(lines) and not lines[i].startswith('tekst:'):
            if ':' in lines[i]:
                k, v = lines[i].split(':', 1)
                d[KEYMAP[k.strip()]] = v.strip()
            i += 1
        body = '\n'.join(lines[i+1:]).strip()
        body = re.sub(r'\n{3,}', '\n\n', body)
        d['body'] = body
        docs.append({k: d[k] for k in ['id', 'title', 'summary', 'body', 'kind', 'phase']})
docs.sort(key=lambda d: d['id'])
json.dump(docs, open(os.path.join(ROOT, 'documents.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
wc = [len(d['body'].split()) for d in docs]
print('documenten:', len(docs))
print('woorden body: min', min(wc), 'max', max(wc), 'mediaan', statistics.median(wc), '>300:', sum(w > 300 for w in wc))
if '-v' in sys.argv:
    for d, w in zip(docs, wc):
        print(d['id'], w, d['kind'], d['phase'], d['title'][:60])
