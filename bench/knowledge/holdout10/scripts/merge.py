#!/usr/bin/env python3
"""Voegt de handmatige completeness-oordelen (src/completeness_toevoegingen.tsv) toe aan de bevroren eerste oordelen
en schrijft queries.json. Bevroren oordelen worden nooit gewijzigd; een toevoeging voor een al beoordeeld document is een fout."""
import json, os, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
frozen = json.load(open(os.path.join(BASE, 'queries_initial_frozen.json'), encoding='utf-8'))
adds = [l.rstrip('\n').split('\t') for l in open(os.path.join(BASE, 'src', 'completeness_toevoegingen.tsv'), encoding='utf-8')
        if l.strip() and not l.startswith('#')]
byid = {q['id']: q for q in frozen}
err = 0
for qid, did, g in adds:
    q = byid[qid]
    if did in q['judgements']:
        print('FOUT: al beoordeeld', qid, did); err += 1; continue
    q['judgements'][did] = int(g)
out = []
for q in frozen:
    j = dict(sorted(q['judgements'].items(), key=lambda kv: (-kv[1], kv[0])))
    out.append({'id': q['id'], 'query': q['query'], 'kind': q['kind'], 'judgements': j})
json.dump(out, open(os.path.join(BASE, 'queries.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(adds), 'toevoegingen verwerkt;', err, 'fouten')
sys.exit(1 if err else 0)
