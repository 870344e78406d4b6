"""Whether the request's own thread should help compare the query with the stored vectors on SQLite.

On SQLite the nearest items in meaning are found by comparing the query's vector with every stored
vector (154 MB at 100,000 items), in parts (`vectors._Scan`): the thread that embedded the query
takes parts, and so does the request's thread when it asks for the result before the comparison is
done, instead of waiting. Measures, in turns query by query on the database `latency.py` fills:

- the comparison alone: one thread, and two threads taking parts;
- the page as served (`search_items`, facets left to the second request), with the request's
  thread helping (as shipped) and waiting (the thread that embedded the query does every part).

    DATABASE_URL=sqlite:///var/bench-knowledge.sqlite3 .venv/bin/python bench/knowledge/shared_scan.py

Writes bench/results/knowledge-shared-scan.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import threading
import time

os.environ.setdefault("DATABASE_URL", "sqlite:///var/bench-knowledge.sqlite3")
import latency  # sets up Django on that database

from flexpool.knowledge import vectors
from flexpool.knowledge.visibility import Viewer

RESULTS = latency.ROOT / "bench" / "results" / "knowledge-shared-scan.json"
SHIPPED_SCAN = vectors._Scan


class WaitingScan(SHIPPED_SCAN):
    """The comparison as before: the thread that embedded the query takes every part; the
    request's thread waits for it."""

    def start(self, vector) -> None:
        self.vector = vector
        self._ready.set()
        SHIPPED_SCAN.work(self)

    def work(self) -> None:
        return


@contextlib.contextmanager
def scan_by(kind: type):
    vectors._Scan = kind
    try:
        yield
    finally:
        vectors._Scan = SHIPPED_SCAN


def comparison(ids, matrix, vector, threads: int) -> float:
    started = time.perf_counter()
    scan = SHIPPED_SCAN(ids, matrix)
    helper = threading.Thread(target=scan.work) if threads == 2 else None
    if helper:
        helper.start()
    scan.start(vector)
    scan.nearest()
    if helper:
        helper.join()
    return (time.perf_counter() - started) * 1000


def summary(timings: list[float]) -> dict:
    return {
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(latency.pct(timings, 95), 1),
        "samples": len(timings),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    pool = latency.fill(100_000)
    viewer = Viewer(authenticated=True, user_id=None, pool_ids=(pool.pk,))
    ids, matrix = vectors._sqlite_matrix()
    queries = [vectors.embed_query(q) for q in latency.LATENCY_QUERIES]
    alone: dict[str, list[float]] = {"one thread": [], "two threads": []}
    for _ in range(args.repeats):
        for vector in queries:
            alone["one thread"].append(comparison(ids, matrix, vector, 1))
            alone["two threads"].append(comparison(ids, matrix, vector, 2))
    latency.measure(pool, 1, "served", viewer)  # warm the caches
    load_before = os.getloadavg()[0]
    pages = latency.measure(
        pool,
        args.repeats,
        "served",
        viewer,
        variants={
            "request's thread helps (shipped)": lambda: scan_by(SHIPPED_SCAN),
            "request's thread waits": lambda: scan_by(WaitingScan),
        },
    )
    load_after = os.getloadavg()[0]
    rows = {f"comparison alone, {name}": summary(t) for name, t in alone.items()}
    rows.update({f"page as served, {name}": summary(t) for name, (t, _cpu) in pages.items()})
    print(f"{len(ids):,} stored vectors, {len(latency.LATENCY_QUERIES)} queries × {args.repeats}")
    print(f"{'':58} {'p50 ms':>8} {'p95 ms':>8}")
    for name, row in rows.items():
        print(f"{name:58} {row['p50_ms']:8.1f} {row['p95_ms']:8.1f}")
    print(f"load average before {load_before:.2f}, after {load_after:.2f}")
    RESULTS.write_text(
        json.dumps({"vectors": len(ids), "load": [load_before, load_after], "results": rows}, indent=1)
    )
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
