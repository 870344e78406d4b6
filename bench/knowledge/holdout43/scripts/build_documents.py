"""Bouwt documents.json uit de handgeschreven bronbestanden src/docs/dNNN.txt."""
import json, os, statistics, sys
KINDS = {"aanbesteding","kaart","les","onderzoek","overig","participatieplan","plan_van_aanpak","raadsvoorstel","sjabloon"}
PHASES = {"algemeen","tvw","uitvoering","wup"}
def parse(path):
    text = open(path, encoding="utf-8").read()
    head, body = text.split("\n\n", 1)
    meta = {}
    for line in head.split("\n"):
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    assert set(meta) == {"title","kind","phase","summary"}, (path, meta.keys())
    assert meta["kind"] in KINDS and meta["phase"] in PHASES, path
    return {"title": meta["title"], "summary": meta["summary"], "body": body.strip(),
            "kind": meta["kind"], "phase": meta["phase"]}
docs = []
for i in range(1, 161):
    did = f"d{i:03d}"
    d = parse(os.path.join("src", "docs", did + ".txt"))
    docs.append({"id": did, **d})
lens = [len((d["title"]+" "+d["summary"]+" "+d["body"]).split()) for d in docs]
print("min", min(lens), "median", statistics.median(lens), "over300", sum(l > 300 for l in lens))
if "--write" in sys.argv:
    json.dump(docs, open("documents.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("documents.json geschreven")
