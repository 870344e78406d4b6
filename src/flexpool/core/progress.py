"""Progress reporting for background jobs (see TaskProgress)."""

from __future__ import annotations

from django.db import transaction

from flexpool.core.models import TaskProgress


def start(progress_id: str, message: str = "") -> None:
    TaskProgress.objects.filter(pk=progress_id).update(
        status=TaskProgress.Status.RUNNING, message=message[:255]
    )


def advance(progress_id: str, fraction: float, message: str = "") -> None:
    TaskProgress.objects.filter(pk=progress_id).update(
        fraction=max(0.0, min(1.0, fraction)), message=message[:255]
    )


def finish(progress_id: str, result: dict, *, failed: bool = False, message: str = "") -> None:
    TaskProgress.objects.filter(pk=progress_id).update(
        status=TaskProgress.Status.FAILED if failed else TaskProgress.Status.DONE,
        fraction=1.0,
        result=result,
        message=message[:255],
    )


def enqueue_on_commit(task, progress_row: TaskProgress, *args) -> None:
    """Enqueue `task` once the current transaction commits, and note its id on the progress row,
    so the worker recovery (core.workers) can tell the user when its worker died."""

    def enqueue() -> None:
        result = task.enqueue(*args)
        TaskProgress.objects.filter(pk=progress_row.pk).update(task_id=str(result.id))

    transaction.on_commit(enqueue)
