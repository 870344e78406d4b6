import json, collections, sys

docs = json.load(open("documents.json"))
qs = json.load(open("queries.json"))
KINDS = {
    "onderzoek",
    "plan_van_aanpak",
    "participatieplan",
    "sjabloon",
    "raadsvoorstel",
    "les",
    "aanbesteding",
    "kaart",
    "overig",
}
PHASES = {"tvw", "wup", "uitvoering", "algemeen"}
QKINDS = {"short", "compound", "abbreviation", "synonym", "question", "typo", "multiword"}
ok = True


def bad(m):
    global ok
    ok = False
    print("ERROR:", m)


ids = [d["id"] for d in docs]
if len(ids) != len(set(ids)):
    bad("duplicate doc ids")
dset = set(ids)
for d in docs:
    for f in ("id", "title", "summary", "body", "kind", "phase"):
        if not isinstance(d.get(f), str) or not d[f].strip():
            bad(f"{d.get('id')} missing {f}")
    if d["kind"] not in KINDS:
        bad(f"{d['id']} kind {d['kind']}")
    if d["phase"] not in PHASES:
        bad(f"{d['id']} phase {d['phase']}")
    n = len(d["body"].split())
    if not 120 <= n <= 400:
        bad(f"{d['id']} body {n} words")
qids = [q["id"] for q in qs]
if len(qids) != len(set(qids)):
    bad("duplicate query ids")
for q in qs:
    if q["kind"] not in QKINDS:
        bad(f"{q['id']} kind")
    for did, g in q["judgements"].items():
        if did not in dset:
            bad(f"{q['id']} judges unknown {did}")
        if g not in (1, 2, 3):
            bad(f"{q['id']} grade {g}")
    n2 = sum(1 for g in q["judgements"].values() if g >= 2)
    if n2 < 2:
        bad(f"{q['id']} only {n2} docs >=2")
print("documents:", len(docs), " queries:", len(qs))
print("doc kinds:", dict(sorted(collections.Counter(d["kind"] for d in docs).items())))
print("doc phases:", dict(sorted(collections.Counter(d["phase"] for d in docs).items())))
print("query kinds:", dict(sorted(collections.Counter(q["kind"] for q in qs).items())))
g = collections.Counter(v for q in qs for v in q["judgements"].values())
print("judgements by grade:", dict(sorted(g.items())), " total:", sum(g.values()))
r = [sum(1 for v in q["judgements"].values() if v >= 2) for q in qs]
print("docs judged >=2 per query: min", min(r), "max", max(r), "mean %.1f" % (sum(r) / len(r)))
print("docs never judged:", len(dset - {d for q in qs for d in q["judgements"]}))
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
