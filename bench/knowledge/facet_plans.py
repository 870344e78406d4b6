# ruff: noqa: E501
"""How long the facet count of a search takes, with its text condition planned together with the
visibility and the filters, or on its own (a subquery that those then narrow; as shipped), on the
database that bench/knowledge/latency.py filled with 100,000 items. Run that first.

For every latency query, as a pool member and as someone not logged in, without a filter and with
one: the best of two counts from scratch, both ways in turns; the counts must be equal.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/flexpool_bench_knowledge .venv/bin/python bench/knowledge/facet_plans.py

On SQLite both ways run the same statement (its matches always come from FTS5 first).
"""

from __future__ import annotations

import dataclasses
import json
import statistics
import time

from latency import LATENCY_QUERIES, ROOT, pct  # sets up Django on DATABASE_URL; fills nothing

from flexpool.knowledge import facets
from flexpool.knowledge.fulltext import ITEMS
from flexpool.knowledge.models import KnowledgeItem
from flexpool.knowledge.search import Filters, facet_counts_for
from flexpool.knowledge.visibility import Viewer
from flexpool.pool.models import Pool

WAYS = {"planned together": dataclasses.replace(ITEMS, text_planned_apart=False), "text on its own": ITEMS}


def spread(values: list[float]) -> dict[str, float]:
    """Median, p95 and maximum of timings in ms, as the rows of the facet benchmarks hold them."""
    return {
        "median_ms": round(statistics.median(values), 1),
        "p95_ms": round(pct(values, 95), 1),
        "max_ms": round(max(values), 1),
    }


def spread_text(row: dict) -> str:
    return f"median {row['median_ms']:6.1f}  p95 {row['p95_ms']:6.1f}  max {row['max_ms']:6.1f} ms"


def best_of_two(viewer: Viewer, query: str, filters: Filters) -> tuple[float, int]:
    best, total = float("inf"), 0
    for _ in range(2):
        facets.forget_facets()
        started = time.perf_counter()
        total = facet_counts_for(viewer, query, filters)[1]
        best = min(best, (time.perf_counter() - started) * 1000)
    return best, total


def main() -> None:
    pool = Pool.objects.order_by("pk").last()
    if pool is None or not KnowledgeItem.objects.exists():
        raise SystemExit("No items: run bench/knowledge/latency.py on this database first.")
    municipality = KnowledgeItem.objects.values_list("municipality_id", flat=True).first()
    viewers = {"pool member": Viewer(authenticated=True, pool_ids=(pool.pk,)), "not logged in": Viewer()}
    choices = {
        "no filter": Filters(),
        "one municipality": Filters(municipality=municipality),
        "one kind": Filters(kind="les"),
    }
    rows = []
    try:
        for who, viewer in viewers.items():
            for which, filters in choices.items():
                timings: dict[str, list[float]] = {way: [] for way in WAYS}
                for query in LATENCY_QUERIES:
                    totals = set()
                    for way, spec in WAYS.items():
                        facets.ITEMS = spec
                        took, total = best_of_two(viewer, query, filters)
                        timings[way].append(took)
                        totals.add(total)
                    if len(totals) != 1:
                        raise SystemExit(f"The two ways count differently for {query!r}: {sorted(totals)}")
                for way, values in timings.items():
                    row = {"who": who, "filter": which, "way": way, **spread(values)}
                    rows.append(row)
                    print(f"{who:14} {which:17} {way:17} {spread_text(row)}")
    finally:
        facets.ITEMS = ITEMS
    from django.db import connection

    out = ROOT / "bench" / "results" / f"knowledge-facet-plans-{connection.vendor}.json"
    out.write_text(
        json.dumps(
            {"engine": connection.vendor, "items": KnowledgeItem.objects.count(), "rows": rows}, indent=1
        )
        + "\n"
    )
    print(f"written to {out}")


if __name__ == "__main__":
    main()
