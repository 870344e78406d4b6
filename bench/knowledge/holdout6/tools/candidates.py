"""Hulpmiddel voor de volledigheidsronde: toont documenten die handgekozen woordstammen bevatten.
Gebruik: python3 tools/candidates.py 'q01=stam1|stam2' 'q02=...'"""
import json, re, sys
docs = json.load(open("documents.json", encoding="utf-8"))
qs = {q["id"]: q for q in json.load(open("queries_initial_frozen.json", encoding="utf-8"))}
for arg in sys.argv[1:]:
    qid, pat = arg.split("=", 1)
    q = qs[qid]
    print(f"=== {qid} [{q['query']}] judged={q['judgements']}")
    rx = re.compile(pat, re.I)
    for d in docs:
        text = d["title"] + " | " + d["summary"] + " | " + d["body"]
        hits = list(rx.finditer(text))
        if not hits:
            continue
        mark = "*" if d["id"] in q["judgements"] else " "
        h = hits[0]
        snip = text[max(0, h.start() - 60): h.end() + 60].replace("\n", " ")
        print(f"{mark}{d['id']} n={len(hits):2d} {d['title'][:55]:55s} …{snip}…")
