"""Merge hand-written part files (parts/p*.txt) into documents.json. No ranking, no search."""
import json, glob, os, re, sys
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = []
for fn in sorted(glob.glob(os.path.join(base, 'parts', 'p*.txt')), key=lambda f: int(re.findall(r'p(\d+)', os.path.basename(f))[0])):
    cur = None
    for line in open(fn, encoding='utf-8').read().split('\n'):
        if line.startswith('+++ '):
            if cur: docs.append(cur)
            tid = line[4:].strip()
            cur = next(d for d in docs if d['id'] == tid)
            docs.remove(cur)
            cur['_app'] = True
        elif line.startswith('=== '):
            if cur: docs.append(cur)
            i, k, p = [x.strip() for x in line[4:].split('|')]
            cur = {'id': i, 'title': '', 'summary': '', 'body': [], 'kind': k, 'phase': p}
        elif cur is not None and line.startswith('T: ') and not cur['title']:
            cur['title'] = line[3:].strip()
        elif cur is not None and line.startswith('S: ') and not cur['summary']:
            cur['summary'] = line[3:].strip()
        elif cur is not None:
            cur['body'].append(line)
    if cur: docs.append(cur)
docs.sort(key=lambda d: int(d['id'][1:]))
for d in docs:
    d['body'] = '\n'.join(d['body']).strip()
out = [{k: d[k] for k in ('id', 'title', 'summary', 'body', 'kind', 'phase')} for d in docs]
json.dump(out, open(os.path.join(base, 'documents.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
if '-v' in sys.argv:
    for d in out:
        n = len(d['body'].split())
        c = 'S' if n < 135 else ('M' if n < 330 else 'L')
        print(d['id'], n, c, d['kind'], d['phase'], d['title'][:60])
from collections import Counter
print(len(out), Counter('S' if len(d['body'].split()) < 135 else ('M' if len(d['body'].split()) < 330 else 'L') for d in out))
