"""Demo hours for the demo pool: tariffs, hours on running and completed assignments, settlements.

`load_hours_demo(pool)` is idempotent: it removes the hours, periods and settlements an earlier run
made for the pool and builds them again, anchored on today. Hours go through the services (so the
audit trail has them): most weeks approved, the last two weeks pending, one week rejected with a
reason. The months before last are settled and closed; last month stays open, for finance to
settle in the demo.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from flexpool.accounts.roles import GROUP_NAMES, Role
from flexpool.core.models import AuditRecord
from flexpool.core.weeks import monday_of, weeks_between
from flexpool.hours import services
from flexpool.hours.models import HourEntry, Period, Settlement, SettlementItem, SettlementLine, Tariff
from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import Contact, Level, Membership, Pool

FULL_RATES = {Level.BASIC: "78.00", Level.ADVANCED: "92.00", Level.SENIOR: "106.00", Level.EXPERT: "121.00"}
ASSOCIATE_MARKUP = Decimal("1.20")  # associates pay per use, 20% above the members' rate
MONTHS_OF_HOURS = 4


def _month_start(day: date, back: int) -> date:
    month = day.month - 1 - back
    return date(day.year + month // 12, month % 12 + 1, 1)


def clear_hours_demo(pool: Pool) -> None:
    """Remove hours, periods and settlements of the pool (call before rebuilding its assignments)."""
    labels = {
        HourEntry: HourEntry.objects.filter(assignment__request__pool=pool),
        Settlement: Settlement.objects.filter(pool=pool),
        SettlementLine: SettlementLine.objects.filter(settlement__pool=pool),
        Period: Period.objects.filter(pool=pool),
    }
    for model, queryset in labels.items():
        ids = [str(pk) for pk in queryset.values_list("pk", flat=True)]
        AuditRecord.objects.filter(object_type=model._meta.label_lower, object_id__in=ids).delete()
    HourEntry.objects.filter(assignment__request__pool=pool).update(correction_of=None)
    HourEntry.objects.filter(assignment__request__pool=pool).delete()
    SettlementItem.objects.filter(line__settlement__pool=pool).delete()
    SettlementLine.objects.filter(settlement__pool=pool).delete()
    Settlement.objects.filter(pool=pool).delete()
    Period.objects.filter(pool=pool).delete()


def _tariffs(pool: Pool, years) -> None:
    for year in years:
        for level, rate in FULL_RATES.items():
            full = Decimal(rate)
            for tier, value in (
                (Membership.Tier.FULL, full),
                (Membership.Tier.ASSOCIATE, (full * ASSOCIATE_MARKUP).quantize(Decimal("0.01"))),
            ):
                Tariff.objects.update_or_create(
                    pool=pool, year=year, tier=tier, level=level, defaults={"hourly_rate": value}
                )


@transaction.atomic
def load_hours_demo(pool: Pool, today: date | None = None) -> dict[str, int]:
    today = today or timezone.localdate()
    clear_hours_demo(pool)
    first_day = _month_start(today, MONTHS_OF_HOURS)
    _tariffs(pool, sorted({first_day.year, today.year}))
    approvers = {c.municipality_id: c.user for c in Contact.objects.select_related("user")}
    last_week = monday_of(today) - timedelta(days=7)  # the last week that is over
    counts = {"entries": 0, "approved": 0, "pending": 0, "rejected": 0, "settlements": 0}
    rejected_one = False
    assignments = (
        Assignment.objects.filter(
            request__pool=pool,
            status__in=[AssignmentStatus.RUNNING, AssignmentStatus.COMPLETED],
            member__user__isnull=False,
        )
        .select_related("member__user", "request")
        .order_by("start", "id")
    )
    for index, assignment in enumerate(assignments):
        approver = approvers.get(assignment.request.municipality_id)
        weeks = [
            w
            for w in weeks_between(
                max(assignment.start, first_day), min(assignment.end, last_week + timedelta(days=6))
            )
            if w >= first_day and w <= last_week
        ]
        for number, week in enumerate(weeks):
            # Some variation around the agreed hours: a short week now and then.
            hours = assignment.hours_per_week - (Decimal(4) if (index + number) % 7 == 3 else 0)
            entry = services.write_hours(
                actor=assignment.member.user,
                assignment=assignment,
                week=week,
                hours=max(hours, Decimal(1)),
                note="",
                today=today,
            )
            counts["entries"] += 1
            recent = week >= last_week - timedelta(days=7)
            if approver is None or recent:
                counts["pending"] += 1
            elif not rejected_one and number == 2:
                services.reject_hours(
                    actor=approver,
                    entry=entry,
                    reason="Afgesproken was minder uren in deze week; graag aanpassen.",
                )
                rejected_one = True
                counts["rejected"] += 1
            else:
                services.approve_hours(actor=approver, entry=entry)
                counts["approved"] += 1
    finance = get_user_model().objects.filter(groups__name=GROUP_NAMES[Role.FINANCE]).order_by("pk").first()
    if finance is not None:
        start = first_day
        last_month = _month_start(today, 1)
        while start < last_month:
            period = services.open_period(actor=finance, pool=pool, kind=Period.Kind.MONTH, start=start)
            services.settle_period(actor=finance, period=period, today=today)
            counts["settlements"] += 1
            start = period.end + timedelta(days=1)
        services.open_period(actor=finance, pool=pool, kind=Period.Kind.MONTH, start=last_month)
    return counts
