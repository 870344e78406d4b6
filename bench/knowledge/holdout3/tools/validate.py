#!/usr/bin/env python3
"""Validate documents.json and queries.json. Exit code 1 on any error."""
import json, os, re, sys
from collections import Counter
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_KINDS = {"onderzoek", "plan_van_aanpak", "participatieplan", "sjabloon", "raadsvoorstel", "les", "aanbesteding", "kaart", "overig"}
PHASES = {"tvw", "wup", "uitvoering", "algemeen"}
Q_KINDS = {"short", "compound", "abbreviation", "synonym", "question", "multiword", "typo"}
errors = []
def err(m): errors.append(m)
try:
    docs = json.load(open(os.path.join(BASE, "documents.json"), encoding="utf-8"))
    queries = json.load(open(os.path.join(BASE, "queries.json"), encoding="utf-8"))
except Exception as e:
    print("INVALID JSON:", e); sys.exit(1)
if not isinstance(docs, list): err("documents.json is not a list")
if not isinstance(queries, list): err("queries.json is not a list")
ids = [d.get("id") for d in docs]
if len(ids) != len(set(ids)): err("duplicate document ids: %s" % [i for i, c in Counter(ids).items() if c > 1])
for d in docs:
    if set(d) != {"id", "title", "summary", "body", "kind", "phase"}: err(f"{d.get('id')}: wrong fields {sorted(d)}")
    if not re.fullmatch(r"e\d{3}", str(d.get("id"))): err(f"bad doc id {d.get('id')}")
    for f in ("title", "summary", "body"):
        if not isinstance(d.get(f), str) or not d.get(f).strip(): err(f"{d.get('id')}: empty {f}")
    if d.get("kind") not in DOC_KINDS: err(f"{d.get('id')}: bad kind {d.get('kind')}")
    if d.get("phase") not in PHASES: err(f"{d.get('id')}: bad phase {d.get('phase')}")
if len(docs) < 160: err(f"only {len(docs)} documents (< 160)")
idset = set(ids)
qids = [q.get("id") for q in queries]
if len(qids) != len(set(qids)): err("duplicate query ids")
for q in queries:
    if set(q) != {"id", "query", "kind", "judgements"}: err(f"{q.get('id')}: wrong fields {sorted(q)}")
    if not re.fullmatch(r"q\d{2,3}", str(q.get("id"))): err(f"bad query id {q.get('id')}")
    if q.get("kind") not in Q_KINDS: err(f"{q.get('id')}: bad kind {q.get('kind')}")
    n = len(str(q.get("query", "")).split())
    if not 1 <= n <= 9: err(f"{q.get('id')}: query has {n} words")
    if "?" in q.get("query", ""): err(f"{q.get('id')}: question mark in query")
    j = q.get("judgements", {})
    if not isinstance(j, dict) or not j: err(f"{q.get('id')}: no judgements")
    for did, g in j.items():
        if did not in idset: err(f"{q.get('id')}: judged id {did} does not exist")
        if g not in (1, 2, 3): err(f"{q.get('id')}: grade {g!r} for {did} not in 1..3")
    if sum(1 for g in j.values() if g >= 2) < 2: err(f"{q.get('id')}: fewer than two documents graded >=2")
if len(queries) < 70: err(f"only {len(queries)} queries (< 70)")
kc = Counter(q.get("kind") for q in queries)
for k in Q_KINDS:
    if kc[k] < 10: err(f"query kind {k}: only {kc[k]} (< 10)")
if errors:
    print("FAILED"); [print(" -", e) for e in errors]; sys.exit(1)
print(f"OK: {len(docs)} documents, {len(queries)} queries, {sum(len(q['judgements']) for q in queries)} judgements")
