#!/usr/bin/env python3
"""Zet de handgeschreven documentbestanden src/docs/part*.txt om naar documents.json."""
import json, glob, re
docs = []
for fn in sorted(glob.glob('src/docs/part*.txt')):
    text = open(fn, encoding='utf-8').read()
    for chunk in text.split('=== ')[1:]:
        header, rest = chunk.split('\n', 1)
        did, kind, phase = [x.strip() for x in header.split('|')]
        m = re.match(r'T: (.*?)\nS: (.*?)\nB:\n(.*)', rest, re.S)
        title, summary, body = m.group(1).strip(), m.group(2).strip(), m.group(3).strip()
        docs.append({"id": did, "title": title, "summary": summary, "body": body, "kind": kind, "phase": phase})
docs.sort(key=lambda d: d['id'])
json.dump(docs, open('documents.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(docs))
