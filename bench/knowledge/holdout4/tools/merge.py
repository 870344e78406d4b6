"""Voegt de handgeschreven deelbestanden (parts/*.txt) samen tot documents.json.
Formaat per document:
@@ h001 | kind | phase
# titel
> samenvatting (mag leeg zijn: alleen '>')
bodytekst (meerdere alinea's toegestaan)
"""
import json, glob, os, re, sys
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = []
for fn in sorted(glob.glob(os.path.join(base, 'parts', 'part*.txt'))):
    cur = None
    for line in open(fn, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('@@ '):
            if cur: docs.append(cur)
            did, kind, phase = [x.strip() for x in line[3:].split('|')]
            cur = {'id': did, 'title': '', 'summary': '', 'body': [], 'kind': kind, 'phase': phase}
        elif cur is None:
            continue
        elif line.startswith('# ') and not cur['title']:
            cur['title'] = line[2:].strip()
        elif line.startswith('>') and not cur['summary'] and not cur['body']:
            cur['summary'] = line[1:].strip()
        else:
            cur['body'].append(line)
    if cur: docs.append(cur)
out = []
for d in docs:
    body = '\n'.join(d['body']).strip()
    body = re.sub(r'\n{3,}', '\n\n', body)
    out.append({'id': d['id'], 'title': d['title'], 'summary': d['summary'], 'body': body,
                'kind': d['kind'], 'phase': d['phase']})
json.dump(out, open(os.path.join(base, 'documents.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(out), 'documents')
