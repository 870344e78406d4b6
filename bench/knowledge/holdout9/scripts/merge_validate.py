#!/usr/bin/env python3
"""Chore: voeg de bevroren eerste oordelen en de handmatige aanvullingen samen tot queries.json
en valideer de collectie. Wijzigt nooit een bevroren oordeel. Schrijft validatie.txt."""
import json, re, os, sys, collections, hashlib
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(base, *a)
docs = json.load(open(P('documents.json'), encoding='utf-8'))
frozen = json.load(open(P('queries_initial_frozen.json'), encoding='utf-8'))
distr = set(open(P('src','distractors.txt')).read().split())
add = collections.defaultdict(dict)
for ln in open(P('src','queries_aanvulling.txt'), encoding='utf-8'):
    ln = ln.strip()
    if not ln or ln.startswith('#'): continue
    qid, rest = ln.split('|', 1)
    for tok in rest.split():
        d, g = tok.split(':')
        assert d not in add[qid], ('dubbel in aanvulling', qid, d)
        add[qid][d] = int(g)
out = []; msgs = []; ok = True
def err(m):
    global ok; ok = False; msgs.append('FOUT: ' + m)
for q in frozen:
    j = dict(q['judgements'])
    for d, g in add.get(q['id'], {}).items():
        if d in j:
            err(f"{q['id']}: aanvulling {d} stond al in de bevroren oordelen (niet gewijzigd)")
            continue
        j[d] = g
    out.append({'id': q['id'], 'query': q['query'], 'kind': q['kind'], 'judgements': dict(sorted(j.items()))})
json.dump(out, open(P('queries.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

ids = [d['id'] for d in docs]; idset = set(ids)
msgs.append(f"documenten: {len(docs)}; unieke ids: {len(idset)}")
if len(ids) != len(idset): err('dubbele document-ids')
if len(docs) != 160: err('aantal documenten is niet 160')
for d in docs:
    for k in ('id','title','summary','body','kind','phase'):
        if k not in d: err(f"{d['id']} mist veld {k}")
    if d['phase'] not in ('transitievisie warmte','wijkuitvoeringsplan','uitvoering','algemeen'): err(f"{d['id']} ongeldige fase {d['phase']}")
    if not d['title'] or not d['body']: err(f"{d['id']} lege titel of tekst")
msgs.append(f"distractors: {len(distr)} ({len(distr)/len(docs):.0%}); alle bestaan: {distr <= idset}")
if not distr <= idset: err('distractor-id bestaat niet')
qids = [q['id'] for q in out]
msgs.append(f"queries: {len(out)}; unieke ids: {len(set(qids))}; unieke querystrings: {len(set(q['query'] for q in out))}")
if len(qids) != len(set(qids)): err('dubbele query-ids')
if len(set(q['query'] for q in out)) != len(out): err('dubbele querystrings')
kinds = collections.Counter(q['kind'] for q in out)
msgs.append('queries per soort: ' + ', '.join(f"{k}={v}" for k, v in sorted(kinds.items())))
for k in ('short','multiword','abbreviation','compound','synonym','question','typo'):
    if kinds.get(k) != 10: err(f'soort {k} heeft {kinds.get(k)} queries, verwacht 10')
text = {d['id']: (d['title']+' '+d['summary']+' '+d['body']) for d in docs}
words = lambda t: set(re.findall(r"[a-z0-9à-ÿ'+]+", t.lower()))
wdoc = {k: words(v) for k, v in text.items()}
grades = collections.Counter()
for q in out:
    j = q['judgements']
    for d, g in j.items():
        if d not in idset: err(f"{q['id']}: beoordeeld document {d} bestaat niet")
        if d in distr: err(f"{q['id']}: distractor {d} is beoordeeld")
        if g not in (1,2,3): err(f"{q['id']}: ongeldig cijfer {g} voor {d}")
        grades[g] += 1
    n2 = sum(1 for g in j.values() if g >= 2)
    if n2 < 2: err(f"{q['id']}: slechts {n2} documenten met cijfer >= 2")
    nw = len(q['query'].split())
    if q['kind'] == 'short' and not 1 <= nw <= 2: err(f"{q['id']}: short-query heeft {nw} woorden")
    if q['kind'] == 'multiword' and not 3 <= nw <= 5: err(f"{q['id']}: multiword-query heeft {nw} woorden")
    if q['kind'] == 'synonym':
        qw = words(q['query'])
        for d, g in j.items():
            if g >= 2:
                shared = qw & wdoc[d]
                if shared: err(f"{q['id']}: synoniem-query deelt woord(en) {sorted(shared)} met {d} (cijfer {g})")
        msgs.append(f"synoniemcheck {q['id']} '{q['query']}': geen gedeelde woorden met {sum(1 for g in j.values() if g>=2)} documenten met cijfer >= 2")
msgs.append(f"oordelen per cijfer: 3={grades[3]}, 2={grades[2]}, 1={grades[1]}, totaal={sum(grades.values())}")
nfro = sum(len(q['judgements']) for q in frozen)
msgs.append(f"oordelen in bevroren bestand: {nfro}; toegevoegd in volledigheidsronde: {sum(grades.values())-nfro}")
# bevroren oordelen onveranderd?
fj = {q['id']: q['judgements'] for q in frozen}
for q in out:
    for d, g in fj[q['id']].items():
        if q['judgements'].get(d) != g: err(f"{q['id']}: bevroren oordeel {d} gewijzigd")
msgs.append('sha256 queries_initial_frozen.json: ' + hashlib.sha256(open(P('queries_initial_frozen.json'),'rb').read()).hexdigest())
msgs.append('RESULTAAT: ' + ('alle controles geslaagd' if ok else 'er zijn fouten'))
open(P('validatie.txt'), 'w', encoding='utf-8').write('\n'.join(msgs) + '\n')
print('\n'.join(msgs))
