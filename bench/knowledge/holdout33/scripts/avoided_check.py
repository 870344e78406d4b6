"""Klusje: toont per synonym-query welke van de geplande/gegradeerde documenten vermeden woorden bevatten."""
import json, csv, re, unicodedata, sys
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))
def tokens(s): return re.findall(r"[a-z0-9]+", norm(s))
def load_avoided():
    av = {}
    for r in csv.DictReader(open('src/avoided_words.tsv', encoding='utf-8'), delimiter='\t'):
        av.setdefault(r['query_id'], []).extend(r['forms_checked'].split('|'))
    return av
def hits(doc, forms):
    toks = tokens(doc['title'] + ' ' + doc['summary'] + ' ' + doc['body'])
    text = ' ' + ' '.join(toks) + ' '
    return sorted({f for f in forms if ' ' + ' '.join(tokens(f)) + ' ' in text})
if __name__ == '__main__':
    docs = {d['id']: d for d in json.load(open('documents.json', encoding='utf-8'))}
    av = load_avoided()
    plan = {a.split(':')[0]: a.split(':')[1].split(',') for a in sys.argv[1:]}
    for q, ids in plan.items():
        for i in ids:
            print(q, i, hits(docs[i], av[q]))
