"""Chore: merge hand-written judgements (initial + completeness round) into queries.json."""
import json
frozen = json.load(open('/work/holdout20/queries_initial_frozen.json', encoding='utf-8'))
J = {q["id"]: {} for q in frozen}
for fn in ['/work/holdout20/src/judgements.tsv', '/work/holdout20/src/judgements_completeness.tsv']:
    for line in open(fn, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        parts = line.split('\t')
        q = parts[0]
        for p in (parts[1].split() if len(parts) > 1 else []):
            d, g = p.split(':')
            if d in J[q]:
                raise SystemExit(f"duplicate judgement {q} {d}")
            J[q][d] = int(g)
out = [{"id": q["id"], "query": q["query"], "kind": q["kind"],
        "judgements": dict(sorted(J[q["id"]].items()))} for q in frozen]
json.dump(out, open('/work/holdout20/queries.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print("queries.json:", len(out), "queries,", sum(len(q["judgements"]) for q in out), "judgements")
