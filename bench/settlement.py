"""Benchmark: settling one year of a national-size pool on PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/flexpool_hours .venv/bin/python bench/settlement.py
    ... bench/settlement.py --scale 0.1          # a tenth of the rows, to compare query counts

Builds (once per scale, in bulk) a pool of all 342 municipalities with 3,000 members, one running
assignment each for the whole year (10% shared by two or three municipalities), and about 150,000
weekly hour records (95% approved), then settles the twelve months one after another through
`hours.services.settle_period`, timing each month and counting its queries. Results go to
bench/results/settlement-<scale>-<date>.{json,txt}.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "flexpool.conf.base")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/flexpool_hours")

from databases import ensure_database  # noqa: E402  (bench/ is on the path: this file runs as a script)

RESULTS_DIR = REPO_ROOT / "bench" / "results"
YEAR = 2025
MEMBERS = 3000
WEEKS = 50


def build(scale: float, seed: int = 7):
    from django.db import transaction

    from flexpool.accounts.roles import Role
    from flexpool.accounts.services import create_user_with_role
    from flexpool.demand.models import CapacityRequest, RequestShare, RequiredCompetence
    from flexpool.hours.models import HourEntry, Period, Settlement, SettlementItem, SettlementLine, Tariff
    from flexpool.matching.models import Assignment
    from flexpool.pool.models import Competence, Level, Membership, Pool, PoolMember
    from flexpool.pool.taxonomy import ensure_taxonomy
    from flexpool.regions.models import Municipality
    from flexpool.regions.services import import_reference_data

    import_reference_data()
    ensure_taxonomy()
    rng = random.Random(seed)
    name = f"Benchmark landelijke pool x{scale:g}"
    with transaction.atomic():
        pool = Pool.objects.filter(name=name).first()
        if pool is not None:
            HourEntry.objects.filter(assignment__request__pool=pool).delete()
            SettlementItem.objects.filter(line__settlement__pool=pool).delete()
            SettlementLine.objects.filter(settlement__pool=pool).delete()
            Settlement.objects.filter(pool=pool).delete()
            Period.objects.filter(pool=pool).delete()
            Assignment.objects.filter(request__pool=pool).delete()
            CapacityRequest.objects.filter(pool=pool).delete()
            PoolMember.objects.filter(pool=pool).delete()
            Tariff.objects.filter(pool=pool).delete()
            Membership.objects.filter(pool=pool).delete()
        else:
            pool = Pool.objects.create(name=name)
    finance = create_user_with_role(
        username="bench-financien", password="bench-wachtwoord-1", role=Role.FINANCE
    )
    municipalities = list(Municipality.objects.order_by("code"))
    competences = list(Competence.objects.all())
    Membership.objects.bulk_create(
        Membership(
            pool=pool,
            municipality=m,
            tier=Membership.Tier.ASSOCIATE if i % 5 == 0 else Membership.Tier.FULL,
            joined_on=dt.date(2020, 1, 1),
            yearly_contribution_eur=Decimal(rng.randrange(5_000, 150_000, 1_000)),
            yearly_seconded_hours=Decimal(rng.choice([0, 0, 0, 160, 400, 800])),
        )
        for i, m in enumerate(municipalities)
    )
    for level in Level.values:
        for tier, rate in (
            (Membership.Tier.FULL, 70 + 15 * level),
            (Membership.Tier.ASSOCIATE, 84 + 18 * level),
        ):
            Tariff.objects.create(pool=pool, year=YEAR, tier=tier, level=level, hourly_rate=Decimal(rate))
    count = max(1, round(MEMBERS * scale))
    members = PoolMember.objects.bulk_create(
        PoolMember(
            pool=pool,
            name=f"Fictief Benchlid {i}",
            employer="Gemeente Fictief",
            contract_hours=Decimal(32),
            home_municipality=municipalities[i % len(municipalities)],
        )
        for i in range(count)
    )
    start, end = dt.date(YEAR, 1, 6), dt.date(YEAR, 12, 31)
    requests = CapacityRequest.objects.bulk_create(
        CapacityRequest(
            pool=pool,
            municipality=municipalities[i % len(municipalities)],
            title=f"Benchmarkvraag {i}",
            description="-",
            hours_per_week=Decimal(rng.choice([8, 12, 16, 24, 32])),
            start=start,
            end=end,
            status="lopend",
        )
        for i in range(count)
    )
    RequiredCompetence.objects.bulk_create(
        RequiredCompetence(request=r, competence=rng.choice(competences), min_level=rng.randint(1, 4))
        for r in requests
        if rng.random() < 0.9
    )
    shares = []
    for i, request in enumerate(requests):
        if i % 10 == 0:
            others = rng.sample(
                [m for m in municipalities if m.pk != request.municipality_id], rng.choice([1, 2])
            )
            parts = (
                [Decimal("50"), Decimal("50")]
                if len(others) == 1
                else [Decimal("33.33")] * 2 + [Decimal("33.34")]
            )
            for municipality, percentage in zip([request.municipality, *others], parts, strict=True):
                shares.append(RequestShare(request=request, municipality=municipality, percentage=percentage))
    RequestShare.objects.bulk_create(shares)
    now = dt.datetime(YEAR, 1, 2, tzinfo=dt.UTC)
    assignments = Assignment.objects.bulk_create(
        Assignment(
            request=r,
            member=m,
            hours_per_week=r.hours_per_week,
            start=start,
            end=end,
            status="lopend",
            accepted_at=now,
            confirmed_at=now,
        )
        for r, m in zip(requests, members, strict=True)
    )
    # Week by week, as hours are written in real life (a month's rows lie together on disk).
    entries = []
    for w in range(WEEKS):
        for a in assignments:
            hours = (
                a.hours_per_week
                - Decimal(rng.choice([0, 0, 0, 0, 2, 4]))
                + Decimal(rng.choice([0, 0, "0.25", "0.5"]))
            )
            entries.append(
                HourEntry(
                    assignment=a,
                    week=start + dt.timedelta(weeks=w),
                    hours=hours,
                    status="goedgekeurd" if rng.random() < 0.95 else "ingediend",
                    decided_at=now,
                )
            )
    HourEntry.objects.bulk_create(entries, batch_size=5000)
    return pool, finance, len(entries)


def backend_cpu(connection):
    """A function returning the CPU time (user + system) so far of this connection's PostgreSQL
    backend process, when the server runs on this machine and /proc is readable; else None."""
    if connection.vendor != "postgresql":
        return lambda: None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        stat = Path(f"/proc/{cursor.fetchone()[0]}/stat")
    ticks = os.sysconf("SC_CLK_TCK")

    def seconds() -> float | None:
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / ticks

    return seconds


def settle_year(pool, finance):
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    from flexpool.hours import services

    months = []
    # Besides the wall-clock time, the CPU time of this process and of the database backend while
    # settling: on a shared machine the wall-clock time depends on what else runs, the CPU time
    # much less.
    backend_seconds = backend_cpu(connection)
    python_cpu, backend_cpu_total = 0.0, 0.0
    total = 0.0
    began = time.perf_counter()
    for month in range(1, 13):
        backend_before, python_before = backend_seconds(), time.process_time()
        with CaptureQueriesContext(connection) as ctx:
            t0 = time.perf_counter()
            period = services.open_period(
                actor=finance, pool=pool, kind="maand", start=dt.date(YEAR, month, 1)
            )
            settlement = services.settle_period(actor=finance, period=period, today=dt.date(YEAR + 1, 2, 1))
            seconds = time.perf_counter() - t0
        total += seconds
        python_cpu += time.process_time() - python_before
        if backend_before is not None:
            backend_cpu_total += backend_seconds() - backend_before
        months.append(
            {
                "month": f"{YEAR}-{month:02d}",
                "seconds": round(seconds, 3),
                "queries": len(ctx.captured_queries),
                "entries": settlement.entries.count(),
                "lines": settlement.lines.count(),
                "total_use": str(settlement.total_use),
                "total_balance": str(settlement.total_balance),
            }
        )
        reset_queries()
    # The year: the sum of the twelve timed months. The loop also counts each month's entries and
    # lines for this report (a scan of the hour entries), which the page does not do.
    loop = time.perf_counter() - began
    cpu = {
        "loop_seconds": round(loop, 3),
        "python": round(python_cpu, 2),
        "database": round(backend_cpu_total, 2) if backend_seconds() is not None else None,
    }
    # Settling a closed month again: nothing changes.
    from flexpool.hours.models import Period

    with CaptureQueriesContext(connection) as ctx:
        t0 = time.perf_counter()
        services.settle_period(actor=finance, period=Period.objects.get(pool=pool, start=dt.date(YEAR, 6, 1)))
        again = time.perf_counter() - t0
    return months, total, cpu, {"seconds": round(again, 4), "queries": len(ctx.captured_queries)}


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the 3,000 members (default 1)")
    args = parser.parse_args()
    ensure_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    t0 = time.perf_counter()
    pool, finance, rows = build(args.scale)
    built = time.perf_counter() - t0
    # A settled database in steady state: the bulk load vacuumed, analysed and checkpointed, so
    # that autovacuum and the checkpointer do not run inside the timed settlements.
    with connection.cursor() as cursor:
        for table in (
            "hours_hourentry",
            "matching_assignment",
            "demand_capacityrequest",
            "demand_requestshare",
        ):
            cursor.execute(f"VACUUM ANALYZE {table}")
        cursor.execute("CHECKPOINT")
    months, total, cpu, again = settle_year(pool, finance)
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    result = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "database": f"postgresql {connection.pg_version}"
        if connection.vendor == "postgresql"
        else connection.vendor,
        "machine": f"{platform.machine()} {os.cpu_count()} cpu, Python {platform.python_version()}",
        "scale": args.scale,
        "municipalities": 342,
        "members": round(MEMBERS * args.scale),
        "hour_records": rows,
        "build_seconds": round(built, 1),
        "settle_year_seconds": round(total, 3),
        "settle_year_cpu_seconds": cpu,
        "load_average": [round(x, 2) for x in load] if load else None,
        "queries_per_month": sorted({m["queries"] for m in months}),
        "max_month_seconds": max(m["seconds"] for m in months),
        "settle_again": again,
        "months": months,
    }
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stem = f"settlement-x{args.scale:g}-{dt.datetime.now():%Y-%m-%d-%H%M}"
    (RESULTS_DIR / f"{stem}.json").write_text(json.dumps(result, indent=2))
    lines = [
        f"Settlement benchmark {result['date']} on {result['database']}, {result['machine']}",
        f"scale {args.scale:g}: 342 municipalities, {result['members']} members, {rows} hour records "
        f"(built in {built:.1f} s)",
        f"settled 12 months in {total:.2f} s; queries per month {result['queries_per_month']}; "
        f"slowest month {result['max_month_seconds']:.2f} s; settling a closed month again: "
        f"{again['queries']} queries, {again['seconds']} s",
        f"CPU time of the 12 months: Python {cpu['python']} s, database backend {cpu['database']} s; "
        f"the loop with the report's counts took {cpu['loop_seconds']:.2f} s; "
        f"load average after: {' '.join(f'{x:.2f}' for x in load) if load else '-'}",
        "",
        f"{'month':8} {'seconds':>8} {'queries':>8} {'entries':>8} {'lines':>6} {'use':>16} {'balance':>16}",
    ]
    for m in months:
        lines.append(
            f"{m['month']:8} {m['seconds']:8.3f} {m['queries']:8d} {m['entries']:8d} {m['lines']:6d} "
            f"{m['total_use']:>16} {m['total_balance']:>16}"
        )
    (RESULTS_DIR / f"{stem}.txt").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
