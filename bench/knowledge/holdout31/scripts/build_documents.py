"""Zet de handgeschreven bronbestanden src/docs/batch*.txt om naar documents.json."""
import glob, json, os, re, statistics
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = []
for fn in sorted(glob.glob(os.path.join(base, 'src', 'docs', 'batch*.txt'))):
    text = open(fn, encoding='utf-8').read()
    for chunk in re.split(r'^@@ ', text, flags=re.M)[1:]:
        lines = chunk.split('\n')
        did = lines[0].strip()
        meta = {}
        i = 1
        while not lines[i].startswith('body:'):
            k, v = lines[i].split(':', 1)
            meta[k.strip()] = v.strip()
            i += 1
        body = '\n'.join(lines[i + 1:]).strip()
        docs.append({'id': did, 'title': meta['title'], 'summary': meta['summary'],
                     'body': body, 'kind': meta['kind'], 'phase': meta['phase']})
docs.sort(key=lambda d: d['id'])
with open(os.path.join(base, 'documents.json'), 'w', encoding='utf-8') as f:
    json.dump(docs, f, ensure_ascii=False, indent=1)
wc = [len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split()) for d in docs]
bw = [len(d['body'].split()) for d in docs]
print('documenten:', len(docs))
print('woorden (titel+samenvatting+tekst): min %d max %d mediaan %.0f, >300: %d' % (min(wc), max(wc), statistics.median(wc), sum(w > 300 for w in wc)))
print('woorden (alleen tekst): min %d max %d mediaan %.0f, >300: %d' % (min(bw), max(bw), statistics.median(bw), sum(w > 300 for w in bw)))
