"""Tellingen voor de README."""
import json, collections, re
docs = json.load(open('documents.json', encoding='utf-8'))
qs = json.load(open('queries.json', encoding='utf-8'))
q0 = {q['id']: q for q in json.load(open('queries_initial_frozen.json', encoding='utf-8'))}
DISTR = "m005 m011 m018 m026 m032 m036 m043 m052 m054 m064 m071 m077 m084 m089 m095 m102 m107 m115 m122 m127 m132 m137 m142 m148 m158".split()
print('documenten:', len(docs))
print('per kind:', dict(sorted(collections.Counter(d['kind'] for d in docs).items())))
print('per phase:', dict(sorted(collections.Counter(d['phase'] for d in docs).items())))
print('kind x phase:')
kp = collections.Counter((d['kind'], d['phase']) for d in docs)
phases = ['tvw', 'wup', 'uitvoering', 'algemeen']
print('  %-18s' % '' + ''.join('%11s' % p for p in phases))
for k in sorted({d['kind'] for d in docs}):
    print('  %-18s' % k + ''.join('%11d' % kp[(k, p)] for p in phases))
n = [len(d['body'].split()) for d in docs]
cls = collections.Counter('kort (40-120)' if x <= 120 else 'middel (150-300)' if 150 <= x <= 300 else 'lang (350-600)' if 350 <= x <= 600 else 'buiten klasse' for x in n)
print('lengte body (woorden):', dict(cls), 'min', min(n), 'max', max(n), 'gemiddeld', round(sum(n) / len(n)))
print('lege samenvatting:', sum(1 for d in docs if not d['summary']))
print('afleiders (nooit relevant):', len(DISTR), ' '.join(DISTR))
print('zoekvragen:', len(qs), dict(collections.Counter(q['kind'] for q in qs)))
g = collections.Counter(v for q in qs for v in q['judgements'].values())
g0 = collections.Counter(v for q in q0.values() for v in q['judgements'].values())
print('oordelen eind per cijfer:', dict(sorted(g.items())), 'totaal', sum(g.values()))
print('oordelen bevroren per cijfer:', dict(sorted(g0.items())), 'totaal', sum(g0.values()))
added = changed = removed = 0
for q in qs:
    a, b = q0[q['id']]['judgements'], q['judgements']
    added += sum(1 for k in b if k not in a)
    removed += sum(1 for k in a if k not in b)
    changed += sum(1 for k in b if k in a and a[k] != b[k])
print(f'volledigheidsronde: {added} oordelen toegevoegd, {changed} gewijzigd, {removed} verwijderd; afgevallen vragen: {len(q0) - len(qs)}')
per = [sum(1 for v in q['judgements'].values() if v >= 2) for q in qs]
print('documenten met oordeel >=2 per vraag: min', min(per), 'max', max(per), 'gemiddeld', round(sum(per) / len(per), 1))
