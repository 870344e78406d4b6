"""Load test: 50 users on the main pages and the API, against gunicorn + PostgreSQL on loopback.

    .venv/bin/python bench/load.py [--users 50] [--duration 120] [--workers 4]
        [--database-url postgres://postgres@127.0.0.1:5432/flexpool_load]

Sets up the database with the demo data when it is empty, starts gunicorn (DEBUG off), runs
Locust headless with this file as the locustfile, prints a table (requests, errors, median,
p95, p99 per group: pages, API, login) and writes bench/results/load-<date>.json and .txt.

Each simulated user logs in once as one of the demo roles (or stays anonymous), then opens
the pages and API lists of that role with 1-3 s between clicks, as a person would.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import re
import subprocess
import sys
import time
import urllib.request
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
BIN = Path(sys.executable).parent
PASSWORD = "flexpool-demo"

# role -> pages and API calls that role uses most (paths; ? for a query)
ROUTES = {
    "coordinator": [
        "/", "/vragen/", "/intake/", "/pool/", "/planning/", "/kennis/?q=warmtenet", "/grootboek/",
        "/api/v1/requests/", "/api/v1/members/", "/api/v1/assignments/",
        "/api/v1/knowledge/items/?q=participatie",
    ],
    "assen": [
        "/", "/vragen/", "/uren/goedkeuren/", "/rapportage/GM0106/", "/kennis/?q=wijkuitvoeringsplan",
        "/api/v1/requests/", "/api/v1/hours/", "/api/v1/reports/GM0106/",
    ],
    "flexpooler": [
        "/", "/mijn-profiel/", "/uren/", "/kennis/?q=isolatie", "/api/v1/assignments/", "/api/v1/hours/",
    ],
    "financien": ["/", "/verrekening/", "/grootboek/", "/uren/monitor/", "/api/v1/settlements/"],
    "raad": ["/", "/rapportage/", "/openbaar/", "/api/v1/municipalities/"],
    "": [
        "/openbaar/", "/kennis/", "/kennis/?q=warmte", "/api/v1/regions/",
        "/api/v1/knowledge/items/?q=warmtenet",
    ],
}  # fmt: skip
# A TOTP code is accepted once per device, so every simulated user of a role that needs the second
# factor logs in with an account of its own: a copy of the demo login with the same groups and pools.
SECOND_FACTOR_ROLES = ("coordinator", "financien")
CLONE_SECOND_FACTOR_USERS = """
import os
from base64 import b32decode
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from flexpool.demo.people import DEMO_TOTP_SECRET
from flexpool.pool.models import Pool
User = get_user_model()
for role in os.environ["LOAD_ROLES"].split():
    original = User.objects.get(username=role)
    for i in range(int(os.environ["LOAD_USERS"])):
        user, _ = User.objects.update_or_create(
            username=f"load-{role}-{i}",
            defaults=dict(password=original.password, first_name=original.first_name),
        )
        user.groups.set(original.groups.all())
        for pool in Pool.objects.filter(coordinators=original):
            pool.coordinators.add(user)
        TOTPDevice.objects.update_or_create(
            user=user, name="load", defaults=dict(key=b32decode(DEMO_TOTP_SECRET).hex(), confirmed=True)
        )
"""
WEIGHTS = {"coordinator": 3, "assen": 3, "flexpooler": 3, "financien": 1, "raad": 1, "": 2}


def group(name: str) -> str:
    if name.startswith("login"):
        return "login"
    return "API" if name.startswith("/api/") else "pagina's"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def wait_until_up(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5)
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"no answer from {url}")


def main() -> int:
    parser = argparse.ArgumentParser(description="Locust load test against gunicorn + PostgreSQL")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument(
        "--spawn-rate", type=float, default=1, help="users starting per second (not all log in at once)"
    )
    parser.add_argument("--duration", type=int, default=120, help="seconds")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=2, help="threads per gunicorn worker")
    parser.add_argument("--port", type=int, default=8741)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/flexpool_load")
    args = parser.parse_args()

    env = dict(os.environ, DATABASE_URL=args.database_url, DJANGO_SETTINGS_MODULE="flexpool.conf.dev")
    env.update(DEBUG="false", TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend")
    name = args.database_url.rsplit("/", 1)[1]
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"CREATE DATABASE {name}"],
                   capture_output=True, check=False)  # fmt: skip
    subprocess.run([BIN / "flexpool", "migrate", "--noinput", "-v0"], env=env, check=True)
    has_demo = subprocess.run(
        [BIN / "flexpool", "shell", "-c",
         "from flexpool.pool.models import Pool; print(Pool.objects.count())"],
        env=env, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    if not has_demo or has_demo[-1] == "0":
        subprocess.run([BIN / "flexpool", "load_demo_data"], env=env, check=True, stdout=subprocess.DEVNULL)
    clone_env = dict(env, LOAD_ROLES=" ".join(SECOND_FACTOR_ROLES), LOAD_USERS=str(args.users))
    subprocess.run([BIN / "flexpool", "shell", "-c", CLONE_SECOND_FACTOR_USERS], env=clone_env, check=True)

    host = f"http://127.0.0.1:{args.port}"
    workdir = RESULTS / "load-tmp"
    workdir.mkdir(parents=True, exist_ok=True)
    server = subprocess.Popen(
        [BIN / "gunicorn", "flexpool.wsgi:application", "--bind", f"127.0.0.1:{args.port}",
         "--workers", str(args.workers), "--threads", str(args.threads), "--worker-class", "gthread",
         "--preload", "--access-logfile", "-", "--access-logformat", '%(s)s %(m)s %(U)s %(M)s'],
        env=env, stdout=(workdir / "gunicorn.log").open("w"),
        stderr=subprocess.STDOUT, cwd=ROOT,
    )  # fmt: skip
    try:
        wait_until_up(host + "/openbaar/")
        started = datetime.now()
        subprocess.run(
            [BIN / "locust", "-f", __file__, "--headless", "--host", host, "-u", str(args.users),
             "-r", str(args.spawn_rate), "-t", f"{args.duration}s", "--csv", str(workdir / "locust"),
             "--csv-full-history", "--only-summary", "--loglevel", "WARNING"],
            env=dict(os.environ, FLEXPOOL_LOAD_SAMPLES=str(workdir / "samples.csv")), check=False, cwd=ROOT,
        )  # fmt: skip
    finally:
        server.terminate()
        server.wait(30)

    with (workdir / "samples.csv").open() as handle:
        samples = list(csv.reader(handle))
    table = {}
    for label in ("pagina's", "API", "login"):
        rows = [(float(ms), ok == "1") for g, ms, ok, _name in samples if g == label]
        times = [ms for ms, _ok in rows]
        table[label] = {
            "requests": len(rows),
            "errors": sum(1 for _ms, ok in rows if not ok),
            "median_ms": round(percentile(times, 0.5), 1),
            "p95_ms": round(percentile(times, 0.95), 1),
            "p99_ms": round(percentile(times, 0.99), 1),
            "max_ms": round(max(times, default=0.0), 1),
        }
    per_route: dict[str, list[float]] = {}
    for g, ms, _ok, route in samples:
        if g != "login":
            per_route.setdefault(route, []).append(float(ms))
    slowest = sorted(((percentile(v, 0.95), k, len(v)) for k, v in per_route.items()), reverse=True)[:8]
    lines = [
        f"Load test {started:%Y-%m-%d %H:%M}: {args.users} users, {args.duration} s, gunicorn "
        f"{args.workers} workers x {args.threads} threads, PostgreSQL on loopback, "
        f"{os.cpu_count()} vCPU ({platform.processor() or platform.machine()})",
        f"{'groep':<10} {'verzoeken':>9} {'fouten':>6} {'mediaan':>8} {'p95':>8} {'p99':>8} {'max':>8}  (ms)",
    ]
    for label, row in table.items():
        lines.append(
            f"{label:<10} {row['requests']:>9} {row['errors']:>6} {row['median_ms']:>8} {row['p95_ms']:>8} "
            f"{row['p99_ms']:>8} {row['max_ms']:>8}"
        )
    lines.append("slowest routes by p95 (ms): " + "; ".join(f"{k} {p:.0f} (n={n})" for p, k, n in slowest))
    text = "\n".join(lines)
    print(text)
    stamp = f"{started:%Y-%m-%d-%H%M}"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"load-{stamp}.txt").write_text(text + "\n")
    (RESULTS / f"load-{stamp}.json").write_text(
        json.dumps(
            {"args": vars(args), "groups": table, "slowest_p95": slowest, "cpus": os.cpu_count()}, indent=1
        )
    )
    errors = sum(row["errors"] for row in table.values())
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
else:  # imported by Locust as the locustfile
    import base64
    import hashlib
    import hmac
    import itertools
    import random
    import struct

    from locust import HttpUser, between, events, task

    from flexpool.demo.people import DEMO_TOTP_SECRET

    CLONE_NUMBERS = {role: itertools.count() for role in SECOND_FACTOR_ROLES}

    def totp_now() -> str:
        """RFC 6238 code of the demo key for this 30-second step."""
        counter = struct.pack(">Q", int(time.time()) // 30)
        digest = hmac.new(base64.b32decode(DEMO_TOTP_SECRET), counter, hashlib.sha1).digest()
        offset = digest[-1] & 0x0F
        return f"{(struct.unpack('>I', digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"

    def csrf_token(html: str) -> str:
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)

    SAMPLES = open(os.environ["FLEXPOOL_LOAD_SAMPLES"], "w", newline="")  # noqa: SIM115
    WRITER = csv.writer(SAMPLES)

    @events.request.add_listener
    def _sample(request_type, name, response_time, response_length, exception, **kwargs):
        WRITER.writerow([group(name), f"{response_time:.2f}", "0" if exception else "1", name])

    @events.quitting.add_listener
    def _close(**kwargs):
        SAMPLES.close()

    class Visitor(HttpUser):
        wait_time = between(1, 3)

        def on_start(self):
            self.role = random.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
            if not self.role:
                return
            username = self.role
            if self.role in CLONE_NUMBERS:
                username = f"load-{self.role}-{next(CLONE_NUMBERS[self.role])}"
            token = csrf_token(self.client.get("/inloggen/", name="login form").text)
            with self.client.post(
                "/inloggen/",
                {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token},
                headers={"Referer": self.host + "/inloggen/"},
                name="login",
                catch_response=True,
                allow_redirects=False,
            ) as response:
                if response.status_code != 302:
                    response.failure(f"login as {self.role}: {response.status_code}")
                    return
            if self.role in CLONE_NUMBERS:
                form = self.client.get("/inloggen/tweede-stap/", name="login second step form")
                token = csrf_token(form.text)
                with self.client.post(
                    "/inloggen/tweede-stap/",
                    {"code": totp_now(), "csrfmiddlewaretoken": token},
                    headers={"Referer": self.host + "/inloggen/tweede-stap/"},
                    name="login second step",
                    catch_response=True,
                    allow_redirects=False,
                ) as response:
                    if response.status_code != 302 or "tweede-stap" in response.headers.get("Location", ""):
                        response.failure(f"second step as {self.role}: {response.status_code}")

        @task
        def visit(self):
            path = random.choice(ROUTES[self.role])
            with self.client.get(path, name=path, catch_response=True, allow_redirects=False) as response:
                if response.status_code != 200:
                    response.failure(f"{self.role or 'anonymous'} {path}: {response.status_code}")
