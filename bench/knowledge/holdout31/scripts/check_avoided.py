"""Klusje: toont per synoniemvraag welke documenten een vermeden woord bevatten (heel woord,
kleine letters, zonder diakrieten)."""
import csv, json, os, re, sys, unicodedata
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))
docs = {d['id']: d for d in json.load(open(os.path.join(base, 'documents.json'), encoding='utf-8'))}
words = {}
for d in docs.values():
    words[d['id']] = set(re.findall(r'\w+', norm(d['title'] + ' ' + d['summary'] + ' ' + d['body'])))
with open(os.path.join(base, 'src', 'avoided_words.tsv'), encoding='utf-8') as f:
    for r in csv.DictReader(f, delimiter='\t'):
        av = [norm(w.strip()) for w in r['avoided_words'].split(',')]
        hits = {w: sorted(i for i in docs if w in words[i]) for w in av}
        print(r['id'], r['query'])
        for w, h in hits.items():
            print('   ', w, len(h), ' '.join(h))
