"""Voegt de handgeschreven delen in parts/*.txt samen tot documents.json."""
import glob, json, re, sys
docs = []
for fn in sorted(glob.glob('parts/[a-y].txt')):
    txt = open(fn, encoding='utf-8').read()
    for block in re.split(r'^### ', txt, flags=re.M)[1:]:
        head, rest = block.split('\n', 1)
        did, kind, phase = [x.strip() for x in head.split('|')]
        m = re.match(r'T: (.*)\nS:(.*)\nB:\n(.*)', rest, flags=re.S)
        if not m:
            sys.exit('parse error in ' + did)
        docs.append({'id': did, 'title': m.group(1).strip(), 'summary': m.group(2).strip(),
                     'body': m.group(3).strip(), 'kind': kind, 'phase': phase})
byid = {d['id']: d for d in docs}
# handgeschreven aanvullingen op de body
ext = open('parts/z_aanvullingen.txt', encoding='utf-8').read()
for blk in re.split(r'^\+\+\+ ', ext, flags=re.M)[1:]:
    did, txt = blk.split('\n', 1)
    byid[did.strip()]['body'] += '\n\n' + txt.strip()
# handgeschreven samenvattingen voor documenten die er aanvankelijk geen hadden
for line in open('parts/z_samenvattingen.txt', encoding='utf-8'):
    if line.strip():
        did, txt = line.split(':', 1)
        assert not byid[did.strip()]['summary'], did
        byid[did.strip()]['summary'] = txt.strip()
docs.sort(key=lambda d: d['id'])
json.dump(docs, open('documents.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
if '-v' in sys.argv:
    for d in docs:
        n = len(d['body'].split())
        c = 'S' if n <= 120 else ('M' if n <= 300 else 'L')
        print(d['id'], d['kind'], d['phase'], n, c, 'leeg' if not d['summary'] else '', d['title'][:60])
print(len(docs), 'documenten')
