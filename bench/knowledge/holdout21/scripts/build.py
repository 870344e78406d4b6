"""Chore script: converts the hand-written sources in src/ to documents.json and queries.json."""
import re, glob, json, csv, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = lambda *p: os.path.join(HERE, *p)
docs = []
for f in sorted(glob.glob(S('src', 'docs_*.txt'))):
    for blk in open(f, encoding='utf-8').read().split('@@ ')[1:]:
        head, rest = blk.split('\n', 1)
        did, kind, phase = [x.strip() for x in head.split('|')]
        t = re.search(r'^T: (.*)$', rest, re.M).group(1).strip()
        s = re.search(r'^S: (.*)$', rest, re.M).group(1).strip()
        b = rest.split('\nB:\n', 1)[1].strip()
        docs.append(dict(id=did, title=t, summary=s, body=b, kind=kind, phase=phase))
json.dump(docs, open(S('documents.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
frozen = json.load(open(S('queries_initial_frozen.json'), encoding='utf-8'))
judg = {}
for line in open(S('src', 'judgements.tsv'), encoding='utf-8'):
    if not line.strip():
        continue
    qid, rest = line.rstrip('\n').split('\t')
    d = {}
    for tok in rest.split():
        k, v = tok.split(':')
        assert k not in d, (qid, k)
        d[k] = int(v)
    judg[qid] = d
out = []
for q in frozen:
    out.append(dict(id=q['id'], query=q['query'], kind=q['kind'], judgements=judg[q['id']]))
json.dump(out, open(S('queries.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(docs), 'documents;', len(out), 'queries')
