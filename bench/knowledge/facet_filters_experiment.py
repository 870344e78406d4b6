# ruff: noqa: E501
"""An experiment, not shipped: the facet count on PostgreSQL with a municipality filter inside the
subquery that matches the text (only the visibility outside), against the statement as shipped
(filters and visibility outside). Run bench/knowledge/latency.py on PostgreSQL first.

With `--share S` it works on a copy of that database in which one municipality holds the share S of
the items (analysed again), as one municipality may in a real pool; the copy is dropped afterwards.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/flexpool_bench_knowledge .venv/bin/python bench/knowledge/facet_filters_experiment.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/flexpool_bench_knowledge .venv/bin/python bench/knowledge/facet_filters_experiment.py --share 0.3

For every latency query, as a pool member and as someone not logged in, for the largest and the
smallest municipality: the best of two runs of each statement, in turns.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

import psycopg

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--share", type=float, help="share of the items that one municipality holds")
args = parser.parse_args()

source = os.environ.get("DATABASE_URL", "")
if not source.startswith("postgres"):
    raise SystemExit("Set DATABASE_URL to the PostgreSQL database that latency.py filled.")
server, _, name = source.rpartition("/")
copy = f"{name}_skewed"


def administer(*statements: str) -> None:
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        for statement in statements:
            admin.execute(statement)


if args.share:
    administer(f'DROP DATABASE IF EXISTS "{copy}"', f'CREATE DATABASE "{copy}" TEMPLATE "{name}"')
    os.environ["DATABASE_URL"] = f"{server}/{copy}"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from facet_plans import spread, spread_text  # noqa: E402
from latency import LATENCY_QUERIES, ROOT  # noqa: E402  (sets up Django on DATABASE_URL)

from flexpool.knowledge import facets, fulltext  # noqa: E402
from flexpool.knowledge.models import KnowledgeItem  # noqa: E402
from flexpool.knowledge.search import Filters, facet_counts_for  # noqa: E402
from flexpool.knowledge.visibility import Viewer  # noqa: E402
from flexpool.pool.models import Pool  # noqa: E402


def municipalities() -> Counter:
    return Counter(KnowledgeItem.objects.values_list("municipality_id", flat=True))


def skew(share: float) -> None:
    largest = municipalities().most_common(1)[0][0]
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE knowledge_knowledgeitem SET municipality_id = %s WHERE (id * 7919) %% 1000 < %s",
            [largest, int(share * 1000)],
        )
        cursor.execute("ANALYZE knowledge_knowledgeitem")


def best_of_two(sql: str) -> float:
    best = float("inf")
    # Planned as the count is (`facets._facet_rows`).
    with fulltext.index_scans_preferred(connection), connection.cursor() as cursor:
        for _ in range(2):
            started = time.perf_counter()
            cursor.execute(sql)
            cursor.fetchall()
            best = min(best, (time.perf_counter() - started) * 1000)
    return best


def shipped_statement(viewer: Viewer, query: str, municipality: int) -> str | None:
    facets.forget_facets()
    with CaptureQueriesContext(connection) as captured:
        facet_counts_for(viewer, query, Filters(municipality=municipality))
    counts = [q["sql"] for q in captured.captured_queries if "GROUPING SETS" in q["sql"]]
    return counts[0] if counts else None


def main() -> None:
    if args.share:
        skew(args.share)
    held = municipalities()
    pool = Pool.objects.order_by("pk").last()
    viewers = {"pool member": Viewer(authenticated=True, pool_ids=(pool.pk,)), "not logged in": Viewer()}
    rows = []
    for which, (municipality, items) in (
        ("largest", held.most_common()[0]),
        ("smallest", held.most_common()[-1]),
    ):
        for who, viewer in viewers.items():
            timings: dict[str, list[float]] = {"as shipped": [], "municipality inside": []}
            for query in LATENCY_QUERIES:
                shipped = shipped_statement(viewer, query, municipality)
                if shipped is None:
                    continue
                inside = shipped.replace(
                    " OFFSET 0) t", f" AND municipality_id = {municipality} OFFSET 0) t", 1
                )
                assert inside != shipped, "the count has no subquery for the text"
                timings["as shipped"].append(best_of_two(shipped))
                timings["municipality inside"].append(best_of_two(inside))
            for way, values in timings.items():
                row = {"municipality": which, "items": items, "who": who, "way": way, **spread(values)}
                rows.append(row)
                print(f"{which:8} ({items:6} items) {who:14} {way:20} {spread_text(row)}")
    suffix = "-skewed" if args.share else ""
    out = ROOT / "bench" / "results" / f"knowledge-facet-filters-experiment{suffix}.json"
    out.write_text(json.dumps({"share": args.share, "rows": rows}, indent=1) + "\n")
    print(f"written to {out}")


if __name__ == "__main__":
    try:
        main()
    finally:
        if args.share:
            connection.close()
            administer(f'DROP DATABASE IF EXISTS "{copy}"')
