"""Checks against a running production server (see smoke-production.sh). Prints one line per check."""

from __future__ import annotations

import json
import re
import sys
import time

import requests

BASE, LOG = sys.argv[1], sys.argv[2]
HOST = BASE.split("//", 1)[1]
HTTPS = {"X-Forwarded-Proto": "https"}
failures = 0


def check(name: str, ok: bool, detail: str = "") -> None:
    global failures
    print(f"{'ok  ' if ok else 'FOUT'} {name}{': ' + detail if detail and not ok else ''}")
    failures += not ok


for _ in range(120):  # the workers load Django on their first request
    try:
        health = requests.get(f"{BASE}/gezondheid/", timeout=60)
        break
    except requests.RequestException:
        time.sleep(0.5)
else:
    sys.exit("gunicorn antwoordt niet")

check("health 200", health.status_code == 200, health.text)
data = health.json()
check(
    "health: database and task queue", data["database"]["status"] == "ok" and data["tasks"]["status"] == "ok"
)

plain = requests.get(f"{BASE}/inloggen/", allow_redirects=False, timeout=30)
check(
    "plain HTTP redirects to HTTPS",
    plain.status_code == 301 and plain.headers["Location"].startswith("https://"),
)

page = requests.get(f"{BASE}/inloggen/", headers=HTTPS, timeout=30)
headers = page.headers
check("login page 200 over HTTPS", page.status_code == 200)
check(
    "HSTS one year, subdomains, preload",
    headers.get("Strict-Transport-Security") == "max-age=31536000; includeSubDomains; preload",
    headers.get("Strict-Transport-Security", ""),
)
csp = headers.get("Content-Security-Policy", "")
# django-csp writes the directives in no fixed order, so read them one by one.
directives = dict(part.strip().partition(" ")[::2] for part in csp.split(";") if part.strip())
check("CSP script-src 'self' only", directives.get("script-src") == "'self'", csp)
check("X-Frame-Options DENY", headers.get("X-Frame-Options") == "DENY")
check("nosniff", headers.get("X-Content-Type-Options") == "nosniff")
check("Referrer-Policy same-origin", headers.get("Referrer-Policy") == "same-origin")
cookie = headers.get("Set-Cookie", "")
check("CSRF cookie Secure", "csrftoken=" in cookie and "Secure" in cookie, cookie)

css = requests.get(
    f"{BASE}/static/flexpool/site.css", headers={**HTTPS, "Accept-Encoding": "gzip"}, timeout=30
)
check(
    "static file by WhiteNoise, compressed",
    css.status_code == 200 and css.headers.get("Content-Encoding") == "gzip",
)
check("static file content type", css.headers.get("Content-Type", "").startswith("text/css"))

api = requests.get(f"{BASE}/api/v1/requests/", headers=HTTPS, timeout=30)
check(
    "API without credentials: 401 + WWW-Authenticate",
    api.status_code == 401 and "Basic" in api.headers.get("WWW-Authenticate", ""),
)
public = requests.get(f"{BASE}/api/v1/municipalities/?limit=1", headers=HTTPS, timeout=30)
check("public API 200", public.status_code == 200 and public.json()["count"] == 342, public.text[:200])


def login(username: str, password: str) -> requests.Response:
    form = requests.get(f"{BASE}/inloggen/", headers=HTTPS, timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    cookie = form.cookies.get("csrftoken") or re.search(
        r"csrftoken=([^;]+)", form.headers["Set-Cookie"]
    ).group(1)
    return requests.post(
        f"{BASE}/inloggen/",
        data={"username": username, "password": password, "csrfmiddlewaretoken": token},
        headers={**HTTPS, "Cookie": f"csrftoken={cookie}", "Referer": f"https://{HOST}/inloggen/"},
        allow_redirects=False,
        timeout=30,
    )


good = login("rook", "rook-test-wachtwoord-1")
check(
    "login with the right password",
    good.status_code == 302 and good.headers["Location"] == "/",
    str(good.status_code),
)
statuses = [login("rook-slot", "verkeerd").status_code for _ in range(7)]
check("5 wrong passwords lock the login (429)", statuses[-1] == 429, str(statuses))
check("locked: right password refused", login("rook-slot", "rook-test-wachtwoord-2").status_code == 429)

time.sleep(0.5)
lines = []
with open(LOG, encoding="utf-8") as handle:
    for raw in handle:
        try:
            lines.append(json.loads(raw))
        except ValueError:
            continue
requests_logged = [line for line in lines if line.get("logger") == "flexpool.conf.request_log"]
check(
    "JSON request log with path, status and duration",
    any(
        r.get("path") == "/gezondheid/" and r.get("status") == 200 and "duration_ms" in r
        for r in requests_logged
    ),
    f"{len(lines)} JSON lines",
)

print(f"{failures} failed" if failures else "production smoke test: all checks passed")
sys.exit(1 if failures else 0)
