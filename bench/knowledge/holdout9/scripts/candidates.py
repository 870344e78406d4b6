#!/usr/bin/env python3
"""Chore: lijst per query alle nog niet beoordeelde documenten die een handgekozen stam bevatten,
met context. Beoordelen gebeurt met de hand. Distractors worden wel getoond maar gemarkeerd."""
import json, re, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = {d['id']: d for d in json.load(open(os.path.join(base,'documents.json'),encoding='utf-8'))}
distr = set(open(os.path.join(base,'src','distractors.txt')).read().split())
frozen = {q['id']: q for q in json.load(open(os.path.join(base,'queries_initial_frozen.json'),encoding='utf-8'))}
stems = {}
for ln in open(os.path.join(base,'src','completeness_stems.txt'),encoding='utf-8'):
    ln=ln.strip()
    if not ln or ln.startswith('#'): continue
    qid, s = ln.split('|'); stems[qid] = [x.strip().lower() for x in s.split(';') if x.strip()]
out = []
for qid, q in frozen.items():
    out.append(f"##### {qid} [{q['kind']}] \"{q['query']}\"  stammen: {'; '.join(stems[qid])}")
    out.append(f"  al beoordeeld: {' '.join(f'{d}:{g}' for d,g in q['judgements'].items())}")
    rows = []
    for did, d in docs.items():
        if did in q['judgements']: continue
        text = (d['title']+' || '+d['summary']+' || '+d['body']).lower()
        hits = []
        for s in stems[qid]:
            pat = r'\b'+re.escape(s) if len(s) <= 3 else re.escape(s)
            for m in re.finditer(pat, text):
                hits.append((m.start(), s))
        if not hits: continue
        hits.sort()
        ctx = []
        for pos, s in hits[:2]:
            a = max(0,pos-60); b = min(len(text), pos+70)
            ctx.append('…'+text[a:b].replace('\n',' ')+'…')
        rows.append((len(hits), did, d['title'], ctx))
    rows.sort(key=lambda r: -r[0])
    for n, did, title, ctx in rows:
        flag = ' [DISTRACTOR: nooit relevant]' if did in distr else ''
        out.append(f"  {did} ({n} treffers) {title}{flag}")
        for c in ctx: out.append(f"      {c}")
    out.append(f"  -> {len(rows)} kandidaten")
open(os.path.join(base,'completeness','kandidaten.txt'),'w',encoding='utf-8').write('\n'.join(out)+'\n')
print('geschreven; regels:', len(out))
