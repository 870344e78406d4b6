#!/usr/bin/env python3
"""Completeness-ronde: lijst per query alle nog niet beoordeelde documenten die een handgekozen stam bevatten, met context.
Stammen komen uit src/stammen_completeness.json (met de hand gekozen); 'a&b' betekent dat beide moeten voorkomen.
Dit script oordeelt niet; het toont alleen kandidaten."""
import json, re, sys, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = {d['id']: d for d in json.load(open(os.path.join(BASE, 'documents.json'), encoding='utf-8'))}
queries = json.load(open(os.path.join(BASE, 'queries_initial_frozen.json'), encoding='utf-8'))
stems = json.load(open(os.path.join(BASE, 'src', 'stammen_completeness.json'), encoding='utf-8'))
only = set(sys.argv[1:])
def text(d): return (d['title'] + ' \n ' + d['summary'] + ' \n ' + d['body'])
for q in queries:
    if only and q['id'] not in only: continue
    judged = set(q['judgements'])
    print(f"=== {q['id']} [{q['kind']}] {q['query']}   (al beoordeeld: {len(judged)})")
    for did, d in docs.items():
        if did in judged: continue
        t = text(d); tl = t.lower()
        hits = []
        for s in stems[q['id']]:
            parts = s.split('&')
            def has(p):
                # korte stammen (<=4 tekens) alleen aan het begin van een woord, langere ook binnen samenstellingen
                if len(p) <= 4: return re.search(r'(?<![a-z0-9])' + re.escape(p), tl) is not None
                return p in tl
            if all(has(p) for p in parts):
                hits.append(parts[0])
        if not hits: continue
        ctx = []
        for h in hits[:2]:
            m = re.search(r'(?<![a-z0-9])' + re.escape(h), tl) if len(h) <= 4 else None
            i = m.start() if m else tl.find(h)
            ctx.append('…' + t[max(0, i-50): i+60].replace('\n', ' ') + '…')
        print(f"  {did} | {d['title'][:70]} | stammen: {','.join(sorted(set(hits)))}")
        for c in ctx: print('      ' + c)
