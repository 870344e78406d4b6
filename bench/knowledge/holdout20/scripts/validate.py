"""Validate the holdout20 test collection."""
import json, hashlib, csv, re, unicodedata, sys, collections
B = '/work/holdout20/'
errors = []
def err(m): errors.append(m)
def norm(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s.lower()) if not unicodedata.combining(c))
def tokens(s):
    return set(re.findall(r"[a-z0-9+]+", norm(s)))

KINDS = {"onderzoek", "plan_van_aanpak", "participatieplan", "sjabloon", "raadsvoorstel", "les", "aanbesteding", "kaart", "overig"}
PHASES = {"tvw", "wup", "uitvoering", "algemeen"}
QKINDS = ["abbreviations", "compounds", "multiword", "questions", "short", "synonyms", "typos"]

# documents
docs = json.load(open(B + 'documents.json', encoding='utf-8'))
ids = [d.get("id") for d in docs]
if len(docs) != 160: err(f"expected 160 documents, got {len(docs)}")
if ids != [f"d{i:03d}" for i in range(1, 161)]: err("document ids are not d001..d160 in order")
wc = []
for d in docs:
    for f in ["id", "title", "summary", "body", "kind", "phase"]:
        if not isinstance(d.get(f), str) or not d[f].strip(): err(f"{d.get('id')}: missing field {f}")
    if d.get("kind") not in KINDS: err(f"{d['id']}: invalid kind {d.get('kind')}")
    if d.get("phase") not in PHASES: err(f"{d['id']}: invalid phase {d.get('phase')}")
    wc.append(len(d.get("body", "").split()))
n_mid = sum(1 for w in wc if 100 <= w <= 200)
n_long = sum(1 for w in wc if 300 <= w <= 500)
if n_mid <= len(docs) / 2: err(f"only {n_mid} documents with 100-200 words (need most)")
if n_long < 12: err(f"only {n_long} documents with 300-500 words (need >= 12)")
docmap = {d["id"]: d for d in docs}
distractors = {f"d{i:03d}" for i in range(136, 161)}

# frozen queries
fz_path = B + 'queries_initial_frozen.json'
sha = hashlib.sha256(open(fz_path, 'rb').read()).hexdigest()
rec = open(B + 'src/frozen_sha256.txt').read().split()[0]
if sha != rec: err(f"frozen sha256 mismatch: {sha} vs recorded {rec}")
frozen = json.load(open(fz_path, encoding='utf-8'))
qs = json.load(open(B + 'queries.json', encoding='utf-8'))
if len(frozen) != 70 or len(qs) != 70: err("expected 70 queries")
if [q["id"] for q in frozen] != [f"q{i:02d}" for i in range(1, 71)]: err("query ids not q01..q70")
for a, b in zip(frozen, qs):
    if (a["id"], a["query"], a["kind"]) != (b.get("id"), b.get("query"), b.get("kind")):
        err(f"query {a['id']} differs from frozen file")
kc = collections.Counter(q["kind"] for q in frozen)
for k in QKINDS:
    if kc[k] != 10: err(f"kind {k}: {kc[k]} queries (need 10)")
if set(kc) != set(QKINDS): err(f"unexpected kinds {set(kc) - set(QKINDS)}")

# judgements
avoided = {r["id"]: [norm(w.strip()) for w in r["avoided_words"].split(',') if w.strip()]
           for r in csv.DictReader(open(B + 'src/avoided_words.tsv', encoding='utf-8'), delimiter='\t')}
syn_ids = [q["id"] for q in frozen if q["kind"] == "synonyms"]
for s in syn_ids:
    if s not in avoided: err(f"{s}: no avoided words recorded")
total = 0; grade_counts = collections.Counter()
for q in qs:
    J = q.get("judgements", {})
    total += len(J)
    for d, g in J.items():
        if d not in docmap: err(f"{q['id']}: unknown doc {d}")
        if d in distractors: err(f"{q['id']}: distractor {d} judged")
        if g not in (1, 2, 3): err(f"{q['id']}: grade {g} for {d} not in 1..3")
        grade_counts[g] += 1
    if sum(1 for g in J.values() if g >= 2) < 3: err(f"{q['id']}: fewer than 3 documents graded >= 2")
    if q["kind"] == "synonyms":
        for d in J:
            if d not in docmap: continue
            dd = docmap[d]
            toks = tokens(dd["title"] + " " + dd["summary"] + " " + dd["body"])
            bad = [w for w in avoided.get(q["id"], []) if w in toks]
            if bad: err(f"{q['id']}: judged doc {d} contains avoided word(s) {bad}")

print(f"documents: {len(docs)} ({len(docs) - len(distractors)} content, {len(distractors)} distractors)")
print(f"body words: min {min(wc)}, max {max(wc)}, 100-200: {n_mid}, 300-500: {n_long}")
print(f"kinds: {dict(collections.Counter(d['kind'] for d in docs))}")
print(f"phases: {dict(collections.Counter(d['phase'] for d in docs))}")
print(f"queries: {len(qs)} per kind: {dict(kc)}")
print(f"frozen sha256: {sha}")
print(f"judgements: {total} (grade 3: {grade_counts[3]}, 2: {grade_counts[2]}, 1: {grade_counts[1]}), "
      f"min per query: {min(len(q['judgements']) for q in qs)}, "
      f"min graded>=2 per query: {min(sum(1 for g in q['judgements'].values() if g >= 2) for q in qs)}")
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
