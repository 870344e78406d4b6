"""Parse hand-written document sources (src/docs/*.txt) into documents.json.
Format per document:
### dNNN | kind | phase
#targets: ... (own planning note, ignored)
T: title
S: summary
B: body (continues until next ###)
"""
import glob, json, re, sys, statistics

def parse():
    docs = []
    for fn in sorted(glob.glob('src/docs/b*.txt')):
        text = open(fn, encoding='utf-8').read()
        for chunk in text.split('\n### ')[0:]:
            chunk = chunk.strip()
            if chunk.startswith('### '):
                chunk = chunk[4:]
            if not chunk:
                continue
            lines = chunk.split('\n')
            head = [x.strip() for x in lines[0].split('|')]
            did, kind, phase = head
            title = summary = None
            body_lines = []
            in_body = False
            for ln in lines[1:]:
                if in_body:
                    body_lines.append(ln)
                elif ln.startswith('#targets:'):
                    continue
                elif ln.startswith('T: '):
                    title = ln[3:].strip()
                elif ln.startswith('S: '):
                    summary = ln[3:].strip()
                elif ln.startswith('B: '):
                    in_body = True
                    body_lines.append(ln[3:])
            body = '\n'.join(body_lines).strip()
            docs.append({"id": did, "title": title, "summary": summary, "body": body, "kind": kind, "phase": phase})
    docs.sort(key=lambda d: d['id'])
    return docs

def wc(d):
    return len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split())

if __name__ == '__main__':
    docs = parse()
    lens = [wc(d) for d in docs]
    for d, l in zip(docs, lens):
        if '-v' in sys.argv:
            print(d['id'], l, d['kind'], d['phase'], d['title'][:60])
    print('n', len(docs), 'median', statistics.median(lens) if lens else 0, '>300', sum(l > 300 for l in lens),
          'min', min(lens), 'max', max(lens))
    if '--write' in sys.argv:
        json.dump(docs, open('documents.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        print('written')
