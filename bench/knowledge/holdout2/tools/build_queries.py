import json, importlib.util, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(base, "parts", name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
Q = load("queries_v1").Q; A = load("additions_round2")
qs = {}
for qid, q, kind, j in Q:
    jj = dict(j)
    for d, g in A.ADD.get(qid, {}).items():
        assert d not in jj, (qid, d)
        jj[d] = g
    qs[qid] = {"id": qid, "query": q, "kind": kind, "judgements": jj}
for dst, src in A.COPY.items():
    merged = dict(qs[src]["judgements"]); merged.update(qs[dst]["judgements"])
    qs[dst]["judgements"] = merged
out = sorted(qs.values(), key=lambda x: x["id"])
for o in out:
    o["judgements"] = dict(sorted(o["judgements"].items()))
json.dump(out, open(os.path.join(base, "queries.json"), "w"), ensure_ascii=False, indent=1)
print(len(out))
