"""Zet de handgeschreven bronbestanden src/docs_*.txt om naar documents.json."""
import json, re, glob, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = []
for fn in sorted(glob.glob(os.path.join(ROOT, 'src', 'docs_*.txt'))):
    text = open(fn, encoding='utf-8').read()
    for block in re.split(r'^@@ ', text, flags=re.M)[1:]:
        head, rest = block.split('\n', 1)
        did, kind, phase = [x.strip() for x in head.split('|')]
        m = re.match(r'T: (.*)\nS: (.*)\nB:\n(.*)', rest, flags=re.S)
        assert m, did
        docs.append({"id": did, "title": m.group(1).strip(), "summary": m.group(2).strip(),
                     "body": m.group(3).strip(), "kind": kind, "phase": phase})
docs.sort(key=lambda d: d['id'])
json.dump(docs, open(os.path.join(ROOT, 'documents.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(docs), 'documents')
