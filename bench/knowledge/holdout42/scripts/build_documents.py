"""Bouwt documents.json uit de handgeschreven bronnen src/docs/dNNN.txt.
Formaat bron: kopregels 'title: ', 'summary: ', 'kind: ', 'phase: ', lege regel, daarna de body."""
import json, glob, os, statistics
KINDS = {"aanbesteding","kaart","les","onderzoek","overig","participatieplan","plan_van_aanpak","raadsvoorstel","sjabloon"}
PHASES = {"algemeen","tvw","uitvoering","wup"}
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = []
for i in range(1, 161):
    did = f"d{i:03d}"
    text = open(os.path.join(root, "src", "docs", did + ".txt"), encoding="utf-8").read()
    head, body = text.split("\n\n", 1)
    h = {}
    for line in head.split("\n"):
        k, v = line.split(": ", 1)
        h[k.strip()] = v.strip()
    assert set(h) == {"title","summary","kind","phase"}, (did, h.keys())
    assert h["kind"] in KINDS and h["phase"] in PHASES, did
    docs.append({"id": did, "title": h["title"], "summary": h["summary"], "body": body.strip(), "kind": h["kind"], "phase": h["phase"]})
lens = [len((d["title"]+" "+d["summary"]+" "+d["body"]).split()) for d in docs]
print("docs", len(docs), "min", min(lens), "median", statistics.median(lens), "over300", sum(l>300 for l in lens))
json.dump(docs, open(os.path.join(root, "documents.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
