"""Chore: converteert de handgeschreven bronbestanden src/docs_*.txt (+ src/additions*.txt) naar documents.json."""
import re, json, glob, os
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
docs = []
for f in sorted(glob.glob('src/docs_*.txt')):
    for blk in open(f, encoding='utf-8').read().split('@@ ')[1:]:
        head, rest = blk.split('\n', 1)
        did, kind, phase = [x.strip() for x in head.split('|')]
        t = re.search(r'^T: (.*)$', rest, re.M).group(1).strip()
        s = re.search(r'^S: (.*)$', rest, re.M).group(1).strip()
        b = rest.split('\nB:\n', 1)[1].strip()
        docs.append(dict(id=did, title=t, summary=s, body=b, kind=kind, phase=phase))
for f in ['src/additions.txt', 'src/additions2.txt']:
    add = {}
    for blk in open(f, encoding='utf-8').read().split('@@ ')[1:]:
        h, r = blk.split('\n', 1); add[h.strip()] = r.strip()
    for d in docs:
        if d['id'] in add:
            d['body'] = d['body'] + '\n\n' + add[d['id']]
json.dump(docs, open('documents.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(docs), 'documenten geschreven')
