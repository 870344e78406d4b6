"""Converteer de handgeschreven bronbestanden src/docs_*.txt naar documents.json."""
import glob, json, re, os
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
docs = []
for fn in sorted(glob.glob(os.path.join(root, 'src', 'docs_*.txt'))):
    text = open(fn, encoding='utf-8').read()
    for block in text.split('@@ ')[1:]:
        lines = block.rstrip('\n').split('\n')
        did, kind, phase = [x.strip() for x in lines[0].split('|')]
        assert lines[1].startswith('# '), (did, lines[1])
        assert lines[2].startswith('> '), (did, lines[2])
        body = '\n'.join(lines[3:]).strip()
        docs.append({'id': did, 'title': lines[1][2:].strip(), 'summary': lines[2][2:].strip(),
                     'body': body, 'kind': kind, 'phase': phase})
docs.sort(key=lambda d: d['id'])
json.dump(docs, open(os.path.join(root, 'documents.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(docs), 'documents')
