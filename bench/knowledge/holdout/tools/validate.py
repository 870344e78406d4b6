# Validation of documents.json and queries.json (structure and constraints).
import json, collections, re, sys
ok = True
def fail(msg):
    global ok; ok = False; print('FAIL:', msg)
docs = json.load(open('documents.json'))
qs = json.load(open('queries.json'))
KINDS = {'onderzoek','plan_van_aanpak','participatieplan','sjabloon','raadsvoorstel','les','aanbesteding','kaart','overig'}
PHASES = {'tvw','wup','uitvoering','algemeen'}
QKINDS = {'short','compound','abbreviation','synonym','question','typo','multiword'}
ids = [d.get('id') for d in docs]
if len(ids) != len(set(ids)): fail('duplicate document ids')
if ids != ['h%03d' % i for i in range(1, len(ids)+1)]: fail('document ids not h001.. in sequence')
if len(docs) < 160: fail('fewer than 160 documents')
for d in docs:
    if set(d) != {'id','title','summary','body','kind','phase'}: fail(f"{d.get('id')} has fields {sorted(d)}")
    if d['kind'] not in KINDS: fail(f"{d['id']} kind {d['kind']}")
    if d['phase'] not in PHASES: fail(f"{d['id']} phase {d['phase']}")
    for f in ('title','summary','body'):
        if not isinstance(d[f], str) or not d[f].strip(): fail(f"{d['id']} empty {f}")
docset = set(ids)
qids = [q.get('id') for q in qs]
if len(qids) != len(set(qids)): fail('duplicate query ids')
if len(qs) < 70: fail('fewer than 70 queries')
qtexts = [q['query'] for q in qs]
if len(qtexts) != len(set(qtexts)): fail('duplicate query strings')
for q in qs:
    if set(q) != {'id','query','kind','judgements'}: fail(f"{q.get('id')} has fields {sorted(q)}")
    if q['kind'] not in QKINDS: fail(f"{q['id']} kind {q['kind']}")
    if '?' in q['query']: fail(f"{q['id']} contains '?'")
    if not q['judgements']: fail(f"{q['id']} has no judgements")
    for did, g in q['judgements'].items():
        if did not in docset: fail(f"{q['id']} judges unknown {did}")
        if not (isinstance(g, int) and not isinstance(g, bool) and 1 <= g <= 3): fail(f"{q['id']} grade {did}={g!r}")
    if sum(1 for g in q['judgements'].values() if g >= 2) < 2: fail(f"{q['id']} has fewer than two docs graded >=2")
    if q['kind'] == 'short' and len(q['query'].split()) > 2: fail(f"{q['id']} short query has >2 words")
    if q['kind'] == 'multiword' and not 3 <= len(q['query'].split()) <= 7: fail(f"{q['id']} multiword length")
kc = collections.Counter(q['kind'] for q in qs)
for k in QKINDS:
    if kc[k] < 8: fail(f'query kind {k} has only {kc[k]}')
print('documents', len(docs), 'queries', len(qs))
print('query kinds', dict(sorted(kc.items())))
print('VALIDATION', 'PASSED' if ok else 'FAILED')
sys.exit(0 if ok else 1)
