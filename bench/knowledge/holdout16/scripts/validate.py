# validatie van de holdout16-testcollectie
import json, os, re, hashlib, collections, sys
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = lambda *a: os.path.join(base, *a)
errors = []
def err(m): errors.append(m)

KINDS_Q = ["abbreviations", "compounds", "multiword", "questions", "short", "synonyms", "typos"]
KINDS_D = {"onderzoek", "plan_van_aanpak", "participatieplan", "sjabloon", "raadsvoorstel", "les", "aanbesteding", "kaart", "overig"}
PHASES = {"tvw", "wup", "uitvoering", "algemeen"}
DISTRACTORS = {f"d{i:03d}" for i in range(136, 161)}

frozen_raw = open(P("queries_initial_frozen.json"), "rb").read()
frozen = json.loads(frozen_raw)
sha = hashlib.sha256(frozen_raw).hexdigest()
queries = json.load(open(P("queries.json"), encoding="utf-8"))
docs = json.load(open(P("documents.json"), encoding="utf-8"))

# frozen sha in README
readme = open(P("README.md"), encoding="utf-8").read() if os.path.exists(P("README.md")) else ""
if sha not in readme: err(f"sha256 van queries_initial_frozen.json ({sha}) staat niet in README.md")

# queries
if len(queries) != 70: err(f"{len(queries)} queries in plaats van 70")
if len(frozen) != 70: err(f"{len(frozen)} bevroren queries in plaats van 70")
cnt = collections.Counter(q["kind"] for q in queries)
for k in KINDS_Q:
    if cnt[k] != 10: err(f"soort {k}: {cnt[k]} queries in plaats van 10")
if set(cnt) - set(KINDS_Q): err(f"onbekende soorten: {set(cnt) - set(KINDS_Q)}")
if [(q["id"], q["query"], q["kind"]) for q in queries] != [(q["id"], q["query"], q["kind"]) for q in frozen]:
    err("queries.json wijkt af van queries_initial_frozen.json")
if [q["id"] for q in queries] != [f"q{i:02d}" for i in range(1, 71)]: err("query-ids niet q01..q70")

# documents
ids = [d.get("id") for d in docs]
if len(docs) != 160: err(f"{len(docs)} documenten in plaats van 160")
if ids != [f"d{i:03d}" for i in range(1, 161)]: err("document-ids niet d001..d160 op volgorde")
lengths = {}
for d in docs:
    if set(d) != {"id", "title", "summary", "body", "kind", "phase"}: err(f"{d.get('id')}: velden {sorted(d)}")
    for f in ("title", "summary", "body"):
        if not isinstance(d.get(f), str) or not d.get(f).strip(): err(f"{d.get('id')}: leeg veld {f}")
    if d.get("kind") not in KINDS_D: err(f"{d.get('id')}: ongeldige kind {d.get('kind')}")
    if d.get("phase") not in PHASES: err(f"{d.get('id')}: ongeldige phase {d.get('phase')}")
    n = len(d["body"].split()); lengths[d["id"]] = n
    if not (100 <= n <= 150 or 300 <= n <= 450): err(f"{d['id']}: body {n} woorden (verwacht 100-150 of 300-450)")
long_docs = [i for i, n in lengths.items() if n >= 300]
docset = set(ids)

# judgements
grades = collections.Counter()
for q in queries:
    j = q["judgements"]
    for did, g in j.items():
        if did not in docset: err(f"{q['id']}: onbekend document {did}")
        if g not in (1, 2, 3): err(f"{q['id']} {did}: ongeldig cijfer {g}")
        if did in DISTRACTORS: err(f"{q['id']}: afleider {did} is beoordeeld")
        grades[g] += 1
    strong = [d for d, g in j.items() if g >= 2]
    if len(strong) < 3: err(f"{q['id']}: slechts {len(strong)} documenten met cijfer >= 2")

# synonym queries: avoided words
avoided = {}
with open(P("src/avoided_words.tsv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        qid, qtext, words = line.rstrip("\n").split("\t")
        avoided[qid] = [w.strip().lower() for w in words.split(",") if w.strip()]
dmap = {d["id"]: d for d in docs}
for q in queries:
    if q["kind"] != "synonyms": continue
    if q["id"] not in avoided: err(f"{q['id']}: geen vermijdwoorden in avoided_words.tsv"); continue
    for w in re.findall(r"\w+", q["query"].lower()):
        if w not in avoided[q["id"]]: err(f"{q['id']}: querywoord '{w}' ontbreekt in de vermijdlijst")
    for did in q["judgements"]:
        toks = set(re.findall(r"\w+", " ".join([dmap[did]["title"], dmap[did]["summary"], dmap[did]["body"]]).lower()))
        bad = [w for w in avoided[q["id"]] if w in toks]
        if bad: err(f"{q['id']}: relevant document {did} bevat vermeden woord(en) {bad}")

print(f"queries: {len(queries)} ({', '.join(f'{k}={cnt[k]}' for k in KINDS_Q)})")
print(f"documenten: {len(docs)} (setting {len(docset - DISTRACTORS)}, afleiders {len(DISTRACTORS & docset)}, lang (>=300 woorden): {len(long_docs)})")
print(f"oordelen: {sum(grades.values())} (cijfer 3: {grades[3]}, cijfer 2: {grades[2]}, cijfer 1: {grades[1]})")
mins = min(sum(1 for g in q['judgements'].values() if g >= 2) for q in queries)
print(f"minimum aantal documenten met cijfer >= 2 per query: {mins}")
print(f"sha256 queries_initial_frozen.json: {sha}")
if errors:
    for e in errors: print("FOUT:", e)
    sys.exit(1)
print("OK")
