"""Experiment, not part of the product: a first pass over fewer dimensions before the exact nearest
items on SQLite.

On SQLite the search multiplies the query's vector with every stored vector (154 MB at 100,000
items). Here the stored vectors are first projected on their DIMENSIONS strongest directions (a
singular value decomposition of a sample of at most 20,000 of them); the rows nearest in that
projection are then scored exactly and the best 100 kept (`vectors.NEAREST`). Reports, over the
latency benchmark's queries, how many queries keep exactly the 100 nearest of the exact search,
the most items one query loses, and the milliseconds per query against the exact product in the
same run. `coarse_vectors.py` tried one bit per dimension instead.

Needs the database that `latency.py` fills:

    DATABASE_URL=sqlite:///var/bench-knowledge.sqlite3 .venv/bin/python bench/knowledge/projected_vectors.py

Writes bench/results/knowledge-projected-vectors.json.
"""

from __future__ import annotations

import json
import os
import time

os.environ.setdefault("DATABASE_URL", "sqlite:///var/bench-knowledge.sqlite3")
import latency  # sets up Django on that database
import numpy as np

from flexpool.knowledge import vectors

DIMENSIONS = (96, 128)
RESCORED = (500, 1000)
SAMPLE = 20_000
RESULTS = latency.ROOT / "bench" / "results" / "knowledge-projected-vectors.json"


def nearest(scores: np.ndarray, rows: np.ndarray | None = None) -> set[int]:
    best = np.argpartition(-scores, vectors.NEAREST - 1)[: vectors.NEAREST]
    return set((best if rows is None else rows[best]).tolist())


def main() -> None:
    _ids, matrix = vectors._sqlite_matrix()
    _u, _s, directions = np.linalg.svd(
        matrix[:: max(1, len(matrix) // SAMPLE)].astype(np.float64), full_matrices=False
    )
    queries = [vectors.embed_query(q) for q in latency.LATENCY_QUERIES]
    started = time.perf_counter()
    exact = [nearest(matrix @ q) for q in queries]
    exact_ms = (time.perf_counter() - started) * 1000 / len(queries)
    rows = []
    for dimensions in DIMENSIONS:
        basis = np.ascontiguousarray(directions[:dimensions].astype(np.float32))
        projected = np.ascontiguousarray(matrix @ basis.T)
        for rescored in RESCORED:
            started = time.perf_counter()
            found = []
            for q in queries:
                first = np.argpartition(-(projected @ (basis @ q)), rescored - 1)[:rescored]
                found.append(nearest(matrix[first] @ q, first))
            ms = (time.perf_counter() - started) * 1000 / len(queries)
            rows.append({
                "dimensions": dimensions,
                "rescored": rescored,
                "queries with the exact nearest": sum(f == e for f, e in zip(found, exact, strict=True)),
                "most items lost by one query": max(len(e - f) for f, e in zip(found, exact, strict=True)),
                "ms a query": round(ms, 2),
            })  # fmt: skip
            print(rows[-1])
    result = {
        "queries": len(queries),
        "nearest": vectors.NEAREST,
        "exact ms a query": round(exact_ms, 2),
        "passes": rows,
    }
    print(f"exact: {exact_ms:.2f} ms a query")
    RESULTS.write_text(json.dumps(result, indent=1) + "\n")
    print(f"written to {RESULTS.relative_to(latency.ROOT)}")


if __name__ == "__main__":
    main()
