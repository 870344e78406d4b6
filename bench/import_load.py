"""Import benchmark: a 50,000-row requests CSV on PostgreSQL while another user files requests.

    .venv/bin/python bench/import_load.py [--rows 50000]
        [--database-url postgres://postgres@127.0.0.1:5432/flexpool_importbench]

Loads the demo into the database when it is empty, writes a CSV with --rows valid requests for
the pool's municipalities, and runs `import_requests` in this process. Meanwhile a second
connection (a thread) files one request every 0.2 s as the contact of Assen, through
`demand.services.create_request`, which also updates the shared search statistics; each of
those writes is timed. Prints a table and writes bench/results/import-load-<date>.json/.txt.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from datetime import date, datetime
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


def main() -> int:
    parser = argparse.ArgumentParser(description="Requests import under concurrent writes (PostgreSQL)")
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/flexpool_importbench")
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
    from django.core.management import call_command
    from django.db import connection

    from flexpool.demand import services as demand_services
    from flexpool.demand.models import CapacityRequest
    from flexpool.imports.importers import import_requests
    from flexpool.pool.models import Pool

    call_command("migrate", verbosity=0)
    if not Pool.objects.exists():
        call_command("load_demo_data", stdout=open(os.devnull, "w"))  # noqa: SIM115
    pool = Pool.objects.get(name="Flexteam Warmte Drenthe")
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    coordinator, assen = users.get(username="coordinator"), users.get(username="assen")
    codes = list(pool.memberships.values_list("municipality__code", flat=True).order_by("municipality__code"))
    text = csv_text(codes, args.rows)
    before = CapacityRequest.objects.count()

    waits: list[float] = []
    stop = threading.Event()

    def other_user() -> None:
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
            waits.append(time.perf_counter() - started)
            n += 1
            stop.wait(0.2)
        connection.close()

    writer = threading.Thread(target=other_user)
    started_at = datetime.now()
    writer.start()
    try:
        time.sleep(1)
        began = time.perf_counter()
        result = import_requests(pool, text, coordinator)
        seconds = time.perf_counter() - began
        time.sleep(1)
    finally:
        stop.set()
        writer.join()
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
    }
    lines = [
        f"Requests import {started_at:%Y-%m-%d %H:%M}, PostgreSQL on loopback, "
        f"{os.cpu_count()} vCPU ({platform.machine()})",
        f"{'rijen':>7} {'import (s)':>10} {'rijen/s':>8} {'andere schrijfacties':>21} "
        f"{'mediaan ms':>10} {'p95 ms':>8} {'max ms':>8}",
        f"{figures['rows']:>7} {figures['import_s']:>10} {figures['rows_per_s']:>8} "
        f"{figures['other_writes']:>21} "
        f"{figures['other_median_ms']:>10} {figures['other_p95_ms']:>8} {figures['other_max_ms']:>8}",
    ]
    text_out = "\n".join(lines)
    print(text_out)
    RESULTS.mkdir(exist_ok=True)
    stamp = f"{started_at:%Y-%m-%d-%H%M}"
    (RESULTS / f"import-load-{stamp}.txt").write_text(text_out + "\n")
    (RESULTS / f"import-load-{stamp}.json").write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
