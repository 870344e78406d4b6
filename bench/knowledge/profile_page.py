"""Where the time of the search page goes: cProfile over the latency benchmark's queries.

Runs the page as served (facets left to the second request, the query embedded anew for every
query) once per query on the database that `latency.py` fills, and prints the milliseconds per
query of the search's own steps (cumulative, in Flexpool's code) and the time spent waiting for the
thread that works out the meaning.

    DATABASE_URL=sqlite:///var/bench-knowledge.sqlite3 .venv/bin/python bench/knowledge/profile_page.py
"""

from __future__ import annotations

import cProfile
import os
import pstats
import time

os.environ.setdefault("DATABASE_URL", "sqlite:///var/bench-knowledge.sqlite3")

import latency  # sets up Django on that database

from flexpool.knowledge import vectors
from flexpool.knowledge.facets import forget_facets
from flexpool.knowledge.search import search_items
from flexpool.knowledge.visibility import Viewer

STEPS = (
    "search_items", "prepare_query", "_item_candidates", "ranked_with_coverage", "head_columns",
    "with_proximity", "with_feedback", "result", "with_meaning_feedback", "fuse", "reordered", "signals",
    "_columns", "feedback_terms", "vectors_of", "_proximity", "predict", "_meaning_only", "_load",
    "snippet_for",
)  # fmt: skip


def main() -> None:
    pool = latency.fill(100_000)
    viewer = Viewer(authenticated=True, user_id=None, pool_ids=(pool.pk,))

    def page(query: str) -> None:
        forget_facets()
        vectors._query_bytes.cache_clear()
        search_items(viewer=viewer, text_query=query, count_facets=False)

    for query in latency.LATENCY_QUERIES:  # warm the caches
        page(query)
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
