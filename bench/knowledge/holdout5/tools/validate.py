#!/usr/bin/env python3
"""Controleert documents.json en queries.json (en, indien aanwezig, queries_initial_frozen.json)."""
import json, os, sys, collections

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_KINDS = {"onderzoek", "plan_van_aanpak", "participatieplan", "sjabloon", "raadsvoorstel",
             "les", "aanbesteding", "kaart", "overig"}
PHASES = {"tvw", "wup", "uitvoering", "algemeen"}
QUERY_KINDS = {"short", "compound", "abbreviation", "synonym", "question", "multiword", "typo"}
errors = []

def err(msg):
    errors.append(msg)

def load(name):
    with open(os.path.join(BASE, name), encoding="utf-8") as f:
        return json.load(f)

docs = load("documents.json")
if not isinstance(docs, list):
    err("documents.json is geen lijst")
    docs = []
doc_ids = set()
for i, d in enumerate(docs):
    if not isinstance(d, dict):
        err("document %d is geen object" % i); continue
    for field in ("id", "title", "summary", "body", "kind", "phase"):
        if field not in d:
            err("document %s mist veld %s" % (d.get("id", i), field))
        elif not isinstance(d[field], str):
            err("document %s: veld %s is geen string" % (d.get("id", i), field))
    did = d.get("id")
    if did in doc_ids:
        err("dubbel document-id %s" % did)
    doc_ids.add(did)
    if d.get("kind") not in DOC_KINDS:
        err("document %s: ongeldige kind %r" % (did, d.get("kind")))
    if d.get("phase") not in PHASES:
        err("document %s: ongeldige phase %r" % (did, d.get("phase")))
    if not str(d.get("title", "")).strip() or not str(d.get("body", "")).strip():
        err("document %s: lege titel of body" % did)

def check_queries(queries, name, strict=True):
    qids = set()
    kinds = collections.Counter()
    njudg = 0
    if not isinstance(queries, list):
        err("%s is geen lijst" % name); return 0, 0
    for q in queries:
        qid = q.get("id")
        if qid in qids:
            err("%s: dubbel query-id %s" % (name, qid))
        qids.add(qid)
        if not isinstance(q.get("query"), str) or not q.get("query", "").strip():
            err("%s: query %s heeft geen tekst" % (name, qid))
        if q.get("kind") not in QUERY_KINDS:
            err("%s: query %s heeft ongeldige kind %r" % (name, qid, q.get("kind")))
        kinds[q.get("kind")] += 1
        j = q.get("judgements")
        if not isinstance(j, dict):
            err("%s: query %s heeft geen judgements-object" % (name, qid)); continue
        for did, g in j.items():
            njudg += 1
            if did not in doc_ids:
                err("%s: query %s beoordeelt onbekend document %s" % (name, qid, did))
            if not isinstance(g, int) or isinstance(g, bool) or g not in (1, 2, 3):
                err("%s: query %s, document %s: ongeldige grade %r" % (name, qid, did, g))
        if strict and sum(1 for g in j.values() if g in (2, 3)) < 2:
            err("%s: query %s heeft minder dan twee documenten met grade >= 2" % (name, qid))
    if strict:
        for k in QUERY_KINDS:
            if kinds[k] < 10:
                err("%s: minder dan 10 queries van soort %s (%d)" % (name, k, kinds[k]))
    return len(queries), njudg

queries = load("queries.json")
nq, nj = check_queries(queries, "queries.json")

frozen_path = os.path.join(BASE, "queries_initial_frozen.json")
if os.path.exists(frozen_path):
    frozen = load("queries_initial_frozen.json")
    check_queries(frozen, "queries_initial_frozen.json", strict=False)
    fz = {q["id"]: (q["query"], q["kind"]) for q in frozen}
    fq = {q["id"]: (q["query"], q["kind"]) for q in queries}
    if fz != fq:
        err("queries_initial_frozen.json en queries.json bevatten niet dezelfde queries")

if len(docs) < 155:
    err("minder dan 155 documenten (%d)" % len(docs))
if nq < 70:
    err("minder dan 70 queries (%d)" % nq)

if errors:
    for e in errors:
        print("FOUT:", e)
    sys.exit(1)
print("OK: %d documents, %d queries, %d judgements" % (len(docs), nq, nj))
