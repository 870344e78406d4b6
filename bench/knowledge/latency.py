# ruff: noqa: E501
"""Search latency at 100,000 knowledge items, on the configured database (SQLite or PostgreSQL).

Fills a separate database with generated Dutch items (bench/knowledge/corpus.py, many seeds), then
times the search as the page runs it (match, rank the candidate window, load the page of items,
snippets) with and without facet counts, for the 54 evaluation queries repeated.

    DATABASE_URL=sqlite:///var/bench-knowledge.sqlite3 .venv/bin/python bench/knowledge/latency.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/flexpool_bench_knowledge .venv/bin/python bench/knowledge/latency.py
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "flexpool.conf.base")

import django  # noqa: E402

django.setup()

from corpus import QUERIES, generate  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from flexpool.knowledge import indexing, text  # noqa: E402
from flexpool.knowledge.models import KnowledgeItem, Visibility  # noqa: E402
from flexpool.knowledge.search import Viewer, search_items  # noqa: E402
from flexpool.pool.models import Pool  # noqa: E402
from flexpool.regions.models import Municipality  # noqa: E402
from flexpool.regions.services import import_reference_data  # noqa: E402


def fill(n: int) -> Pool:
    call_command("migrate", verbosity=0)
    import_reference_data()
    pool, _ = Pool.objects.get_or_create(name="Benchmark-pool")
    have = KnowledgeItem.objects.filter(pool=pool).count()
    if have >= n:
        return pool
    municipalities = list(Municipality.objects.values_list("pk", flat=True)[:60])
    visibilities = [Visibility.POOL, Visibility.ALL_POOLS, Visibility.PUBLIC]
    counts: Counter = Counter()
    total_length = 0
    seed = 1000
    made = have
    started = time.perf_counter()
    while made < n:
        batch = []
        for doc in generate(seed, 1000):
            if made >= n:
                break
            columns = {
                "search_title": text.normalise(doc.title),
                "search_summary": text.normalise(doc.summary),
                "search_body": text.normalise(doc.body),
            }
            length = sum(len(v.split()) for v in columns.values())
            counts.update({t for v in columns.values() for t in v.split()})
            total_length += length
            batch.append(
                KnowledgeItem(
                    pool=pool,
                    title=doc.title,
                    summary=doc.summary,
                    body=doc.body,
                    kind=doc.kind,
                    phase=doc.phase,
                    municipality_id=municipalities[made % len(municipalities)],
                    published_on=date(doc.year, 1 + made % 12, 1 + made % 28),
                    visibility=visibilities[made % 3],
                    search_length=length,
                    **columns,
                )
            )
            made += 1
        with transaction.atomic():
            KnowledgeItem.objects.bulk_create(batch, batch_size=500)
        seed += 1
    with transaction.atomic():
        indexing.rebuild_stats_from_columns()
    print(f"filled {made - have} items in {time.perf_counter() - started:.0f} s")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE knowledge_knowledgeitem")
    return pool


def measure(pool: Pool, repeats: int, facets: bool, viewer: Viewer) -> list[float]:
    timings = []
    for _ in range(repeats):
        for query, _topic in QUERIES:
            started = time.perf_counter()
            search_items(viewer=viewer, text_query=query, with_facets=facets)
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=4)
    args = parser.parse_args()
    pool = fill(args.items)
    viewer = Viewer(authenticated=True, user_id=None, pool_ids=(pool.pk,))
    measure(pool, 1, True, viewer)  # warm caches
    rows = {}
    for label, facets in (
        ("search, page of 10 + facets", True),
        ("search, page of 10 without facets", False),
    ):
        timings = measure(pool, args.repeats, facets, viewer)
        rows[label] = {
            "p50_ms": round(statistics.median(timings), 1),
            "p95_ms": round(pct(timings, 95), 1),
            "max_ms": round(max(timings), 1),
            "samples": len(timings),
        }
        print(
            f"{connection.vendor:10} {label:36} p50 {rows[label]['p50_ms']:7.1f} ms  p95 {rows[label]['p95_ms']:7.1f} ms"
        )
    out = ROOT / "bench" / "results" / f"knowledge-latency-{connection.vendor}.json"
    out.write_text(json.dumps({"engine": connection.vendor, "items": KnowledgeItem.objects.count(),
                               "date": date.today().isoformat(), "load": os.getloadavg(), "results": rows},
                              indent=1))  # fmt: skip
    print(f"written to {out}")


if __name__ == "__main__":
    main()
