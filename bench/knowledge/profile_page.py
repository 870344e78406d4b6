"""Where the time of the search page goes: cProfile over the latency benchmark's queries.

Runs the page as served (facets left to the second request, the query embedded anew for every
query) once per query on the database that `latency.py` fills, and prints the milliseconds per
query of the search's own steps (cumulative, in Flexpool's code) and the time spent waiting for the
thread that works out the meaning. With `--timed` it runs without the profiler (three rounds of
the queries) and prints the mean and p95 milliseconds of each call of a few steps that read the
database or order the candidates, which the profiler's own cost would distort.

    DATABASE_URL=sqlite:///var/bench-knowledge.sqlite3 .venv/bin/python bench/knowledge/profile_page.py
    DATABASE_URL=... .venv/bin/python bench/knowledge/profile_page.py --timed
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("DATABASE_URL", "sqlite:///var/bench-knowledge.sqlite3")

import latency  # sets up Django on that database

from flexpool.knowledge import learned, vectors
from flexpool.knowledge.facets import forget_facets
from flexpool.knowledge.search import search_items
from flexpool.knowledge.visibility import Viewer

STEPS = (
    "search_items", "prepare_query", "_item_candidates", "ranked_with_coverage", "head_columns",
    "with_proximity", "with_feedback", "result", "with_meaning_feedback", "fuse", "reordered", "signals",
    "_columns", "feedback_terms", "vectors_of", "_proximity", "predict", "_meaning_only", "_load",
    "snippet_for",
)  # fmt: skip


# Steps timed call by call with --timed: (module, function).
TIMED = (
    (learned, "reordered"), (learned, "signals"), (learned, "_columns"), (vectors, "_vectors_postgres"),
    (vectors, "_nearest_postgres"), (vectors, "_visible"),
)  # fmt: skip


def timed(page: Callable[[str], None]) -> None:
    calls: dict[str, list[float]] = {}

    def wrapped(name: str, function: Callable) -> Callable:
        def call(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                calls.setdefault(name, []).append((time.perf_counter() - started) * 1000)

        return call

    for module, name in TIMED:
        setattr(module, name, wrapped(name, getattr(module, name)))
    for _round in range(3):
        for query in latency.LATENCY_QUERIES:
            page(query)
    searches = 3 * len(latency.LATENCY_QUERIES)
    for name, spent in calls.items():
        p95 = sorted(spent)[int(0.95 * len(spent))]
        mean = statistics.mean(spent)
        print(
            f"{name:<20} {len(spent) / searches:.0f} call(s) a search, {mean:6.2f} ms a call (p95 {p95:.2f})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timed", action="store_true", help="time a few steps call by call, no profiler")
    args = parser.parse_args()
    pool = latency.fill(100_000)
    viewer = Viewer(authenticated=True, user_id=None, pool_ids=(pool.pk,))

    def page(query: str) -> None:
        forget_facets()
        vectors._query_bytes.cache_clear()
        search_items(viewer=viewer, text_query=query, count_facets=False)

    for query in latency.LATENCY_QUERIES:  # warm the caches
        page(query)
    if args.timed:
        timed(page)
        return
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    for query in latency.LATENCY_QUERIES:
        page(query)
    profile.disable()
    count = len(latency.LATENCY_QUERIES)
    per_query = (time.perf_counter() - started) * 1000 / count
    print(f"{count} queries, {per_query:.1f} ms a query with the profiler on")
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    own = {}
    for (filename, _line, name), (_cc, _nc, _tt, cumulative, _callers) in stats.items():
        if "flexpool" in filename and name in STEPS:
            own[name] = own.get(name, 0.0) + cumulative
        if "acquire' of '_thread.lock" in name:
            own["waiting for a lock (the meaning's thread)"] = cumulative
    for name in (*STEPS, "waiting for a lock (the meaning's thread)"):
        if name in own:
            print(f"{name:<44} {own[name] * 1000 / count:6.1f} ms a query")


if __name__ == "__main__":
    main()
