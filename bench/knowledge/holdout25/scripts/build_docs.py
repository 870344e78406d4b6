import re, json
src = open('src/documents_src.txt', encoding='utf-8').read()
docs = []
for block in re.split(r'^@@ ', src, flags=re.M)[1:]:
    head, rest = block.split('\n', 1)
    did, kind, phase = [x.strip() for x in head.split('|')]
    t = re.search(r'^T: (.*)$', rest, re.M).group(1).strip()
    s = re.search(r'^S: (.*)$', rest, re.M).group(1).strip()
    b = rest.split('\nB: ', 1)[1].strip()
    docs.append({"id": did, "title": t, "summary": s, "body": b, "kind": kind, "phase": phase})
json.dump(docs, open('documents.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(docs))
