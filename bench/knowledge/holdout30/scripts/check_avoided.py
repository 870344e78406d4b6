#!/usr/bin/env python3
"""Controle (klus): welke documenten bevatten de vermeden woorden van de synoniemvragen?
Woorden worden vergeleken als hele woorden, in kleine letters en zonder diakritische tekens."""
import csv, json, os, re, sys, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))
def tokens(s):
    return set(re.findall(r"\w+", norm(s)))
def word_tokens(w):
    return re.findall(r"\w+", norm(w))
docs = {d['id']: d for d in json.load(open(os.path.join(ROOT, 'documents.json'), encoding='utf-8'))}
rows = list(csv.DictReader(open(os.path.join(ROOT, 'src', 'avoided_words.tsv'), encoding='utf-8'), delimiter='\t'))
intended = {
 'q51': 'd134 d123 d051 d124', 'q52': 'd084 d085 d115 d079', 'q53': 'd095 d096 d097 d098',
 'q54': 'd069 d070 d071 d072', 'q55': 'd103 d104 d105 d023', 'q56': 'd045 d111 d112 d114 d113 d047',
 'q57': 'd020 d021 d001 d023 d030 d009', 'q58': 'd089 d090 d091 d092', 'q59': 'd102 d101 d088 d095 d094',
 'q60': 'd028 d029 d030'}
for r in rows:
    words = [w.strip() for w in r['avoided_words'].split(',')]
    bad = []
    for did, d in docs.items():
        if did >= 'd136': continue
        t = tokens(d['title'] + ' ' + d['summary'] + ' ' + d['body'])
        hit = [w for w in words if all(x in t for x in word_tokens(w)) and len(word_tokens(w))==1 or (len(word_tokens(w))>1 and norm(w) in norm(d['body']+' '+d['title']+' '+d['summary']))]
        if hit: bad.append((did, hit))
    badids = {b[0] for b in bad}
    conflict = [i for i in intended[r['id']].split() if i in badids]
    print(r['id'], r['query'], '| bedoelde docs met vermeden woord:', conflict or 'geen')
    if '-v' in sys.argv: print('   alle docs met vermeden woord:', bad)
