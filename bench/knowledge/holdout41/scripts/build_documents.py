#!/usr/bin/env python3
"""Bouwt documents.json uit de handgeschreven bronnen src/docs/dNNN.txt.
Formaat bron: regels 'title:', 'kind:', 'phase:', 'summary:', daarna een lege regel en de body."""
import json, os, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"aanbesteding","kaart","les","onderzoek","overig","participatieplan","plan_van_aanpak","raadsvoorstel","sjabloon"}
PHASES = {"algemeen","tvw","uitvoering","wup"}
docs = []
for n in range(1, 161):
    did = f"d{n:03d}"
    path = os.path.join(BASE, "src", "docs", did + ".txt")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    assert meta["kind"] in KINDS, (did, meta["kind"])
    assert meta["phase"] in PHASES, (did, meta["phase"])
    body = "\n".join(l.rstrip() for l in body.strip().splitlines())
    docs.append({"id": did, "title": meta["title"], "summary": meta["summary"],
                 "body": body, "kind": meta["kind"], "phase": meta["phase"]})
out = os.path.join(BASE, "documents.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(docs, f, ensure_ascii=False, indent=1)
print(f"{len(docs)} documenten geschreven naar {out}")
