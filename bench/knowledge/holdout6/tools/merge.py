"""Voegt de handgeschreven deelbestanden parts/*.txt (documenten) en parts/*.add (handgeschreven aanvullingen op de tekst) samen tot documents.json."""
import json, glob, os, re
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = []
for fn in sorted(glob.glob(os.path.join(root, "parts", "*.txt"))):
    text = open(fn, encoding="utf-8").read()
    for block in re.split(r"^@@ ", text, flags=re.M)[1:]:
        head, rest = block.split("\n", 1)
        did, kind, phase = [x.strip() for x in head.split("|")]
        m = re.match(r"T: (.*)\nS: ?(.*)\nB:\n(.*)", rest, flags=re.S)
        title, summary, body = m.group(1).strip(), m.group(2).strip(), m.group(3).strip()
        body = re.sub(r"\n{3,}", "\n\n", body)
        docs.append({"id": did, "title": title, "summary": summary, "body": body,
                     "kind": kind, "phase": phase})
adds = {}
for fn in sorted(glob.glob(os.path.join(root, "parts", "*.add"))):
    text = open(fn, encoding="utf-8").read()
    for block in re.split(r"^@@ ", text, flags=re.M)[1:]:
        head, rest = block.split("\n", 1)
        adds.setdefault(head.strip(), []).append(rest.strip())
byid = {d["id"]: d for d in docs}
for did, parts in adds.items():
    for part in parts:
        byid[did]["body"] += "\n\n" + part
json.dump(docs, open(os.path.join(root, "documents.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print(len(docs), "documents")
