#!/usr/bin/env python3
"""Chore: tel woorden per document en controleer vermeden woorden (synoniem-queries)."""
import json, re, os, sys
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = json.load(open(os.path.join(base, 'documents.json'), encoding='utf-8'))
distr = set(open(os.path.join(base, 'src', 'distractors.txt')).read().split())
avoid = open(os.path.join(base, 'src', 'vermeden_woorden.txt'), encoding='utf-8').read().split()
def words(t): return re.findall(r"[a-zà-ÿ0-9+]+", t.lower())
cls = {'kort':0,'middel':0,'lang':0,'buiten':0}
for d in docs:
    n = len(words(d['title']+' '+d['summary']+' '+d['body']))
    nb = len(words(d['body']))
    c = 'kort' if 80<=nb<=200 else 'middel' if 200<nb<=400 else 'lang' if 400<nb<=900 else 'buiten'
    cls[c]+=1
    flag = ' DISTR' if d['id'] in distr else ''
    if '-v' in sys.argv or c=='buiten': print(d['id'], nb, c, 'leeg' if not d['summary'] else 'samenv', d['kind'], '|', d['phase'], flag)
    if d['id'] not in distr:
        ws = set(words(d['title']+' '+d['summary']+' '+d['body']))
        bad = [a for a in avoid if a in ws]
        if bad: print('  VERMEDEN WOORD in', d['id'], bad)
print(cls, 'leeg:', sum(1 for d in docs if not d['summary']), 'totaal', len(docs))
