"""Crash-safe background tasks: worker heartbeats and the recovery of tasks whose worker died.

`flexpool db_worker` (core/management/commands/db_worker.py) runs django-tasks-db's worker with a
thread that writes the worker's `WorkerHeartbeat` every `HEARTBEAT` seconds and, every
`RECOVER_EVERY` seconds, calls `recover_lost_tasks`. A running task has lost its worker when
that worker wrote no heartbeat for `LEASE` seconds and, when it ran on this machine, its process
is gone (a process that is alive but blocked, e.g. on an SQLite lock, keeps its tasks). Such a
task is queued again, up to `MAX_ATTEMPTS` runs in all, and then marked failed; its progress row
tells the user which of the two happened. Tasks are written to be run again safely: each one
either commits all its work in one transaction or starts over from its input.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from datetime import timedelta

from django.db import close_old_connections, connection, transaction
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _
from django_tasks_db.models import DBTaskResult

from flexpool.core.models import TaskProgress, WorkerHeartbeat

logger = logging.getLogger(__name__)

HEARTBEAT = 5  # seconds between two heartbeats of a worker
LEASE = 30  # seconds without a heartbeat after which a worker counts as gone
RECOVER_EVERY = 10  # seconds between two checks for lost tasks
MAX_ATTEMPTS = 3  # runs of one task in all (the first and two more)

RUNNING, READY, FAILED = "RUNNING", "READY", "FAILED"


class WorkerLost(Exception):
    """Recorded as the exception of a task whose worker stopped during every attempt."""


def new_worker_id() -> str:
    """host:pid:random, so a worker on the same machine can be checked for a live process."""
    return f"{socket.gethostname()[:30]}:{os.getpid()}:{get_random_string(8)}"


def beat(worker_id: str) -> None:
    WorkerHeartbeat.objects.update_or_create(worker_id=worker_id, defaults={"beat_at": timezone.now()})


def _process_alive(worker_id: str) -> bool | None:
    """True/False for a worker of this machine whose process can be checked; None otherwise."""
    host, _sep, rest = worker_id.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname()[:30] or not pid.isdigit():
        return None
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _worker_gone(worker_id: str, alive: set[str]) -> bool:
    process = _process_alive(worker_id)
    if process is not None:
        return not process
    return worker_id not in alive


def recover_lost_tasks(now=None) -> dict[str, int]:
    """Queue again, or mark failed, every running task whose worker is gone."""
    now = now or timezone.now()
    alive = set(
        WorkerHeartbeat.objects.filter(beat_at__gte=now - timedelta(seconds=LEASE)).values_list(
            "worker_id", flat=True
        )
    )
    counts = {"requeued": 0, "failed": 0}
    for result_id, worker_ids in DBTaskResult.objects.filter(status=RUNNING).values_list("id", "worker_ids"):
        worker = worker_ids[-1] if worker_ids else ""
        if worker and not _worker_gone(worker, alive):
            continue
        outcome = _recover(result_id, worker_ids, now)
        if outcome:
            counts[outcome] += 1
    WorkerHeartbeat.objects.filter(beat_at__lt=now - timedelta(seconds=LEASE * 10)).delete()
    return counts


@transaction.atomic
def _recover(result_id, worker_ids: list[str], now) -> str | None:
    result = DBTaskResult.objects.select_for_update().filter(pk=result_id).first()
    if result is None or result.status != RUNNING or result.worker_ids != worker_ids:
        return None  # finished or claimed again in the meantime
    attempts = len(result.worker_ids)
    progress = TaskProgress.objects.filter(task_id=str(result.pk)).exclude(
        status__in=[TaskProgress.Status.DONE, TaskProgress.Status.FAILED]
    )
    if attempts < MAX_ATTEMPTS:
        result.status = READY
        result.started_at = None
        result.save(update_fields=["status", "started_at"])
        progress.update(
            status=TaskProgress.Status.QUEUED,
            fraction=0.0,
            message=_("De verwerking stopte onverwacht; de taak start opnieuw (poging %(n)s van %(max)s).")
            % {"n": attempts + 1, "max": MAX_ATTEMPTS},
        )
        logger.warning("Task %s lost its worker %s; queued again", result.pk, worker_ids[-1:])
        return "requeued"
    message = _(
        "De verwerking stopte %(n)s keer onverwacht. Er is niets half opgeslagen. "
        "Probeer het later opnieuw of vraag de beheerder om hulp."
    ) % {"n": attempts}
    result.status = FAILED
    result.finished_at = now
    result.exception_class_path = f"{WorkerLost.__module__}.{WorkerLost.__qualname__}"
    result.traceback = f"WorkerLost: the worker stopped during each of {attempts} attempts."
    result.return_value = None
    result.save(update_fields=["status", "finished_at", "exception_class_path", "traceback", "return_value"])
    progress.update(
        status=TaskProgress.Status.FAILED, fraction=1.0, message=message[:255], result={"error": message}
    )
    logger.error("Task %s lost its worker %s times; marked failed", result.pk, attempts)
    return "failed"


class Heartbeat(threading.Thread):
    """Writes the worker's heartbeat and looks for lost tasks, beside the worker's own loop."""

    def __init__(self, worker_id: str):
        super().__init__(name=f"heartbeat-{worker_id}", daemon=True)
        self.worker_id = worker_id
        self.stopped = threading.Event()

    def run(self) -> None:
        since_recovery = RECOVER_EVERY  # look for lost tasks right at the start
        while not self.stopped.is_set():
            try:
                close_old_connections()
                beat(self.worker_id)
                if since_recovery >= RECOVER_EVERY:
                    recover_lost_tasks()
                    since_recovery = 0
            except Exception:  # a locked or restarting database: try again at the next beat
                logger.exception("Heartbeat of worker %s failed", self.worker_id)
            self.stopped.wait(HEARTBEAT)
            since_recovery += HEARTBEAT
        try:
            WorkerHeartbeat.objects.filter(worker_id=self.worker_id).delete()
        except Exception:  # a locked database at shutdown: the row ages out like a lost worker's
            logger.warning("Heartbeat of stopped worker %s left behind", self.worker_id, exc_info=True)
        finally:
            connection.close()

    def stop(self) -> None:
        self.stopped.set()
