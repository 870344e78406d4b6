#!/usr/bin/env python3
"""Bouwt documents.json uit de handgeschreven bronnen in src/docs/*.txt.

Bronformaat per bestand (dNNN.txt):
  title: ...
  kind: ...
  phase: ...
  summary: ...
  <lege regel>
  body (alinea's, gescheiden door lege regels)
"""
import json, os, glob

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def parse(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, body = text.split("\n\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split()) for p in body.strip().split("\n\n")]
    return {
        "id": os.path.basename(path)[:-4],
        "title": meta["title"],
        "summary": meta["summary"],
        "body": "\n\n".join(paras),
        "kind": meta["kind"],
        "phase": meta["phase"],
    }

def main():
    docs = [parse(p) for p in sorted(glob.glob(os.path.join(ROOT, "src", "docs", "d*.txt")))]
    with open(os.path.join(ROOT, "documents.json"), "w", encoding="utf-8") as f:
        json.dump(docs, f, ensure_ascii=False, indent=1)
    print(len(docs), "documenten geschreven naar documents.json")

if __name__ == "__main__":
    main()
