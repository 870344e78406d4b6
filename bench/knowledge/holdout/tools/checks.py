# Extra checks: literal presence of query strings in judged docs, overlap of queries with titles.
import json, re
docs = {d['id']: d for d in json.load(open('documents.json'))}
qs = json.load(open('queries.json'))
def toks(s): return set(re.findall(r'[a-zà-ÿ0-9+]+', s.lower()))
for q in qs:
    qt = q['query'].lower()
    top = [d for d, g in q['judgements'].items() if g == 3]
    lit = [d for d in q['judgements'] if qt in (docs[d]['title']+' '+docs[d]['summary']+' '+docs[d]['body']).lower()]
    best_title = max(docs.values(), key=lambda d: len(toks(qt) & toks(d['title'])) / max(1, len(toks(qt))))
    ov = len(toks(qt) & toks(best_title['title'])) / max(1, len(toks(qt)))
    print(f"{q['id']} {q['kind']:12s} {q['query'][:45]:45s} grade3={len(top):2d} literal_in_judged={len(lit):2d}/{len(q['judgements']):2d} maxTitleOverlap={ov:.2f} ({best_title['id']})")
