"""Scheduled jobs without an extra server: `flexpool run_schedule` queues each job once when due.

A job is due once per day (daily jobs) or once per ISO week (weekly jobs, on Monday) from
`SCHEDULE_DAILY_HOUR` on, local time. The last queued day or week is kept in `ScheduledRun`, claimed
under a row lock, so two schedulers side by side (or a restart) never queue a job twice. The
`db_worker` runs the queued tasks.

Apps above this one add their jobs with `register` in their `AppConfig.ready` (hours: the weekly
reminder and the period warning; matching: starting assignments), so this app imports none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from flexpool.core.weeks import iso_label, monday_of
from flexpool.notifications.models import ScheduledRun


@dataclass(frozen=True)
class Job:
    name: str
    task: object  # a django_tasks Task
    weekly: bool = False

    def key(self, now: datetime) -> str | None:
        """The day or week this job is due for at `now`, or None before its hour."""
        local = timezone.localtime(now)
        if local.hour < settings.SCHEDULE_DAILY_HOUR:
            return None
        if self.weekly:
            return iso_label(monday_of(local.date()))
        return local.date().isoformat()


JOBS: dict[str, Job] = {}


def register(job: Job) -> None:
    JOBS[job.name] = job


def queue_due_jobs(now: datetime | None = None) -> list[str]:
    """Queue every job that is due and not yet queued for this day or week; returns their names."""
    now = now or timezone.now()
    queued = []
    for job in JOBS.values():
        key = job.key(now)
        if key is None:
            continue
        try:
            with transaction.atomic():
                row = ScheduledRun.objects.select_for_update().filter(job=job.name).first()
                if row is None:
                    row = ScheduledRun.objects.create(job=job.name, last_key="", queued_at=now)
                if row.last_key == key:
                    continue
                row.last_key, row.queued_at = key, now
                row.save(update_fields=["last_key", "queued_at"])
                transaction.on_commit(job.task.enqueue)
        except IntegrityError:
            continue  # another scheduler created the row at the same moment and queued it
        queued.append(job.name)
    return queued
