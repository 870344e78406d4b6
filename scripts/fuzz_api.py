"""Property-based fuzzing of the API against the committed schema, as every role and anonymous.

Sets up a fresh database with the demo data, serves it on loopback, logs in as each demo role
(session cookie and CSRF token, so the password hash is not recomputed on every request) and
runs Schemathesis over every operation in `openapi.yaml` with a fixed number of examples per
operation and a fixed seed. Checks: no server error, status codes, content types and bodies as
documented. Prints a table; exits non-zero on any failure.

Two roles run at the same time, each in its own Schemathesis process with one worker. Threads
would be as fast, but CPython 3.11 shares the AST constructor's recursion counter between threads,
and Hypothesis parses source while it describes strategies: two workers in one process now and
then crash the fuzzer itself ("AST constructor recursion depth mismatch", python/cpython#106905).

    .venv/bin/python scripts/fuzz_api.py [--examples 5] [--port 8765] [--database-url URL]

`make fuzz` runs it; `.ci/run` runs `make fuzz`.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ROLES = ["anoniem", "coordinator", "assen", "flexpooler", "financien", "raad", "emmen"]
PASSWORD = "flexpool-demo"
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def run(cmd: list[str], env: dict[str, str]) -> None:
    subprocess.run(cmd, env=env, check=True, cwd=ROOT)


def wait_until_up(base: str, server: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the server stopped before it answered")
        try:
            urllib.request.urlopen(base + "/api/v1/regions/", timeout=5)
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"no answer from {base} within {timeout} s")


def login(base: str, username: str) -> list[str]:
    """Schemathesis headers for a logged-in session: the session and CSRF cookies and the token."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/inloggen/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode(
        {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token}
    ).encode()
    answer = opener.open(
        urllib.request.Request(base + "/inloggen/", data=body, headers={"Referer": base + "/inloggen/"})
    )
    if answer.geturl().endswith("/inloggen/tweede-stap/"):
        # Coordinator and finance: the second factor with the demo's published TOTP key.
        from base64 import b32decode

        from django_otp.oath import TOTP

        from flexpool.demo.people import DEMO_TOTP_SECRET

        page = answer.read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        code = f"{TOTP(b32decode(DEMO_TOTP_SECRET)).token():06d}"
        body = urllib.parse.urlencode({"code": code, "csrfmiddlewaretoken": token}).encode()
        step = base + "/inloggen/tweede-stap/"
        answer = opener.open(urllib.request.Request(step, data=body, headers={"Referer": step}))
        if answer.geturl().endswith("/inloggen/tweede-stap/"):
            raise SystemExit(f"second factor for {username} failed")
    cookies = {c.name: c.value for c in jar}
    if "sessionid" not in cookies:
        raise SystemExit(f"login as {username} failed")
    cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    return ["-H", f"Cookie: {cookie}", "-H", f"X-CSRFToken: {cookies['csrftoken']}"]


def fuzz(base: str, role: str, examples: int, seed: int, report: Path) -> tuple[int, str, float]:
    # Anonymous cases carry made-up credentials of every documented kind; a role's cases carry
    # only its own session, so that each of them is answered as that role.
    headers = [] if role == "anoniem" else login(base, role)
    security = "true" if role == "anoniem" else "false"
    started = time.monotonic()
    result = subprocess.run(
        [
            str(BIN / "schemathesis"), "run", str(ROOT / "openapi.yaml"), "--url", base,
            "--checks", CHECKS, "--phases", "examples,fuzzing", "--max-examples", str(examples),
            "--seed", str(seed), "--no-shrink", "--workers", "1", "--request-timeout", "60",
            "--suppress-health-check", "all", "--generation-with-security-parameters", security,
            "--report", "junit",
            "--report-junit-path", str(report), *headers,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )  # fmt: skip
    return result.returncode, result.stdout + result.stderr, time.monotonic() - started


def summary_of(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if re.search(r"\d+ (passed|failed|errored)", line)]
    return lines[-1] if lines else "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=5, help="examples per operation and role")
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--database-url", help="an empty database to use (default: a new SQLite file)")
    parser.add_argument("--roles", default=",".join(ROLES))
    parser.add_argument("--parallel", type=int, default=2, help="roles fuzzed at the same time")
    parser.add_argument("--no-setup", action="store_true", help="the database already holds the demo")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="flexpool-fuzz-"))
    env = dict(
        os.environ,
        DATABASE_URL=args.database_url or f"sqlite:///{workdir}/fuzz.sqlite3",
        DJANGO_SETTINGS_MODULE="flexpool.conf.dev",
        DEBUG="false",
        TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
        # Schemathesis sends made-up Basic credentials with every case; with lock-out on, each role
        # would be locked after five and the rest of its cases would only see 429.
        LOGIN_LOCKOUT="false",
    )
    manage = str(BIN / "flexpool")
    if not args.no_setup:
        print("Demo data laden...", flush=True)
        run([manage, "migrate", "--noinput", "-v0"], env)
        run([manage, "load_demo_data"], env)
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen(
        [manage, "runserver", "--noreload", "--nothreading", f"127.0.0.1:{args.port}"],
        env=env,
        stdout=open(workdir / "server.log", "w"),  # noqa: SIM115 - lives as long as the server
        stderr=subprocess.STDOUT,
        cwd=ROOT,
    )
    rows, failed = [], False
    try:
        wait_until_up(base, server)
        roles = args.roles.split(",")
        with ThreadPoolExecutor(max_workers=args.parallel) as pool:
            outcomes = pool.map(
                lambda role: fuzz(base, role, args.examples, args.seed, workdir / f"{role}.xml"), roles
            )
            for role, (code, output, seconds) in zip(roles, outcomes, strict=True):
                rows.append((role, summary_of(output), seconds, code))
                if code != 0:
                    failed = True
                    print(f"--- {role} ---", output[-6000:], sep="\n", flush=True)
    finally:
        server.terminate()
        server.wait(20)
    print(f"\nSchemathesis over openapi.yaml: {args.examples} examples per operation, seed {args.seed}")
    print(f"{'rol':<12} {'seconden':>8}  uitkomst")
    for role, summary, seconds, code in rows:
        print(f"{role:<12} {seconds:8.1f}  {'OK ' if code == 0 else 'FOUT'} {summary}")
    print(f"server log: {workdir / 'server.log'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
