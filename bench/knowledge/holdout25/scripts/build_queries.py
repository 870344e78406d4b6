import json, sys
sys.path.insert(0, 'scripts')
from common import load_judgements
frozen = json.load(open('queries_initial_frozen.json', encoding='utf-8'))
J = load_judgements('src/judgements_final.tsv')
out = []
for q in frozen:
    j = dict(sorted(J[q['id']].items(), key=lambda kv: (-kv[1], kv[0])))
    out.append({"id": q['id'], "query": q['query'], "kind": q['kind'], "judgements": j})
json.dump(out, open('queries.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(out))
