"""Experiment, not part of the product: a one-bit coarse pass before the exact nearest items on SQLite.

On SQLite the search multiplies the query's vector with every stored vector (150 MB at 100,000
items). Here the sign of each stored vector (minus the mean of all of them, or as it is) is kept as
one bit per dimension; the rows nearest by Hamming distance are then scored exactly and the best 50
kept. Reports, over the latency benchmark's queries, the share of the exact 50 nearest that the
coarse pass keeps and the milliseconds per query, against the exact product in the same run.

Needs the database that `latency.py` fills:

    DATABASE_URL=sqlite:///var/bench-knowledge.sqlite3 .venv/bin/python bench/knowledge/coarse_vectors.py

Writes bench/results/knowledge-coarse-vectors.json.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time

os.environ.setdefault("DATABASE_URL", "sqlite:///var/bench-knowledge.sqlite3")

import latency  # sets up Django on that database
import numpy as np

from flexpool.knowledge import vectors

NEAREST = 50
KEEP = (1000, 2000, 5000)
RESULTS = latency.ROOT / "bench" / "results" / "knowledge-coarse-vectors.json"


def milliseconds(work):
    started = time.perf_counter()
    value = work()
    return value, (time.perf_counter() - started) * 1000


def bits(values: np.ndarray, centre: np.ndarray | None) -> np.ndarray:
    """One bit per dimension: whether the value lies above the centre (or above zero)."""
    shifted = values - centre if centre is not None else values
    return np.packbits(shifted > 0, axis=-1).view(np.uint64)


def coarse_nearest(
    matrix: np.ndarray, codes: np.ndarray, centre: np.ndarray | None, query: np.ndarray, keep: int
) -> np.ndarray:
    """The rows nearest by Hamming distance, of which the NEAREST best by the exact product."""
    near = np.argpartition(np.bitwise_count(codes ^ bits(query, centre)).sum(axis=1), keep - 1)[:keep]
    return near[np.argpartition(-(matrix[near] @ query), NEAREST - 1)[:NEAREST]]


def say(label: str, keep: object, row: dict) -> None:
    print(
        f"{label:<22} {keep!s:>6} {row['ms_p50']:7.2f} {row['found_mean']:11.3f} {row['found_lowest']:7.3f}"
    )


def main() -> None:
    ids, matrix = vectors._sqlite_matrix()
    if len(ids) < 10_000:
        sys.exit("fill the database first: bench/knowledge/latency.py (100,000 items)")
    queries = [vectors.embed_query(q) for q in latency.LATENCY_QUERIES]
    exact_times, exact_sets = [], []
    for query in queries:
        # The search's own exact pass: item id → similarity of the NEAREST rows.
        found, ms = milliseconds(lambda q=query: vectors._top(ids, matrix, q, NEAREST))
        exact_times.append(ms)
        exact_sets.append(set(found))
    rows = {
        "exact": {"ms_p50": round(statistics.median(exact_times), 2), "found_mean": 1.0, "found_lowest": 1.0}
    }
    print(f"{len(ids)} vectors, {len(queries)} queries")
    print(f"{'pass':<22} {'keep':>6} {'ms p50':>7} {'found mean':>11} {'lowest':>7}")
    say("exact product", "", rows["exact"])
    for label, centre in (("bits, mean taken off", matrix.mean(axis=0)), ("bits as stored", None)):
        codes = bits(matrix, centre)
        for keep in KEEP:
            times, shares = [], []
            for query, exact in zip(queries, exact_sets, strict=True):
                found, ms = milliseconds(
                    lambda q=query, k=keep, c=codes, m=centre: coarse_nearest(matrix, c, m, q, k)
                )
                times.append(ms)
                shares.append(len(exact & {int(ids[row]) for row in found}) / NEAREST)
            row = {
                "ms_p50": round(statistics.median(times), 2),
                "found_mean": round(statistics.mean(shares), 4),
                "found_lowest": round(min(shares), 4),
            }
            rows[f"{label}, keep {keep}"] = row
            say(label, keep, row)
    RESULTS.write_text(
        json.dumps({"vectors": len(ids), "queries": len(queries), "rows": rows}, indent=1) + "\n"
    )
    print(f"written to {RESULTS.relative_to(latency.ROOT)}")


if __name__ == "__main__":
    main()
