# chore: zet de handgeschreven src/docs_*.txt om naar documents.json (geen tekstgeneratie)
import json, os, re, sys, glob
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = []
for fn in sorted(glob.glob(os.path.join(base, "src/docs_*.txt"))):
    cur = None; mode = None
    for line in open(fn, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("@@ "):
            if cur: docs.append(cur)
            did, kind, phase = [x.strip() for x in line[3:].split("|")]
            cur = {"id": did, "title": "", "summary": "", "body": [], "kind": kind, "phase": phase}
            mode = None
        elif line.startswith("T: "): cur["title"] = line[3:].strip()
        elif line.startswith("S: "): cur["summary"] = line[3:].strip()
        elif line.strip() == "B:": mode = "B"
        elif mode == "B" and line.strip(): cur["body"].append(line.strip())
    if cur: docs.append(cur)
for d in docs: d["body"] = "\n".join(d["body"])
docs.sort(key=lambda d: d["id"])
json.dump(docs, open(os.path.join(base, "documents.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
if "-v" in sys.argv:
    for d in docs:
        print(d["id"], len(d["body"].split()), d["kind"], d["phase"], d["title"][:60])
print(len(docs), "documenten")
