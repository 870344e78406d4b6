"""Production settings refuse to be unsafe; CSP without inline scripts; health endpoint; JSON request logs."""

import json
import logging
import os
import re
import secrets
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.test import Client, override_settings
from django.utils import timezone
from pythonjsonlogger.json import JsonFormatter

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "flexpool"


def run_production(*args, drop=(), **env):
    base = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SECRET_KEY", "ALLOWED_HOSTS"))
    }
    base.update(
        DJANGO_SETTINGS_MODULE="flexpool.conf.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="flexpool.example.nl",
        DATABASE_URL="sqlite:////tmp/flexpool-production-check.sqlite3",
    )
    base.update(env)
    for name in drop:
        base.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "flexpool.manage", *args],
        env=base,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    result = run_production("check", drop=(missing,))
    assert result.returncode != 0
    assert f"{missing} is not set" in result.stderr


def test_production_refuses_a_weak_secret_key():
    result = run_production("check", SECRET_KEY="kort")
    assert result.returncode != 0 and "SECRET_KEY is too short" in result.stderr


def test_check_deploy_has_no_warnings_with_the_documented_environment():
    result = run_production("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


def test_pages_send_a_content_security_policy_without_inline_scripts(db):
    response = Client().get("/inloggen/")
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    assert "unsafe" not in directives["script-src"] and "unsafe" not in directives["default-src"]


def test_no_template_has_an_inline_script_or_event_handler():
    offenders = []
    for template in SRC.rglob("templates/**/*.html"):
        text = template.read_text(encoding="utf-8")
        for tag in re.findall(r"<script\b[^>]*>", text):
            if "src=" not in tag:
                offenders.append(f"{template.relative_to(SRC)}: {tag}")
        offenders += [f"{template.relative_to(SRC)}: {m}" for m in re.findall(r"\son[a-z]+=\"", text)]
    assert offenders == []


def test_api_docs_load_swagger_from_own_static_files(db):
    page = Client().get("/api/v1/docs/").content.decode()
    assert "cdn." not in page and "<script>" not in page.replace(" ", "")
    assert "swagger-ui-bundle.js" in page


# ---- health ----------------------------------------------------------------------------------

# Role matrix row (tests/web/test_role_matrix.py): the health check is open to everyone.
PAGES = {"health": {"anonymous", "coordinator", "member"}}
POST_ONLY: set[str] = set()


@pytest.mark.parametrize("role", sorted(PAGES["health"]))
def test_health_answers_every_role(role, coordinator, member):
    client = Client()
    if role != "anonymous":
        client.force_login({"coordinator": coordinator, "member": member.user}[role])
    assert client.get("/gezondheid/").status_code == 200


def test_health_is_ok_with_a_database_and_no_waiting_tasks(db):
    response = Client().get("/gezondheid/")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "ok" and data["database"]["status"] == "ok"


@override_settings(
    TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}, HEALTH_TASK_MAX_WAIT_SECONDS=60
)
def test_health_fails_when_queued_tasks_are_not_picked_up(db):
    from django_tasks_db.models import DBTaskResult

    task = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="flexpool.core.tasks.start_due_assignments_task",
        backend_name="default",
        run_after=timezone.now() - timedelta(minutes=10),
    )
    DBTaskResult.objects.filter(pk=task.pk).update(enqueued_at=timezone.now() - timedelta(minutes=10))
    response = Client().get("/gezondheid/")
    assert response.status_code == 503
    data = response.json()
    assert data["tasks"]["status"] == "fout" and data["tasks"]["waiting"] == 1
    assert data["tasks"]["oldest_wait_seconds"] >= 600
    DBTaskResult.objects.filter(pk=task.pk).update(enqueued_at=timezone.now())
    assert Client().get("/gezondheid/").status_code == 200


# ---- request logs -----------------------------------------------------------------------------


def test_every_request_is_logged_once_as_structured_data(db, caplog):
    with caplog.at_level(logging.INFO, logger="flexpool.conf.request_log"):
        response = Client().get("/inloggen/?x=1", HTTP_X_REQUEST_ID="abc123")
    records = [r for r in caplog.records if r.name == "flexpool.conf.request_log"]
    assert len(records) == 1
    line = json.loads(JsonFormatter("%(levelname)s %(message)s").format(records[0]))
    assert line["method"] == "GET" and line["path"] == "/inloggen/" and line["status"] == 200
    assert line["request_id"] == "abc123" == response["X-Request-ID"]
    assert isinstance(line["duration_ms"], float) and line["user_id"] is None
