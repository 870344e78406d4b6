"""Voegt de handmatige oordelen (ronde 1 + volledigheidsronde + herziening) samen met de bevroren queries tot queries.json."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def read(fn):
    out = {}
    for line in open(os.path.join(ROOT, 'src', fn), encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'): continue
        q, rest = line.split(':', 1)
        out[q] = {p.split('=')[0]: int(p.split('=')[1]) for p in rest.split()}
    return out
r1, r2 = read('judgements_round1.txt'), read('judgements_round2_completeness.txt')
r3 = read('judgements_round3_herziening.txt')
frozen = json.load(open(os.path.join(ROOT, 'queries_initial_frozen.json'), encoding='utf-8'))
out = []
for q in frozen:
    j = dict(r1.get(q['id'], {}))
    for d, g in r2.get(q['id'], {}).items():
        assert d not in j, (q['id'], d, 'al beoordeeld in ronde 1')
        j[d] = g
    for d, g in r3.get(q['id'], {}).items():
        assert d in j, (q['id'], d, 'herziening van onbeoordeeld document')
        j[d] = g
    j = dict(sorted(j.items(), key=lambda kv: (-kv[1], kv[0])))
    out.append({"id": q['id'], "query": q['query'], "kind": q['kind'], "judgements": j})
json.dump(out, open(os.path.join(ROOT, 'queries.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(out), 'queries,', sum(len(q['judgements']) for q in out), 'judgements')
