"""Chore: convert hand-written src/docs/*.txt into documents.json."""
import glob, json, re
docs = []
for fn in sorted(glob.glob('/work/holdout20/src/docs/*.txt')):
    text = open(fn, encoding='utf-8').read()
    for block in text.split('@@ ')[1:]:
        lines = block.split('\n')
        did = lines[0].strip()
        d = {"id": did}
        i = 1
        while not lines[i].startswith('body:'):
            k, v = lines[i].split(':', 1)
            d[k.strip()] = v.strip()
            i += 1
        d["body"] = '\n'.join(lines[i+1:]).strip()
        docs.append({k: d[k] for k in ["id", "title", "summary", "body", "kind", "phase"]})
add = {}
for b in open('/work/holdout20/src/addenda.txt', encoding='utf-8').read().split('@@ ')[1:]:
    k, t = b.split('\n', 1); add[k.strip()] = t.strip()
for d in docs:
    if d["id"] in add:
        d["body"] += "\n" + add[d["id"]]
docs.sort(key=lambda x: x["id"])
json.dump(docs, open('/work/holdout20/documents.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
wc = [(d["id"], len(d["body"].split())) for d in docs]
print(len(docs), "docs")
print("long 300-500:", [x for x in wc if 300 <= x[1] <= 500])
print("100-200:", sum(1 for x in wc if 100 <= x[1] <= 200), "under100:", [x for x in wc if x[1] < 100])
print("other:", [x for x in wc if (200 < x[1] < 300) or x[1] > 500])
