"""Controleert de testcollectie in /work/holdout43. Print OK als alles klopt."""
import json, hashlib, csv, re, statistics, unicodedata, collections, os, sys
os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
errors = []
def err(m): errors.append(m)
def sha(fn): return hashlib.sha256(open(fn, "rb").read()).hexdigest()
def norm(s): return unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode()
KINDS_Q = ["abbreviations","compounds","multiword","questions","short","synonyms","typos"]
KINDS_D = {"aanbesteding","kaart","les","onderzoek","overig","participatieplan","plan_van_aanpak","raadsvoorstel","sjabloon"}
PHASES = {"algemeen","tvw","uitvoering","wup"}

# queries
frozen = json.load(open("queries_initial_frozen.json", encoding="utf-8"))
if sha("queries_initial_frozen.json") != open("src/frozen_sha256.txt").read().strip():
    err("queries_initial_frozen.json wijkt af van src/frozen_sha256.txt")
if len(frozen) != 70: err(f"{len(frozen)} queries i.p.v. 70")
for q in frozen:
    if set(q) != {"id","query","kind"}: err(f"verkeerde sleutels in {q.get('id')}")
if [q["id"] for q in frozen] != [f"q{i:02d}" for i in range(1, 71)]: err("ids niet q01..q70")
cnt = collections.Counter(q["kind"] for q in frozen)
for k in KINDS_Q:
    if cnt[k] != 10: err(f"soort {k}: {cnt[k]} queries")
if set(cnt) - set(KINDS_Q): err(f"onbekende soorten {set(cnt)-set(KINDS_Q)}")
qs = json.load(open("queries.json", encoding="utf-8"))
if len(qs) != len(frozen): err("queries.json heeft ander aantal")
for a, b in zip(frozen, qs):
    if (a["id"], a["query"], a["kind"]) != (b["id"], b["query"], b["kind"]): err(f"queries.json wijkt af bij {a['id']}")
    if set(b) != {"id","query","kind","judgements"}: err(f"verkeerde sleutels in queries.json {b['id']}")

# documents
docs = json.load(open("documents.json", encoding="utf-8"))
if sha("documents.json") != open("src/documents_sha256_at_judging.txt").read().strip():
    err("documents.json gewijzigd sinds begin beoordeling")
if len(docs) != 160: err(f"{len(docs)} documenten")
if [d["id"] for d in docs] != [f"d{i:03d}" for i in range(1, 161)]: err("ids niet d001..d160")
for d in docs:
    if set(d) != {"id","title","summary","body","kind","phase"}: err(f"verkeerde sleutels {d['id']}")
    if d["kind"] not in KINDS_D: err(f"ongeldige kind {d['id']}")
    if d["phase"] not in PHASES: err(f"ongeldige phase {d['id']}")
lens = {d["id"]: len((d["title"]+" "+d["summary"]+" "+d["body"]).split()) for d in docs}
L = list(lens.values())
if min(L) < 80: err(f"document korter dan 80 woorden: {[k for k,v in lens.items() if v<80]}")
med = statistics.median(L)
if not (150 <= med <= 200): err(f"mediaan {med} buiten 150-200")
over = sum(v > 300 for v in L)
if over < 25: err(f"slechts {over} documenten > 300 woorden")
dtext = {d["id"]: d["title"]+" "+d["summary"]+" "+d["body"] for d in docs}

# judgements
exc = {}
if os.path.exists("src/known_exceptions.tsv"):
    for row in list(csv.reader(open("src/known_exceptions.tsv", encoding="utf-8"), delimiter="\t"))[1:]:
        if row: exc[row[0]] = row[1]
avoided = {}
for row in list(csv.reader(open("src/avoided_words.tsv", encoding="utf-8"), delimiter="\t"))[1:]:
    avoided[row[0]] = [norm(w) for w in row[1].split(",")]
valid = {f"d{i:03d}" for i in range(1, 136)}
grades = collections.Counter()
for q in qs:
    for d, g in q["judgements"].items():
        if d not in valid: err(f"{q['id']}: oordeel op {d} (niet d001-d135)")
        if g not in (1, 2, 3): err(f"{q['id']} {d}: ongeldige grade {g}")
        grades[g] += 1
    strong = [d for d, g in q["judgements"].items() if g >= 2]
    if len(strong) < 3 and q["id"] not in exc: err(f"{q['id']}: slechts {len(strong)} documenten met grade 2/3")
    if q["kind"] == "synonyms":
        if q["id"] not in avoided: err(f"{q['id']}: geen vermeden woorden")
        for d in strong:
            toks = set(re.findall(r"\w+", norm(dtext[d])))
            bad = [w for w in avoided.get(q["id"], []) if w in toks]
            if bad: err(f"{q['id']} {d}: vermeden woord(en) {bad}")
for q in [k for k in avoided if k not in {x['id'] for x in qs if x['kind']=='synonyms'}]:
    err(f"vermeden woorden voor niet-synoniemquery {q}")

print(f"queries: {len(frozen)} ({', '.join(f'{k}={cnt[k]}' for k in KINDS_Q)})")
print(f"documenten: {len(docs)}; woorden min {min(L)}, mediaan {med}, max {max(L)}, >300: {over}")
print(f"oordelen: {sum(grades.values())} (grade 3: {grades[3]}, grade 2: {grades[2]}, grade 1: {grades[1]}); bekende uitzonderingen: {len(exc)}")
if errors:
    for e in errors: print("FOUT:", e)
    sys.exit(1)
print("OK")
