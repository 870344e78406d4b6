"""Zoekt de termen uit src/completeness_terms.tsv (substring, kleine letters, zonder diakritische tekens)
in d001-d135 en schrijft per query alle treffers die nog niet in ronde 1 zijn beoordeeld naar
src/completeness_hits.txt (met korte contextfragmenten)."""
import json, os, unicodedata, csv
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s.lower()) if not unicodedata.combining(c))
docs = [d for d in json.load(open(os.path.join(root, 'documents.json'), encoding='utf-8')) if int(d['id'][1:]) <= 135]
judged = set()
for path in ['src/judgements_round1.tsv', 'src/completeness_additions.tsv']:
    p = os.path.join(root, path)
    if os.path.exists(p):
        for r in csv.DictReader(open(p, encoding='utf-8'), delimiter='\t'):
            judged.add((r['query'], r['doc']))
queries = {q['id']: q for q in json.load(open(os.path.join(root, 'queries_initial_frozen.json'), encoding='utf-8'))}
out = []
total = 0
for r in csv.DictReader(open(os.path.join(root, 'src/completeness_terms.tsv'), encoding='utf-8'), delimiter='\t'):
    q = r['query']; terms = [norm(t.strip()) for t in r['terms'].split(',') if t.strip()]
    out.append(f"== {q} [{queries[q]['kind']}] {queries[q]['query']}  | termen: {', '.join(terms)}")
    for d in docs:
        if (q, d['id']) in judged:
            continue
        text = norm(d['title'] + ' ' + d['summary'] + ' ' + d['body'])
        hits = [t for t in terms if t in text]
        if hits:
            total += 1
            i = text.find(hits[0])
            ctx = text[max(0, i-60): i+80].replace('\n', ' ')
            out.append(f"  {d['id']} hits={','.join(hits)} | {d['title'][:70]} | ...{ctx}...")
open(os.path.join(root, 'src/completeness_hits.txt'), 'w', encoding='utf-8').write('\n'.join(out) + f"\n# totaal niet-beoordeelde treffers: {total}\n")
print('niet-beoordeelde treffers:', total)
