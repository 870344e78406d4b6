#!/usr/bin/env python3
"""Merge parts/*.txt (hand-written documents) into documents.json."""
import json, re, glob, os, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = []
for fn in sorted(glob.glob(os.path.join(BASE, 'parts', 'part*.txt'))):
    text = open(fn, encoding='utf-8').read()
    for chunk in text.split('@@ ')[1:]:
        head, rest = chunk.split('\n', 1)
        did, kind, phase = [x.strip() for x in head.split('|')]
        m = re.match(r'T: (.*)\nS: ?(.*)\nB:\n(.*)', rest, re.S)
        if not m:
            sys.exit('parse error in %s at %s' % (fn, did))
        title, summary, body = m.group(1).strip(), m.group(2).strip(), m.group(3).strip()
        docs.append({"id": did, "title": title, "summary": summary, "body": body,
                     "kind": kind, "phase": phase})
json.dump(docs, open(os.path.join(BASE, 'documents.json'), 'w', encoding='utf-8'),
          ensure_ascii=False, indent=1)
print(len(docs), 'documents written')
