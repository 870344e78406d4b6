"""Search quality: nDCG@10 and recall@10 of the knowledge search against a plain baseline, per step.

Every configuration is measured in the same run on the same generated corpus (bench/knowledge/corpus.py):
documents are normalised with the configuration's pipeline, indexed in an in-memory SQLite FTS5
table (tokenizer unicode61, as in production), matched with all query words first and any word when
that finds nothing, and ranked with the production BM25F formula (title 3, summary 1.5, body 1).

    .venv/bin/python bench/knowledge/evaluate.py --seed 7 --documents 320
"""

from __future__ import annotations

import argparse
import json
import math
import sqlite3
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import QUERIES, generate, judgements  # noqa: E402

from flexpool.knowledge import fulltext, text  # noqa: E402

K1, B = 1.2, 0.75  # as flexpool.knowledge.search
WEIGHTS = (3.0, 1.5, 1.0)
PLAIN = text.PLAIN
FULL = text.FULL
CONFIGURATIONS = [
    ("baseline: lower case, no stemming or compounds", PLAIN, "bm25"),
    ("+ accents folded", replace(PLAIN, fold_accents=True), "bm25"),
    ("+ stop words", replace(PLAIN, fold_accents=True, stopwords=True), "bm25"),
    (
        "+ Snowball stemming (dutch_porter)",
        replace(PLAIN, fold_accents=True, stopwords=True, stem=True),
        "bm25",
    ),
    ("+ lexicon lemmas", replace(FULL, decompound=False), "bm25"),
    ("+ compound splitting (= production)", FULL, "bm25"),
    ("production with Python BM25F ranking", FULL, "bm25f"),
    ("production with candidates from the postings", FULL, "postings"),
    ("production without compound splitting", replace(FULL, decompound=False), "bm25f"),
    ("production without stemming", replace(FULL, stem=False), "bm25f"),
    ("production with Snowball 3 'dutch' stemmer", replace(FULL, stemmer="dutch"), "bm25f"),
]


def build(corpus, pipeline):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE fts USING fts5(t, s, b, tokenize='unicode61 remove_diacritics 0')")
    rows = []
    for doc in corpus:
        columns = [text.normalise(v, pipeline) for v in (doc.title, doc.summary, doc.body)]
        rows.append((doc.id, *columns))
    db.executemany("INSERT INTO fts(rowid, t, s, b) VALUES (?, ?, ?, ?)", rows)
    stats = Counter()
    total = 0
    columns_by_id = {}
    for doc_id, *columns in rows:
        columns_by_id[doc_id] = columns
        stats.update({t for c in columns for t in c.split()})
        total += sum(len(c.split()) for c in columns)
    return db, columns_by_id, stats, total / len(rows)


class _Connection:
    """Just enough of a Django connection for `fulltext.impact_candidates` on an sqlite3 database."""

    vendor = "sqlite"

    def __init__(self, db):
        self.db = db

    def cursor(self):
        return _Cursor(self.db)


class _Cursor:
    def __init__(self, db):
        self.db, self.rows = db, []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def execute(self, sql, params=()):
        self.rows = self.db.execute(sql.replace("%s", "?"), list(params)).fetchall()

    def fetchall(self):
        return self.rows


def add_postings(index):
    """The production postings table (same columns and index) for the candidate step."""
    db, columns_by_id, _stats, avg = index
    db.execute("CREATE TABLE knowledge_knowledgeitem (id INTEGER PRIMARY KEY, search_length INTEGER)")
    db.execute("CREATE TABLE knowledge_posting (item_id INTEGER, term TEXT, weight INTEGER, impact INTEGER, "
               "PRIMARY KEY (item_id, term))")  # fmt: skip
    db.execute("CREATE INDEX posting_by_impact ON knowledge_posting (term, impact DESC, item_id)")
    for doc_id, columns in columns_by_id.items():
        named = dict(zip(fulltext.DOUBLE_WEIGHTS, columns, strict=True))
        length = sum(len(c.split()) for c in columns)
        db.execute("INSERT INTO knowledge_knowledgeitem VALUES (?, ?)", (doc_id, length))
        db.executemany(
            "INSERT INTO knowledge_posting VALUES (?, ?, ?, ?)",
            fulltext.posting_rows(doc_id, named, length, avg),
        )


def fts_expression(query, mode):
    groups = ["(" + " AND ".join(f'"{t}"' for t in g) + ")" for g in query.groups]
    return (" AND " if mode == "all" else " OR ").join(groups)


def search(index, query, ranking, n_docs):
    db, columns_by_id, stats, avg = index
    if not query:
        return []
    if ranking == "postings":  # as flexpool.knowledge.search (WINDOW 200, DEPTH 400), without the
        # exact path for small match sets (EXACT_BELOW), so the walks themselves are measured
        for mode in ("all", "any"):
            found = fulltext.impact_candidates(
                _Connection(db), fulltext.ITEMS, query, mode=mode, where=fulltext.Where(), df=stats,
                limit=200, depth=400,
            )  # fmt: skip
            if found:
                break
        ids = sorted(found)
    else:
        for mode in ("all", "any"):
            rows = db.execute(
                "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 3.0, 1.5, 1.0), rowid LIMIT 200",
                (fts_expression(query, mode),),
            ).fetchall()
            if rows:
                break
        ids = [r[0] for r in rows]
    if ranking == "bm25":
        return ids[:10]
    wanted = set(query.terms)
    idf = {t: math.log(1 + (n_docs - stats[t] + 0.5) / (stats[t] + 0.5)) for t in wanted}
    scored = []
    for doc_id in ids:
        tf = Counter()
        length = 0
        for weight, column in zip(WEIGHTS, columns_by_id[doc_id], strict=True):
            terms = column.split()
            length += len(terms)
            for t in terms:
                if t in wanted:
                    tf[t] += weight
        norm = K1 * (1 - B + B * length / avg)
        scored.append((round(sum(idf[t] * f * (K1 + 1) / (f + norm) for t, f in tf.items()), 9), doc_id))
    scored.sort(key=lambda p: (-p[0], p[1]))
    return [d for _s, d in scored[:10]]


def ndcg10(ranked, relevant):
    dcg = sum((2 ** relevant.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:10]))
    ideal = sorted(relevant.values(), reverse=True)[:10]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall10(ranked, relevant):
    # Recall of the main-topic documents within the top 10, relative to what fits in 10.
    main = {d for d, g in relevant.items() if g == 2}
    return len(main.intersection(ranked[:10])) / min(10, len(main)) if main else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--documents", type=int, default=320)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "knowledge-quality.json"))
    args = parser.parse_args()
    corpus = generate(args.seed, args.documents)
    labelled = judgements(corpus)
    results = []
    print(f"{len(corpus)} documents, {len(labelled)} queries (seed {args.seed})\n")
    print(f"{'configuration':52} {'nDCG@10':>8} {'recall@10':>10} {'no hit':>7}")
    for name, pipeline, ranking in CONFIGURATIONS:
        started = time.perf_counter()
        index = build(corpus, pipeline)
        if ranking == "postings":
            add_postings(index)
        ndcgs, recalls, empty = [], [], 0
        per_query = []
        for query_text, relevant in labelled:
            ranked = search(index, text.parse_query(query_text, pipeline), ranking, len(corpus))
            empty += not ranked
            ndcgs.append(ndcg10(ranked, relevant))
            recalls.append(recall10(ranked, relevant))
            per_query.append(
                {"query": query_text, "ndcg10": round(ndcgs[-1], 4), "recall10": round(recalls[-1], 4)}
            )
        row = {
            "configuration": name,
            "ndcg10": round(sum(ndcgs) / len(ndcgs), 4),
            "recall10": round(sum(recalls) / len(recalls), 4),
            "queries_without_hits": empty,
            "seconds": round(time.perf_counter() - started, 2),
            "per_query": per_query,
        }
        results.append(row)
        print(f"{name:52} {row['ndcg10']:8.3f} {row['recall10']:10.3f} {empty:7d}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(
        json.dumps(
            {"seed": args.seed, "documents": len(corpus), "queries": len(QUERIES), "results": results},
            indent=1,
            ensure_ascii=False,
        )
    )
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
