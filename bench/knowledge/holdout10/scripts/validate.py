#!/usr/bin/env python3
"""Validatie van documents.json en queries.json (alleen controles, geen tekst)."""
import json, os, re, hashlib
from collections import Counter
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(BASE, *a)
docs = json.load(open(P('documents.json'), encoding='utf-8'))
queries = json.load(open(P('queries.json'), encoding='utf-8'))
frozen = json.load(open(P('queries_initial_frozen.json'), encoding='utf-8'))
distr = {l.split()[0] for l in open(P('src', 'distractors.txt'), encoding='utf-8') if l.strip()}
avoided = [l.strip() for l in open(P('src', 'vermeden_woorden.txt'), encoding='utf-8') if l.strip()]
KINDS = {'onderzoek','plan_van_aanpak','participatieplan','sjabloon','raadsvoorstel','les','aanbesteding','kaart','overig'}
PHASES = {'tvw','wup','uitvoering','algemeen'}
QKINDS = ['short','multiword','abbreviation','compound','synonym','question','typo']
fails = 0
def check(cond, msg):
    global fails
    print(('OK   ' if cond else 'FOUT ') + msg)
    if not cond: fails += 1
def words(t): return set(re.findall(r"[0-9a-zà-ÿ+']+", t.lower()))
ids = [d['id'] for d in docs]
docmap = {d['id']: d for d in docs}
check(len(docs) == 160, f'aantal documenten = {len(docs)} (verwacht 160)')
check(len(set(ids)) == len(ids), 'document-id\'s uniek')
check(all(set(d) == {'id','title','summary','body','kind','phase'} for d in docs), 'alle documenten hebben precies de velden id,title,summary,body,kind,phase')
check(all(d['kind'] in KINDS for d in docs), 'alle kind-codes geldig')
check(all(d['phase'] in PHASES for d in docs), 'alle phase-codes geldig')
check(all(d['title'].strip() and d['body'].strip() for d in docs), 'alle documenten hebben titel en tekst')
check(distr <= set(ids) and len(distr) == 24, f'24 afleiders, alle bestaand ({len(distr)})')
lens = {d['id']: len(d['body'].split()) for d in docs}
cls = Counter('kort (80-200)' if 80 <= n <= 200 else 'middel (201-400)' if 201 <= n <= 400 else 'lang (401-900)' if 401 <= n <= 900 else 'BUITEN BEREIK' for n in lens.values())
check(cls.get('BUITEN BEREIK', 0) == 0, f'lengteklassen (woorden in body): {dict(sorted(cls.items()))}; min {min(lens.values())}, max {max(lens.values())}')
empty = sum(1 for d in docs if not d['summary'].strip())
check(45 <= empty <= 60, f'lege samenvatting: {empty} van 160 (~een derde)')
print('     soorten:', dict(sorted(Counter(d['kind'] for d in docs).items())))
print('     fasen:', dict(sorted(Counter(d['phase'] for d in docs).items())))
# vermeden woorden
corpus_words = Counter()
for d in docs: corpus_words.update(words(d['title']+' '+d['summary']+' '+d['body']))
hits = {w: corpus_words[w] for w in avoided if corpus_words[w]}
check(not hits, f'vermeden woorden komen nergens in het corpus voor (gevonden: {hits})')
# queries
qids = [q['id'] for q in queries]
check(len(queries) == 70, f'aantal queries = {len(queries)}')
check(len(set(qids)) == len(qids), 'query-id\'s uniek')
kc = Counter(q['kind'] for q in queries)
check(all(kc[k] == 10 for k in QKINDS) and set(kc) == set(QKINDS), f'10 queries per soort: {dict(kc)}')
allj = [(q['id'], d, g) for q in queries for d, g in q['judgements'].items()]
check(all(d in docmap for _, d, _ in allj), 'alle beoordeelde document-id\'s bestaan')
check(all(g in (1,2,3) for _, _, g in allj), 'alle cijfers zijn 1, 2 of 3')
bad = [(q, d) for q, d, g in allj if d in distr]
check(not bad, f'geen afleider beoordeeld ({bad})')
few = [q['id'] for q in queries if sum(1 for g in q['judgements'].values() if g >= 2) < 2]
check(not few, f'elke query heeft >=2 documenten met cijfer >=2 (te weinig: {few})')
fz = {q['id']: q for q in frozen}
same = all(fz[q['id']]['query'] == q['query'] and fz[q['id']]['kind'] == q['kind'] and
           all(q['judgements'].get(d) == g for d, g in fz[q['id']]['judgements'].items()) for q in queries)
check(same and set(fz) == set(qids), 'bevroren eerste oordelen ongewijzigd overgenomen in queries.json')
for q in queries:
    if q['kind'] != 'synonym': continue
    qw = words(q['query'])
    overlap = {d: sorted(qw & words(docmap[d]['title']+' '+docmap[d]['summary']+' '+docmap[d]['body'])) for d, g in q['judgements'].items() if g >= 2}
    overlap = {d: w for d, w in overlap.items() if w}
    check(not overlap, f'synoniemquery {q["id"]} "{q["query"]}" deelt geen heel woord met haar documenten met cijfer >=2 {overlap if overlap else ""}')
# typo-queries: bevatten ten minste één woord dat niet in het corpus voorkomt
for q in queries:
    if q['kind'] == 'typo':
        unk = [w for w in words(q['query']) if corpus_words[w] == 0]
        check(bool(unk), f'typoquery {q["id"]} "{q["query"]}" bevat een niet-bestaand woord: {unk}')
short = [q['id'] for q in queries if q['kind']=='short' and not 1 <= len(q['query'].split()) <= 2]
multi = [q['id'] for q in queries if q['kind']=='multiword' and not 3 <= len(q['query'].split()) <= 5]
check(not short and not multi, 'short = 1-2 woorden, multiword = 3-5 woorden')
gc = Counter(g for _, _, g in allj)
fgc = Counter(g for q in frozen for g in q['judgements'].values())
print(f'     oordelen totaal {len(allj)}: cijfer 3: {gc[3]}, cijfer 2: {gc[2]}, cijfer 1: {gc[1]}')
print(f'     waarvan bevroren eerste ronde {sum(fgc.values())} (3: {fgc[3]}, 2: {fgc[2]}, 1: {fgc[1]}); completeness-ronde {len(allj)-sum(fgc.values())}')
print('     sha256 queries_initial_frozen.json:', hashlib.sha256(open(P('queries_initial_frozen.json'),'rb').read()).hexdigest())
print('RESULTAAT:', 'ALLES GOED' if fails == 0 else f'{fails} FOUT(EN)')
