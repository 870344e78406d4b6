"""The scheduled warning that an agreement is about to expire: 90 and 30 days before its end.

Each warning carries a key (the agreement, its end date and the threshold), so running the job
every day tells each person once per threshold; an agreement that is extended to a new end date
is warned about again before that date.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.urls import reverse
from django.utils import formats, translation

from flexpool.agreements.models import Agreement
from flexpool.notifications.kinds import Kind
from flexpool.notifications.services import notify
from flexpool.pool import recipients

# Days before the end date at which the coordinators and the parties' contacts are told.
THRESHOLDS = (90, 30)


def threshold_for(days_left: int) -> int | None:
    """The smallest threshold the agreement has reached (30 before 90), or None."""
    reached = [t for t in THRESHOLDS if days_left <= t]
    return min(reached) if reached else None


@transaction.atomic
def warn_agreements_expiring(*, today: date) -> int:
    """Tell the pool's coordinators and the parties' contacts; returns how many were told."""
    agreements = (
        Agreement.objects.filter(ends_on__gte=today, ends_on__lte=today + timedelta(days=max(THRESHOLDS)))
        .select_related("pool")
        .prefetch_related("municipalities")
    )
    told = 0
    for agreement in agreements:
        assert agreement.ends_on is not None
        days_left = (agreement.ends_on - today).days
        threshold = threshold_for(days_left)
        if threshold is None:
            continue
        people = recipients.coordinators_of(agreement.pool_id)
        people += recipients.contacts_of(m.pk for m in agreement.municipalities.all())
        with translation.override("nl"):
            end = formats.date_format(agreement.ends_on, "j F Y")
        told += len(
            notify(
                kind=Kind.AGREEMENT_EXPIRING,
                recipients=people,
                params={
                    "agreement": agreement.title,
                    "pool": agreement.pool.name,
                    "end": end,
                    "days": days_left,
                },
                link=reverse("agreement-detail", args=[agreement.pk]),
                key=f"overeenkomst-{agreement.pk}-{agreement.ends_on.isoformat()}-{threshold}",
            )
        )
    return told
