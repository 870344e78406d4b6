"""Import benchmark: a 50,000-row requests CSV on PostgreSQL while another user files requests.

    .venv/bin/python bench/import_load.py [--rows 50000] [--writer process|thread]
        [--database-url postgres://postgres@127.0.0.1:5432/flexpool_importbench]

Loads the demo into the database when it is empty, writes a CSV with --rows valid requests for
the pool's municipalities, and runs `import_requests` in this process. Meanwhile another user
(a separate process by default, as another web request would be; `--writer thread` runs it in a
thread of the importing process, as before 5 December 2026) files one request every 0.2 s as
the contact of Assen, through
`demand.services.create_request`, which also updates the shared search statistics; each of
those writes is timed. Prints a table and writes bench/results/import-load-<date>.json/.txt.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
HEADER = (
    "gemeente;titel;omschrijving;uren_per_week;start;eind;prioriteit;bewonerscontact;"
    "verdeelbaar;competenties;indienen"
)
TOPICS = [
    "warmtenet",
    "isolatie",
    "participatie",
    "wijkaanpak",
    "aardgasvrij",
    "energiearmoede",
    "zonnedaken",
]


def csv_text(codes: list[str], rows: int) -> str:
    lines = [HEADER]
    for n in range(rows):
        code = codes[n % len(codes)]
        topic = TOPICS[n % len(TOPICS)]
        lines.append(
            f"{code};Projectleider {topic} wijk {n};Uitwerking van de aanpak {topic} voor wijk {n} "
            f"met bewoners en woningcorporaties.;{8 + n % 24};2027-0{1 + n % 9}-01;2027-12-{10 + n % 18};"
            f"{['hoog', 'normaal', 'laag'][n % 3]};{'ja' if n % 2 else 'nee'};nee;projectleiding:{1 + n % 4};"
            f"{'ja' if n % 3 else 'nee'}"
        )
    return "\n".join(lines)


def other_user(database_url: str | None, stop, waits) -> None:
    """Another user filing one request every 0.2 s through the service, each write timed."""
    if database_url is not None:  # a process of its own
        os.environ.update(
            DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="flexpool.conf.dev", DEBUG="false"
        )
        sys.path.insert(0, str(ROOT / "src"))
        import django

        django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection

    from flexpool.demand import services as demand_services
    from flexpool.knowledge import text
    from flexpool.pool.models import Pool

    pool = Pool.objects.get(name="Flexteam Warmte Drenthe")
    assen = get_user_model().objects.get(username="assen")
    # A web process that has served requests before has the Dutch word list loaded (a one-off of
    # several seconds per process, on the first long word); load it before measuring.
    text.normalise("warmtenetaansluitingen isolatiemaatregelen")
    n = 0
    while not stop.is_set():
        details = demand_services.RequestDetails(
            title=f"Losse vraag warmtenet {n}", description="Een vraag van Assen tijdens de import.",
            hours_per_week=Decimal("8"), start=date(2027, 3, 1), end=date(2027, 9, 1),
            required=(("projectleiding", 2),),
        )  # fmt: skip
        started = time.perf_counter()
        demand_services.create_request(
            actor=assen, pool=pool, municipality=assen.contact.municipality, details=details
        )
        waits.append((started, time.perf_counter() - started))
        n += 1
        stop.wait(0.2)
    connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description="Requests import under concurrent writes (PostgreSQL)")
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/flexpool_importbench")
    parser.add_argument(
        "--writer",
        choices=["process", "thread"],
        default="process",
        help="the other user runs in a process of its own (as a web request would) or in a thread "
        "of this process (shares the interpreter lock with the import: its waits include that)",
    )
    args = parser.parse_args()
    name = args.database_url.rsplit("/", 1)[1]
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"CREATE DATABASE {name}"],
                   capture_output=True, check=False)  # fmt: skip
    os.environ.update(
        DATABASE_URL=args.database_url, DJANGO_SETTINGS_MODULE="flexpool.conf.dev", DEBUG="false"
    )
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from flexpool.demand.models import CapacityRequest
    from flexpool.imports.importers import import_requests
    from flexpool.pool.models import Pool

    call_command("migrate", verbosity=0)
    if not Pool.objects.exists():
        call_command("load_demo_data", stdout=open(os.devnull, "w"))  # noqa: SIM115
    pool = Pool.objects.get(name="Flexteam Warmte Drenthe")
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    coordinator = users.get(username="coordinator")
    codes = list(pool.memberships.values_list("municipality__code", flat=True).order_by("municipality__code"))
    text = csv_text(codes, args.rows)
    before = CapacityRequest.objects.count()

    if args.writer == "thread":
        waits: list[tuple[float, float]] = []
        stop = threading.Event()
        writer = threading.Thread(target=other_user, args=(None, stop, waits))
    else:  # another process, as another user's web request would be
        context = multiprocessing.get_context("spawn")
        stop = context.Event()
        shared = context.Manager().list()
        writer = context.Process(target=other_user, args=(args.database_url, stop, shared))
    started_at = datetime.now(UTC)
    load_before = os.getloadavg()
    writer.start()
    try:
        time.sleep(15 if args.writer == "process" else 1)  # the writer process starts Django first
        began = time.perf_counter()
        marks: list[tuple[float, str]] = []

        def mark(done: int, total: int, phase: str) -> None:
            if done == total:
                marks.append((time.perf_counter(), f"{phase} klaar"))

        result = import_requests(pool, text, coordinator, on_progress=mark)
        marks.append((time.perf_counter(), "zoekstatistiek klaar"))
        seconds = time.perf_counter() - began
        time.sleep(1)
    finally:
        stop.set()
        writer.join()
    load_after = os.getloadavg()
    timed = list(shared) if args.writer != "thread" else list(waits)
    waits = [seconds for _start, seconds in timed]

    def phase_at(moment: float) -> str:
        if moment < began:
            return "voor de import"
        for until, label in marks:
            if moment < until:
                return f"tot '{label}' (+{until - began:.1f} s)"
        return "na de import"

    slow = [
        f"{seconds * 1000:.0f} ms op +{start - began:.1f} s, {phase_at(start)}"
        for start, seconds in timed
        if seconds > 0.5
    ]
    assert result.created == args.rows
    assert CapacityRequest.objects.count() == before + args.rows + len(waits)

    figures = {
        "rows": args.rows,
        "import_s": round(seconds, 1),
        "rows_per_s": round(args.rows / seconds),
        "other_writes": len(waits),
        "other_median_ms": round(statistics.median(waits) * 1000, 1),
        "other_p95_ms": round(sorted(waits)[int(0.95 * (len(waits) - 1))] * 1000, 1),
        "other_max_ms": round(max(waits) * 1000, 1),
        "writer": args.writer,
        "batch_size": settings.IMPORT_BATCH_SIZE,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
        "started_utc": f"{started_at:%Y-%m-%d %H:%M}",
        "command": " ".join(["bench/import_load.py", *sys.argv[1:]]),
    }
    lines = [
        f"Requests import {started_at:%Y-%m-%d %H:%M} UTC, PostgreSQL on loopback, "
        f"{os.cpu_count()} vCPU ({platform.machine()}), other writer in a {args.writer}, "
        f"batches of {settings.IMPORT_BATCH_SIZE}, load average before {load_before[0]:.1f} "
        f"after {load_after[0]:.1f}",
        f"{'rijen':>7} {'import (s)':>10} {'rijen/s':>8} {'andere schrijfacties':>21} "
        f"{'mediaan ms':>10} {'p95 ms':>8} {'max ms':>8}",
        f"{figures['rows']:>7} {figures['import_s']:>10} {figures['rows_per_s']:>8} "
        f"{figures['other_writes']:>21} "
        f"{figures['other_median_ms']:>10} {figures['other_p95_ms']:>8} {figures['other_max_ms']:>8}",
    ]
    lines += [f"fase: {label} op +{moment - began:.1f} s" for moment, label in marks]
    lines += [f"trage schrijfactie: {line}" for line in slow]
    figures["phases"] = {label: round(moment - began, 1) for moment, label in marks}
    figures["slow_writes"] = slow
    text_out = "\n".join(lines)
    print(text_out)
    RESULTS.mkdir(exist_ok=True)
    stamp = f"{started_at:%Y-%m-%d-%H%M}"
    (RESULTS / f"import-load-{stamp}.txt").write_text(text_out + "\n")
    (RESULTS / f"import-load-{stamp}.json").write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
