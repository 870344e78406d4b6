import json, os, collections
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = json.load(open(os.path.join(base, 'documents.json'), encoding='utf-8'))
def cat(n):
    return 'kort' if n < 150 else ('middel' if n < 350 else 'lang')
c = collections.Counter(); out = []
for d in docs:
    n = len(d['body'].split()); c[cat(n)] += 1
    out.append((d['id'], n, cat(n)))
import sys
if '-v' in sys.argv:
    for o in out: print(*o)
print(dict(c), 'empty summaries:', sum(1 for d in docs if not d['summary']))
print(collections.Counter(d['kind'] for d in docs)); print(collections.Counter(d['phase'] for d in docs))
