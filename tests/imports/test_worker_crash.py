"""A task whose worker dies is run again by another worker, or marked failed with a message.

The first test starts a real `flexpool db_worker` process on the test database, kills it with
SIGKILL while a design-workshop run is halfway, and shows a second worker finishing the task.
It needs a database two processes share, so it runs in the PostgreSQL pass. The other tests
drive the recovery directly and run on both databases.
"""

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from flexpool.core import workers
from flexpool.core.models import TaskProgress, WorkerHeartbeat
from flexpool.scenarios import services as scenarios


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"waited {timeout} s for {what}")


def start_worker(tmp_path, name: str) -> subprocess.Popen:
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = dict(
        os.environ,
        DATABASE_URL=url,
        DJANGO_SETTINGS_MODULE="flexpool.conf.dev",
        TASKS_BACKEND="django_tasks_db.DatabaseBackend",
        DEBUG="false",
    )
    log = open(tmp_path / f"{name}.log", "w")  # noqa: SIM115 - closed with the process
    return subprocess.Popen(
        [sys.executable, "-m", "flexpool.manage", "db_worker", "--no-startup-delay", "--interval", "0.2"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_killed_worker_task_is_finished_by_a_new_worker(coordinator, settings, tmp_path):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    workshop = scenarios.create_workshop(
        actor=coordinator, name="Atelier", municipality_codes=["GM0106", "GM0109", "GM0114", "GM0118"]
    )
    run = scenarios.start_run(
        workshop=workshop,
        actor=coordinator,
        scenarios=[
            {"name": "Eigen organisatie", "organisation": "own", "pool_initial_share": 1.0},
            {"name": "Flexpool", "organisation": "flexpool", "pool_initial_share": 0.5},
        ],
        replications=2000,
    )
    progress = TaskProgress.objects.get(pk=run.progress_id)
    task_id = wait_for(lambda: TaskProgress.objects.get(pk=progress.pk).task_id, 10, "the task id")

    first = start_worker(tmp_path, "first")
    try:
        wait_for(
            lambda: TaskProgress.objects.filter(pk=progress.pk, status="bezig", fraction__gte=0.1).exists(),
            60,
            "the run to be halfway",
        )
        os.kill(first.pid, signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
    # What used to stay like this for ever: "bezig", and a task that no worker picks up.
    assert TaskProgress.objects.get(pk=progress.pk).status == TaskProgress.Status.RUNNING
    assert DBTaskResult.objects.get(pk=task_id).status == "RUNNING"

    second = start_worker(tmp_path, "second")
    try:
        done = wait_for(
            lambda: TaskProgress.objects.filter(pk=progress.pk, status__in=["klaar", "mislukt"]).first(),
            240,
            "the second worker to finish the run",
        )
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(20)
    assert done.status == TaskProgress.Status.DONE, done.message
    result = DBTaskResult.objects.get(pk=task_id)
    assert result.status == "SUCCESSFUL" and len(result.worker_ids) == 2
    run.refresh_from_db()
    assert set(run.results["bands"]) == {"Eigen organisatie", "Flexpool"}
    assert not WorkerHeartbeat.objects.filter(worker_id=result.worker_ids[1]).exists()  # clean stop


def running_task(progress: TaskProgress, worker_ids: list[str]) -> DBTaskResult:
    result = DBTaskResult.objects.create(
        status="RUNNING",
        args_kwargs={"args": [], "kwargs": {}},
        task_path="flexpool.matching.tasks.start_due_assignments_task",
        backend_name="default",
        run_after=timezone.now(),
        started_at=timezone.now(),
        worker_ids=worker_ids,
    )
    TaskProgress.objects.filter(pk=progress.pk).update(task_id=str(result.pk), status="bezig", fraction=0.5)
    return result


DEAD = "elders.example:123:abcdefgh"  # a worker on another machine whose heartbeat stopped


@pytest.mark.django_db
def test_a_task_of_a_dead_worker_is_queued_again_with_a_message(coordinator):
    progress = TaskProgress.objects.create(kind="import.requests", owner=coordinator)
    result = running_task(progress, [DEAD])
    WorkerHeartbeat.objects.create(worker_id=DEAD, beat_at=timezone.now() - timedelta(minutes=5))
    assert workers.recover_lost_tasks() == {"requeued": 1, "failed": 0}
    result.refresh_from_db()
    progress.refresh_from_db()
    assert result.status == "READY" and result.started_at is None
    assert progress.status == TaskProgress.Status.QUEUED
    assert "poging 2 van 3" in progress.message


@pytest.mark.django_db
def test_after_the_last_attempt_the_task_fails_with_a_message(coordinator):
    progress = TaskProgress.objects.create(kind="import.requests", owner=coordinator)
    result = running_task(progress, [DEAD, DEAD, DEAD])
    assert workers.recover_lost_tasks() == {"requeued": 0, "failed": 1}
    result.refresh_from_db()
    progress.refresh_from_db()
    assert result.status == "FAILED" and result.exception_class_path.endswith("WorkerLost")
    assert progress.status == TaskProgress.Status.FAILED
    assert "3 keer onverwacht" in progress.message


@pytest.mark.django_db
def test_a_live_worker_keeps_its_task(coordinator):
    progress = TaskProgress.objects.create(kind="import.requests", owner=coordinator)
    remote = "elders.example:456:abcdefgh"
    WorkerHeartbeat.objects.create(worker_id=remote, beat_at=timezone.now())
    local = workers.new_worker_id()  # this test's own process: alive
    first, second = running_task(progress, [remote]), running_task(progress, [local])
    assert workers.recover_lost_tasks() == {"requeued": 0, "failed": 0}
    assert {r.status for r in DBTaskResult.objects.filter(pk__in=[first.pk, second.pk])} == {"RUNNING"}


@pytest.mark.django_db
def test_a_dead_process_on_this_machine_is_recognised_at_once(coordinator):
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    dead_here = workers.new_worker_id().replace(f":{os.getpid()}:", f":{child.pid}:")
    progress = TaskProgress.objects.create(kind="import.requests", owner=coordinator)
    WorkerHeartbeat.objects.create(worker_id=dead_here, beat_at=timezone.now())  # fresh, but gone
    running_task(progress, [dead_here])
    assert workers.recover_lost_tasks() == {"requeued": 1, "failed": 0}
