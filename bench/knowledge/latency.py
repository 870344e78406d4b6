# ruff: noqa: E501
"""Search latency at 100,000 knowledge items, on the configured database (SQLite or PostgreSQL).

Fills a separate database with generated Dutch items (bench/knowledge/corpus.py, many seeds), then
times the search as the page runs it (match, rank the candidate window, load the page of items,
snippets) for the 54 evaluation queries repeated: the page as served (facets from the cache, else
left to a second request), that second request (facets and total), and the page with its facets
counted inline (facetten=1, as the page was before). Facets are counted from scratch for every
sample (the cache is emptied first); a last row shows the page with the facets from the cache. Finally the first page of every query is compared
with an exhaustive ranking (every match scored), since candidates are chosen from the postings.

    DATABASE_URL=sqlite:///var/bench-knowledge.sqlite3 .venv/bin/python bench/knowledge/latency.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/flexpool_bench_knowledge .venv/bin/python bench/knowledge/latency.py

A PostgreSQL database that does not exist yet is created.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "flexpool.conf.base")

from databases import ensure_database  # noqa: E402

ensure_database(os.environ.get("DATABASE_URL", ""))

import django  # noqa: E402

django.setup()

from corpus import QUERIES, generate  # noqa: E402

# The evaluation queries, plus questions, abbreviations and misspellings (spelling correction and
# the thesaurus run too).
LATENCY_QUERIES = [q for q, _topic in QUERIES] + [
    "wat kost een warmtenet per woning",
    "hoe betrek je bewoners bij de wijkaanpak",
    "WUP",
    "TVW en RES",
    "warmtnet",
    "isolatiemaatregellen",
    "isolatiesubsdie",
]
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from flexpool.knowledge import fulltext, indexing, ranking, search, text, vectors  # noqa: E402
from flexpool.knowledge.facets import forget_facets  # noqa: E402
from flexpool.knowledge.models import ItemVector, KnowledgeItem, Visibility  # noqa: E402
from flexpool.knowledge.search import facet_counts_for, search_items  # noqa: E402
from flexpool.knowledge.visibility import Viewer  # noqa: E402
from flexpool.pool.models import Pool  # noqa: E402
from flexpool.regions.models import Municipality  # noqa: E402
from flexpool.regions.services import import_reference_data  # noqa: E402

# Embedding 100,000 texts takes hours on one core, so the benchmark's vectors are derived cheaply:
# BASE_VECTORS titles of the generated corpus are embedded (batch), and each item gets the vector of
# one of them (chosen by its own title) plus seeded noise, normalised. What is timed, the nearest
# neighbour search over 100,000 vectors, costs the same for any vectors; the query is embedded for
# real, each time (the cache of query vectors is emptied before every sample).
BASE_VECTORS = 2000


def base_vectors():
    import numpy as np

    titles = list(dict.fromkeys(d.title for d in generate(999, 4 * BASE_VECTORS)))[:BASE_VECTORS]
    return np.asarray(vectors.embed_passages(titles), dtype=np.float32)


def derived_vectors(items, base, rng):
    import numpy as np

    rows = []
    for item in items:
        key = int.from_bytes(item.title.encode()[:8].ljust(8, b"-"), "little") ^ len(item.title)
        vector = base[key % len(base)] + rng.normal(0, 0.02, vectors.DIM).astype(np.float32)
        rows.append((item.pk, 0, vector / np.linalg.norm(vector)))
    return rows


def fill_vectors(pool: Pool) -> None:
    import numpy as np

    missing = KnowledgeItem.objects.filter(pool=pool).exclude(pk__in=ItemVector.objects.values("item_id"))
    if not missing.exists():
        return
    started = time.perf_counter()
    base, rng = base_vectors(), np.random.default_rng(7)
    print(f"embedded {len(base)} titles in {time.perf_counter() - started:.0f} s")
    ids = list(missing.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), 2000):
        items = list(KnowledgeItem.objects.filter(pk__in=ids[start : start + 2000]).only("pk", "title"))
        with transaction.atomic():
            vectors.write(derived_vectors(items, base, rng))
    vacuumed("knowledge_itemvector")
    print(f"stored {len(ids)} vectors in {time.perf_counter() - started:.0f} s")


def fill(n: int) -> Pool:
    call_command("migrate", verbosity=0)
    import_reference_data()
    pool, _ = Pool.objects.get_or_create(name="Benchmark-pool")
    have = KnowledgeItem.objects.filter(pool=pool).count()
    if have >= n:
        fill_vectors(pool)
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
        indexing.rebuild_postings()
    print(f"filled {made - have} items in {time.perf_counter() - started:.0f} s")
    fill_vectors(pool)
    vacuumed("knowledge_knowledgeitem", "knowledge_posting", "knowledge_termstat")
    return pool


def vacuumed(*tables: str) -> None:
    """On PostgreSQL, the filled tables as autovacuum leaves them (statistics and the visibility
    map that index-only scans rely on): a server with autovacuum off, or one that has not got to
    them yet, would otherwise be measured in a state production does not stay in."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM (ANALYZE) {', '.join(tables)}")


def measure(
    pool: Pool, repeats: int, what: str, viewer: Viewer, *, cold: bool = True, variants: dict | None = None
) -> dict:
    """Milliseconds per search. `what`: "counted" (the page with its facets counted,
    as with facetten=1), "served" (the page as the search page serves it: facets from the cache,
    else left to the second request) or "facets" (that second request; no candidate step).
    `cold`: the facet cache is emptied before every search, so each sample counts the facets from
    scratch (as for a query nobody asked in the last minutes). `variants` (name → ranking.Options,
    or a function that returns a context to search in) are measured in turns, query by query, so
    that they share the machine's state; without them the search runs as it is set ("current")."""
    variants = variants or {"current": ranking.options()}
    timings: dict[str, list[float]] = {name: [] for name in variants}
    cpu: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(repeats):
        for query in LATENCY_QUERIES:
            for name, steps in variants.items():
                if cold:
                    forget_facets()
                vectors._query_bytes.cache_clear()  # the query is embedded in every sample
                with ranking.using_options(steps) if isinstance(steps, ranking.Options) else steps():
                    started, started_cpu = time.perf_counter(), time.process_time()
                    if what == "facets":
                        facet_counts_for(viewer, query)
                    else:
                        search_items(viewer=viewer, text_query=query, count_facets=what == "counted")
                    timings[name].append((time.perf_counter() - started) * 1000)
                    cpu[name].append((time.process_time() - started_cpu) * 1000)
    return {name: (timings[name], cpu[name]) for name in variants}


def first_pages(viewer: Viewer) -> dict[str, list[list]]:
    """The first page (id, score) of every query, to compare SQLite and PostgreSQL
    (bench/knowledge/compare_engines.py)."""
    return {
        query: [
            [h.id, round(h.score, 6)]
            for h in search_items(viewer=viewer, text_query=query, with_facets=False).hits
        ]
        for query in LATENCY_QUERIES
    }


def agreement(viewer: Viewer) -> dict:
    """How often the first page equals the exhaustive ranking (every match scored; proximity and
    feedback off, since they re-rank only the best 30)."""
    where = search.where_for(viewer, search.Filters())
    same, overlap = 0, []
    for query_text, _topic in QUERIES:
        prepared = search.prepare_query(query_text)
        query, stats = prepared.query, prepared.stats
        ids = fulltext.candidates(connection, fulltext.ITEMS, query, mode="any", where=where, limit=10**7)
        candidates = {}
        for start in range(0, len(ids), 5000):
            chunk = ids[start : start + 5000]
            lengths = dict(KnowledgeItem.objects.filter(pk__in=chunk).values_list("pk", "search_length"))
            candidates.update({pk: (lengths[pk], {}) for pk in chunk})
            for item_id, term, weight in fulltext.term_weights(connection, chunk, query.terms):
                candidates[item_id][1][term] = weight
        best = ranking.rank_items(candidates, query, stats)[:10]
        with ranking.using_options(ranking.Options(proximity=False, meaning=False, feedback=False)):
            hits = search_items(viewer=viewer, text_query=query_text, with_facets=False).hits
        # Equal scores count as equal: ties are broken by id, and tied items are interchangeable.
        same += [round(h.score, 9) for h in hits] == [s for _i, s in best]
        overlap.append(len({h.id for h in hits} & {i for i, _s in best}) / max(1, len(best)))
    return {"queries": len(QUERIES), "first_page_as_exhaustive": same,
            "mean_overlap_at_10": round(statistics.mean(overlap), 3)}  # fmt: skip


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=4)
    parser.add_argument("--no-check", action="store_true", help="skip the comparison with exhaustive ranking")
    parser.add_argument(
        "--words-only", action="store_true", help="the words only, without the ranking by meaning"
    )
    args = parser.parse_args()
    # By default the search runs as shipped: with meaning (the query embedded, the nearest items fused).
    with ranking.using_options(ranking.Options(meaning=not args.words_only)):
        run(args)


def run(args: argparse.Namespace) -> None:
    pool = fill(args.items)
    viewer = Viewer(authenticated=True, user_id=None, pool_ids=(pool.pk,))
    measure(pool, 1, "counted", viewer)  # warm the database's caches
    rows = {}
    lines: list[str] = []

    def say(line: str) -> None:
        print(line)
        lines.append(line)

    load_before = os.getloadavg()
    shipped = ranking.options()
    # The page as served is measured in turns with its same-run baselines: without the learned order,
    # and without that and the feedback by meaning.
    served = {
        "": shipped,
        ", without the learned order": replace(shipped, learned=False),
        ", without it and feedback by meaning": replace(shipped, learned=False, meaning_feedback=False),
    }
    for label, what, cold, variants in (
        ("page of 10 + facets counted", "counted", True, None),
        ("page as served (facets follow)", "served", True, served),
        ("facets and total (the second request)", "facets", True, None),
        ("page as served, facets from the cache", "served", False, None),
    ):
        if not cold:
            measure(pool, 1, "counted", viewer, cold=False)  # fill the facet cache once
        measured = measure(pool, args.repeats, what, viewer, cold=cold, variants=variants)
        for variant, (timings, cpu) in measured.items():
            key = label if variant in ("", "current") else label + variant
            # CPU time of this process: on SQLite it includes the engine's work (it runs in-process),
            # on PostgreSQL only the client's side. Less sensitive than wall time to other load.
            rows[key] = {
                "p50_ms": round(statistics.median(timings), 1),
                "p95_ms": round(pct(timings, 95), 1),
                "max_ms": round(max(timings), 1),
                "cpu_p50_ms": round(statistics.median(cpu), 1),
                "cpu_p95_ms": round(pct(cpu, 95), 1),
                "samples": len(timings),
            }
            say(f"{connection.vendor:10} {key:62} p50 {rows[key]['p50_ms']:7.1f} ms  p95 {rows[key]['p95_ms']:7.1f} ms"
                  f"  (CPU p50 {rows[key]['cpu_p50_ms']:6.1f}  p95 {rows[key]['cpu_p95_ms']:6.1f})")  # fmt: skip
    load_after = os.getloadavg()
    say(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}")
    pages = first_pages(viewer)
    check = None if args.no_check else agreement(viewer)
    if check:
        say(f"first page equal to exhaustive BM25F ranking: {check['first_page_as_exhaustive']}/"
              f"{check['queries']} queries, mean overlap@10 {check['mean_overlap_at_10']}")  # fmt: skip
    out = ROOT / "bench" / "results" / f"knowledge-latency-{connection.vendor}.json"
    out.write_text(json.dumps({"engine": connection.vendor, "items": KnowledgeItem.objects.count(),
                               "date": date.today().isoformat(), "load": [load_before, load_after],
                               "results": rows, "agreement_with_exhaustive_ranking": check,
                               "first_pages": pages},
                              indent=1))  # fmt: skip
    out.with_suffix(".txt").write_text("\n".join(lines) + "\n")
    print(f"written to {out} and {out.with_suffix('.txt').name}")


if __name__ == "__main__":
    main()
