"""Completeness helper: for each query, list UNJUDGED documents that contain
any of the hand-chosen word stems (plain substring match, no ranking).
Used only after the first judgements were written."""
import json, sys, importlib.util, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = json.load(open(os.path.join(base, "documents.json")))
spec = importlib.util.spec_from_file_location("q", os.path.join(base, "parts", sys.argv[1]))
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
stems = json.load(open(os.path.join(base, "parts", "stems.json")))
for qid, q, kind, j in m.Q:
    st = stems.get(qid, [])
    hits = []
    for d in docs:
        if d["id"] in j: continue
        text = (d["title"] + " " + d["summary"] + " " + d["body"]).lower()
        found = [s for s in st if s in text]
        if found: hits.append(f'{d["id"]}[{",".join(found)}] {d["title"][:60]}')
    print(f"== {qid} {q!r} judged={len(j)} stems={st}")
    for h in hits: print("   ", h)
