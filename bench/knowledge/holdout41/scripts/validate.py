#!/usr/bin/env python3
"""Valideert de testcollectie. Drukt 'OK' af als laatste regel bij succes."""
import json, os, hashlib, re, statistics, unicodedata, csv, sys
from collections import Counter
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(BASE, *a)
errors = []
def err(m): errors.append(m)
def sha(p): return hashlib.sha256(open(p, "rb").read()).hexdigest()
def norm(s): return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))

KINDS_Q = ["abbreviations", "compounds", "multiword", "questions", "short", "synonyms", "typos"]
KINDS_D = {"aanbesteding","kaart","les","onderzoek","overig","participatieplan","plan_van_aanpak","raadsvoorstel","sjabloon"}
PHASES = {"algemeen","tvw","uitvoering","wup"}

# 1. bevroren queries
frozen_path = P("queries_initial_frozen.json")
if sha(frozen_path) != open(P("src", "frozen_sha256.txt")).read().strip():
    err("queries_initial_frozen.json wijkt af van src/frozen_sha256.txt")
frozen = json.load(open(frozen_path, encoding="utf-8"))
if len(frozen) != 70: err(f"{len(frozen)} queries i.p.v. 70")
for i, q in enumerate(frozen, 1):
    if set(q) != {"id", "query", "kind"}: err(f"verkeerde sleutels in {q.get('id')}")
    if q["id"] != f"q{i:02d}": err(f"id {q['id']} op positie {i}")
    if q["kind"] not in KINDS_Q: err(f"onbekende kind {q['kind']}")
c = Counter(q["kind"] for q in frozen)
for k in KINDS_Q:
    if c[k] != 10: err(f"kind {k}: {c[k]} queries i.p.v. 10")

# 2. queries.json gelijk aan bevroren
qj = json.load(open(P("queries.json"), encoding="utf-8"))
if len(qj) != len(frozen): err("queries.json heeft ander aantal queries")
for a, b in zip(frozen, qj):
    if (a["id"], a["query"], a["kind"]) != (b.get("id"), b.get("query"), b.get("kind")):
        err(f"queries.json wijkt af bij {a['id']}")
    if set(b) != {"id", "query", "kind", "judgements"}: err(f"verkeerde sleutels in queries.json {b.get('id')}")

# 3. documenten
dpath = P("documents.json")
if sha(dpath) != open(P("src", "documents_sha256_at_judging.txt")).read().strip():
    err("documents.json gewijzigd sinds begin beoordelen")
docs = json.load(open(dpath, encoding="utf-8"))
if len(docs) != 160: err(f"{len(docs)} documenten i.p.v. 160")
lengths = []
for i, d in enumerate(docs, 1):
    if set(d) != {"id","title","summary","body","kind","phase"}: err(f"verkeerde sleutels {d.get('id')}")
    if d["id"] != f"d{i:03d}": err(f"id {d['id']} op positie {i}")
    if d["kind"] not in KINDS_D: err(f"{d['id']}: ongeldige kind {d['kind']}")
    if d["phase"] not in PHASES: err(f"{d['id']}: ongeldige phase {d['phase']}")
    n = len((d["title"] + " " + d["summary"] + " " + d["body"]).split())
    lengths.append(n)
    if n < 80: err(f"{d['id']}: {n} woorden (<80)")
med = statistics.median(lengths)
if not (150 <= med <= 200): err(f"mediaan lengte {med} niet tussen 150 en 200")
over300 = sum(n > 300 for n in lengths)
if over300 < 25: err(f"slechts {over300} documenten > 300 woorden")
docmap = {d["id"]: d for d in docs}

# 4. oordelen
exceptions = set()
for row in csv.DictReader(open(P("src", "known_exceptions.tsv"), encoding="utf-8"), delimiter="\t"):
    exceptions.add(row["query"])
avoided = {}
for row in csv.DictReader(open(P("src", "avoided_words.tsv"), encoding="utf-8"), delimiter="\t"):
    avoided[row["query"]] = [norm(w.strip()) for w in row["avoided_words"].split(",") if w.strip()]
syn_ids = [q["id"] for q in frozen if q["kind"] == "synonyms"]
for s in syn_ids:
    if s not in avoided or not avoided[s]: err(f"geen vermeden woorden voor {s}")
grades = Counter()
for q in qj:
    hi = 0
    for did, g in q["judgements"].items():
        if not re.fullmatch(r"d\d{3}", did) or not (1 <= int(did[1:]) <= 135):
            err(f"{q['id']}: oordeel op {did} buiten d001-d135")
            continue
        if g not in (1, 2, 3): err(f"{q['id']} {did}: ongeldig cijfer {g}")
        grades[g] += 1
        if g >= 2:
            hi += 1
            if q["id"] in avoided:
                d = docmap[did]
                toks = set(re.findall(r"\w+", norm(d["title"] + " " + d["summary"] + " " + d["body"])))
                bad = [w for w in avoided[q["id"]] if w in toks]
                if bad: err(f"{q['id']} {did} (cijfer {g}) bevat vermeden woord(en) {bad}")
    if hi < 3 and q["id"] not in exceptions:
        err(f"{q['id']}: slechts {hi} documenten met cijfer 2 of 3")

print(f"queries: {len(frozen)} ({', '.join(f'{k}={c[k]}' for k in KINDS_Q)})")
print(f"documenten: {len(docs)}; lengte min {min(lengths)}, mediaan {med}, max {max(lengths)}, >300 woorden: {over300}")
print(f"oordelen: {sum(grades.values())} (3: {grades[3]}, 2: {grades[2]}, 1: {grades[1]}); bekende uitzonderingen: {len(exceptions)}")
if errors:
    for e in errors: print("FOUT:", e)
    print("NIET OK")
    sys.exit(1)
print("OK")
