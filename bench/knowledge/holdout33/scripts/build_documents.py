"""Bouwt documents.json uit de handgeschreven bronbestanden src/docs_*.txt (alleen een klusje: parsen)."""
import json, glob, re, statistics
docs = []
for fn in sorted(glob.glob('src/docs_0*.txt')):
    text = open(fn, encoding='utf-8').read()
    for block in text.split('@@ ')[1:]:
        did, rest = block.split('\n', 1)
        head, body = rest.split('body:\n', 1)
        meta = {}
        for line in head.strip().split('\n'):
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
        docs.append({"id": did.strip(), "title": meta['title'], "summary": meta['summary'],
                     "body": body.strip(), "kind": meta['kind'], "phase": meta['phase']})
add = {}
for block in open('src/docs_aanvullingen.txt', encoding='utf-8').read().split('@@ ')[1:]:
    did, rest = block.split('\n', 1)
    add[did.strip()] = (add[did.strip()] + '\n\n' if did.strip() in add else '') + rest.strip()
byid = {d['id']: d for d in docs}
for did, extra in add.items():
    byid[did]['body'] += '\n\n' + extra
docs.sort(key=lambda d: d['id'])
ids = [d['id'] for d in docs]
assert ids == [f"d{i:03d}" for i in range(1, 161)], [i for i in ids]
json.dump(docs, open('documents.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
def wc(d): return len(re.findall(r"\w+", d['title'] + ' ' + d['summary'] + ' ' + d['body']))
L = [wc(d) for d in docs]
print('n', len(docs), 'min', min(L), 'max', max(L), 'median', statistics.median(L), '>300', sum(l > 300 for l in L))
for d, l in zip(docs, L):
    if l < 60 or l > 700: print('OUT OF RANGE', d['id'], l)
