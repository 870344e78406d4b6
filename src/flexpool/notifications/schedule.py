"""Scheduled jobs without an extra server: `flexpool run_schedule` queues each job once when due.

A job is due once per day (daily jobs) or once per ISO week (weekly jobs, on Monday) from
`SCHEDULE_DAILY_HOUR` on, local time. The last queued day or week is kept in `ScheduledRun`, claimed
under a row lock, so two schedulers side by side (or a restart) never queue a job twice. The
`db_worker` runs the queued tasks.
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
    task_path: str
    weekly: bool = False

    def key(self, now: datetime) -> str | None:
        """The day or week this job is due for at `now`, or None before its hour."""
        local = timezone.localtime(now)
        if local.hour < settings.SCHEDULE_DAILY_HOUR:
            return None
        if self.weekly:
            return iso_label(monday_of(local.date()))
        return local.date().isoformat()

    def task(self):
        from django.utils.module_loading import import_string

        return import_string(self.task_path)


JOBS = (
    Job("dagoverzicht", "flexpool.notifications.tasks.send_digests"),
    Job("periodes-bijna-dicht", "flexpool.notifications.tasks.warn_periods_closing"),
    Job("inzet-starten", "flexpool.core.tasks.start_due_assignments_task"),
    Job("uren-herinnering", "flexpool.notifications.tasks.remind_missing_hours", weekly=True),
)


def queue_due_jobs(now: datetime | None = None, jobs=JOBS) -> list[str]:
    """Queue every job that is due and not yet queued for this day or week; returns their names."""
    now = now or timezone.now()
    queued = []
    for job in jobs:
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
                transaction.on_commit(job.task().enqueue)
        except IntegrityError:
            continue  # another scheduler created the row at the same moment and queued it
        queued.append(job.name)
    return queued
