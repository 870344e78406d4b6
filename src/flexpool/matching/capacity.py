"""Weekly capacity and load of pool members.

Capacity in a week is the contract hours, less the share of working days on leave. Load is the
sum of the hours of assignments the municipality has accepted and that have not ended.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flexpool.core.weeks import iso_label, weeks_between, working_days_overlap
from flexpool.matching.lifecycle import LIVE_STATUSES
from flexpool.matching.models import Assignment
from flexpool.pool.models import LeavePeriod, PoolMember

FIVE = Decimal(5)


@dataclass(frozen=True)
class WeekLoad:
    monday: date
    capacity: Decimal
    load: Decimal

    @property
    def label(self) -> str:
        return iso_label(self.monday)

    @property
    def free(self) -> Decimal:
        return self.capacity - self.load

    @property
    def percent(self) -> int:
        return int(self.load * 100 / self.capacity) if self.capacity else (100 if self.load else 0)


def weekly_loads(
    members: Iterable[PoolMember],
    start: date,
    end: date,
    *,
    exclude_assignment_ids: Iterable[int] = (),
) -> dict[int, list[WeekLoad]]:
    """Capacity and accepted load per member per week, in two queries whatever the number of members."""
    members = list(members)
    ids = [m.pk for m in members]
    mondays = list(weeks_between(start, end))
    leave: dict[int, list[LeavePeriod]] = defaultdict(list)
    for period in LeavePeriod.objects.filter(member_id__in=ids, start__lte=end, end__gte=start):
        leave[period.member_id].append(period)
    load: dict[tuple[int, date], Decimal] = defaultdict(Decimal)
    accepted = (
        Assignment.objects.filter(
            member_id__in=ids,
            status__in=LIVE_STATUSES,
            accepted_at__isnull=False,
            start__lte=end,
            end__gte=start,
        )
        .exclude(pk__in=list(exclude_assignment_ids))
        .values_list("member_id", "start", "end", "hours_per_week")
    )
    for member_id, a_start, a_end, hours in accepted:
        for monday in weeks_between(max(a_start, start), min(a_end, end)):
            load[(member_id, monday)] += hours
    result: dict[int, list[WeekLoad]] = {}
    for member in members:
        weeks = []
        for monday in mondays:
            days_off = sum(working_days_overlap(monday, p.start, p.end) for p in leave[member.pk])
            capacity = member.contract_hours * (FIVE - min(days_off, 5)) / FIVE
            weeks.append(WeekLoad(monday, capacity.quantize(Decimal("0.1")), load[(member.pk, monday)]))
        result[member.pk] = weeks
    return result


def overbooked_weeks(
    member: PoolMember,
    hours_per_week: Decimal,
    start: date,
    end: date,
    *,
    exclude_assignment_ids: Iterable[int] = (),
) -> list[WeekLoad]:
    """Weeks in which adding `hours_per_week` would exceed the member's capacity."""
    weeks = weekly_loads([member], start, end, exclude_assignment_ids=exclude_assignment_ids)[member.pk]
    return [w for w in weeks if w.load + hours_per_week > w.capacity]
