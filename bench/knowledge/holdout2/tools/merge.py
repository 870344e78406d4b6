import json, importlib.util, glob, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs, extra = [], {}
for f in sorted(glob.glob(os.path.join(base, "parts", "p*.py"))):
    spec = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    docs += m.DOCS; extra.update(getattr(m, "EXTRA", {}))
for d in docs:
    if d["id"] in extra: d["body"] += extra[d["id"]]
docs.sort(key=lambda d: d["id"])
out = [{k: d[k] for k in ["id","title","summary","body","kind","phase"]} for d in docs]
json.dump(out, open(os.path.join(base, "documents.json"), "w"), ensure_ascii=False, indent=1)
print(len(out))
