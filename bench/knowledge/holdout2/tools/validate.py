#!/usr/bin/env python3
"""Validate documents.json and queries.json of the held-out set. Exit code 0 = OK."""
import json, os, re, sys, collections

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_KINDS = {"onderzoek", "plan_van_aanpak", "participatieplan", "sjabloon", "raadsvoorstel",
             "les", "aanbesteding", "kaart", "overig"}
PHASES = {"tvw", "wup", "uitvoering", "algemeen"}
QUERY_KINDS = {"short", "compound", "abbreviation", "synonym", "question", "multiword", "typo"}
MIN_DOCS, MIN_QUERIES, MIN_PER_QKIND = 160, 70, 8

errors = []
def err(msg): errors.append(msg)

def load(name):
    try:
        with open(os.path.join(BASE, name), encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:
        err(f"{name}: not valid JSON ({e})"); return None

docs = load("documents.json"); queries = load("queries.json")
if docs is None or queries is None:
    print("\n".join(errors)); sys.exit(1)

# documents
if not isinstance(docs, list): err("documents.json must be a list")
ids = [d.get("id") for d in docs]
for i, c in collections.Counter(ids).items():
    if c > 1: err(f"duplicate document id {i}")
for d in docs:
    did = d.get("id")
    if set(d) != {"id", "title", "summary", "body", "kind", "phase"}:
        err(f"{did}: fields must be exactly id,title,summary,body,kind,phase (got {sorted(d)})")
    if not re.fullmatch(r"d\d{3}", str(did)): err(f"{did}: id must look like d001")
    for k in ("title", "summary", "body"):
        if not isinstance(d.get(k), str) or not d.get(k).strip(): err(f"{did}: empty {k}")
    if d.get("kind") not in DOC_KINDS: err(f"{did}: bad kind {d.get('kind')}")
    if d.get("phase") not in PHASES: err(f"{did}: bad phase {d.get('phase')}")
    n = len(str(d.get("body", "")).split())
    if not 50 <= n <= 500: err(f"{did}: body has {n} words (allowed 50-500)")
if len(docs) < MIN_DOCS: err(f"only {len(docs)} documents (< {MIN_DOCS})")
docset = set(ids)

# queries
qids = [q.get("id") for q in queries]
for i, c in collections.Counter(qids).items():
    if c > 1: err(f"duplicate query id {i}")
for q in queries:
    qid = q.get("id")
    if set(q) != {"id", "query", "kind", "judgements"}:
        err(f"{qid}: fields must be exactly id,query,kind,judgements")
    if not re.fullmatch(r"q\d{2,3}", str(qid)): err(f"{qid}: id must look like q01")
    if not isinstance(q.get("query"), str) or not q["query"].strip(): err(f"{qid}: empty query")
    if q.get("kind") not in QUERY_KINDS: err(f"{qid}: bad kind {q.get('kind')}")
    j = q.get("judgements")
    if not isinstance(j, dict) or not j: err(f"{qid}: judgements must be a non-empty object"); continue
    for did, g in j.items():
        if did not in docset: err(f"{qid}: judged document {did} does not exist")
        if not isinstance(g, int) or isinstance(g, bool) or g not in (1, 2, 3):
            err(f"{qid}: grade for {did} must be 1, 2 or 3 (got {g!r})")
    if sum(1 for g in j.values() if g in (2, 3)) < 2:
        err(f"{qid}: fewer than two documents graded >= 2")
if len(queries) < MIN_QUERIES: err(f"only {len(queries)} queries (< {MIN_QUERIES})")
kc = collections.Counter(q.get("kind") for q in queries)
for k in QUERY_KINDS:
    if kc[k] < MIN_PER_QKIND: err(f"query kind {k}: only {kc[k]} queries (< {MIN_PER_QKIND})")

if errors:
    print("FAILED"); print("\n".join(errors)); sys.exit(1)
grades = collections.Counter(g for q in queries for g in q["judgements"].values())
print(f"OK: {len(docs)} documents, {len(queries)} queries, "
      f"{sum(grades.values())} judgements (grade3={grades[3]}, grade2={grades[2]}, grade1={grades[1]})")
