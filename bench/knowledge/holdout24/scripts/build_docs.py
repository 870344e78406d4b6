"""Chore: convert hand-written src/docs/*.txt into documents.json."""
import json, re, glob
docs = []
for fn in sorted(glob.glob('src/docs/*.txt')):
    txt = open(fn, encoding='utf-8').read()
    for block in txt.split('@@ ')[1:]:
        lines = block.strip('\n').split('\n')
        did, kind, phase = [x.strip() for x in lines[0].split('|')]
        assert lines[1].startswith('# '), did
        assert lines[2].startswith('> '), did
        body = '\n'.join(lines[3:]).strip()
        docs.append({"id": did, "title": lines[1][2:].strip(), "summary": lines[2][2:].strip(),
                     "body": body, "kind": kind, "phase": phase})
json.dump(docs, open('documents.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(docs), 'documents written')
