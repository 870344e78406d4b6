"""Scheduled reminders: hours not written, settlement periods about to close.

Each reminder carries a key (the week, the period), so running a job twice sends nothing twice.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from django.db import transaction
from django.urls import reverse

from flexpool.core.weeks import iso_label
from flexpool.hours.models import Period
from flexpool.hours.selectors import missing_weeks
from flexpool.notifications.kinds import Kind
from flexpool.notifications.recipients import finance_users
from flexpool.notifications.services import notify
from flexpool.pool.models import Pool

# Weeks further back than this are the coordinator's business (the hours monitor), not a reminder.
REMINDER_WEEKS = 8
# Finance hears of a period this many days before its last day (and after, until it is settled).
PERIOD_WARNING = timedelta(days=5)


@transaction.atomic
def remind_missing_hours(*, today: date) -> int:
    """Tell each member which finished weeks of their running assignments still have no hours."""
    rows = missing_weeks(Pool.objects.all(), today, since=today - timedelta(weeks=REMINDER_WEEKS))
    weeks_per_user: dict[int, set[date]] = defaultdict(set)
    users = {}
    for row in rows:
        user = row.assignment.member.user
        if user is None or not row.missing:
            continue
        users[user.pk] = user
        weeks_per_user[user.pk].update(row.missing)
    key = iso_label(today - timedelta(days=today.weekday()))
    told = 0
    for pk, user in users.items():
        labels = ", ".join(iso_label(w) for w in sorted(weeks_per_user[pk]))
        told += len(
            notify(
                kind=Kind.HOURS_MISSING,
                recipients=[user],
                params={"weeks": labels},
                link=reverse("hours-mine"),
                key=key,
            )
        )
    return told


@transaction.atomic
def warn_periods_closing(*, today: date) -> int:
    """Tell finance about open periods whose last day is near or past."""
    periods = Period.objects.filter(closed_at__isnull=True, end__lte=today + PERIOD_WARNING).select_related(
        "pool"
    )
    finance = finance_users()
    told = 0
    for period in periods:
        told += len(
            notify(
                kind=Kind.PERIOD_CLOSING,
                recipients=finance,
                params={"period": period.label, "pool": period.pool.name, "end": period.end.isoformat()},
                link=reverse("settlement-list"),
                key=f"periode-{period.pk}",
            )
        )
    return told
