# chore: convert hand-written src/docs/batch*.txt into documents.json
import glob, json, re, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = []
for fn in sorted(glob.glob(os.path.join(base, 'src/docs/batch*.txt'))):
    text = open(fn, encoding='utf-8').read()
    for chunk in text.split('@@ ')[1:]:
        head, body = chunk.split('\nB:\n', 1)
        lines = head.split('\n')
        d = {'id': lines[0].strip()}
        for l in lines[1:]:
            k, v = l.split(': ', 1)
            d[{'T': 'title', 'S': 'summary', 'K': 'kind', 'P': 'phase'}[k]] = v.strip()
        d['body'] = body.strip()
        docs.append({k: d[k] for k in ['id', 'title', 'summary', 'body', 'kind', 'phase']})
add = {}
for chunk in open(os.path.join(base, 'src/docs/additions.txt'), encoding='utf-8').read().split('@@ ')[1:]:
    i, t = chunk.split('\n', 1)
    add[i.strip()] = t.strip()
for d in docs:
    if d['id'] in add:
        d['body'] += '\n\n' + add[d['id']]
docs.sort(key=lambda d: d['id'])
json.dump(docs, open(os.path.join(base, 'documents.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(docs))
