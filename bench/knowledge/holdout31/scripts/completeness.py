"""Klusje: zoekt per vraag in de eigen niet-afleidende documenten (d001-d135) naar de termen uit
src/completeness_terms.tsv en toont de nog niet beoordeelde treffers met het aantal treffers."""
import csv, json, os, re, sys
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = {d['id']: d for d in json.load(open(os.path.join(base, 'documents.json'), encoding='utf-8')) if d['id'] <= 'd135'}
judged = {}
for line in open(os.path.join(base, 'src', 'judgements_initial.txt'), encoding='utf-8'):
    p = line.split()
    judged[p[0]] = {x.split(':')[0] for x in p[1:]}
minhits = int(sys.argv[1]) if len(sys.argv) > 1 else 1
with open(os.path.join(base, 'src', 'completeness_terms.tsv'), encoding='utf-8') as f:
    for r in csv.DictReader(f, delimiter='\t'):
        terms = [t.strip().lower() for t in r['terms'].split(',')]
        out = []
        for i, d in docs.items():
            if i in judged[r['id']]:
                continue
            txt = (d['title'] + ' ' + d['summary'] + ' ' + d['body']).lower()
            hits = {t: len(re.findall(r'\b' + re.escape(t), txt)) for t in terms}
            hits = {t: n for t, n in hits.items() if n}
            tot = sum(hits.values())
            if tot >= minhits:
                out.append((tot, i, d['title'][:55], hits))
        out.sort(reverse=True)
        print('==', r['id'], r['query'], '| ongegradeerde treffers:', len(out))
        for tot, i, t, h in out[:14]:
            print('   ', i, tot, t, '|', ' '.join('%s:%d' % kv for kv in h.items()))
