"""Weekly capacity and load of pool members.

Capacity in a week is the contract hours of that week (a contract change counts from the week of
its start date), less the share of working days on leave; in a period of fewer hours, those working
days count at the reduced hours instead. Load is the sum of the hours of assignments the
municipality has accepted and that have not ended, in every pool the member works in: a person in
two pools is never booked over the sum of their hours. In a pool other than the member's home pool
an engagement (`PoolEngagement`) caps the load of that pool's assignments as well.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flexpool.core.dates import week_short, week_text
from flexpool.core.weeks import iso_label, weeks_between, working_days_overlap
from flexpool.matching.lifecycle import LIVE_STATUSES
from flexpool.matching.models import Assignment
from flexpool.pool.contract import contract_hours_in_week
from flexpool.pool.models import ContractChange, LeavePeriod, PoolEngagement, PoolMember

FIVE = Decimal(5)


@dataclass(frozen=True)
class WeekLoad:
    monday: date
    capacity: Decimal
    load: Decimal
    contract: Decimal | None = None  # the contract hours of this week, before leave

    @property
    def label(self) -> str:
        """week 2 (11–17 januari 2027)."""
        return week_text(self.monday)

    @property
    def iso_week(self) -> str:
        """2027-W02: the machine form, for the API."""
        return iso_label(self.monday)

    @property
    def short_label(self) -> str:
        """week 2."""
        return week_short(self.monday)

    @property
    def free(self) -> Decimal:
        return self.capacity - self.load

    @property
    def leave_hours(self) -> Decimal:
        """Hours of the contract not available this week because of leave or fewer hours."""
        return max((self.contract or self.capacity) - self.capacity, Decimal(0))

    @property
    def percent(self) -> int:
        return int(self.load * 100 / self.capacity) if self.capacity else (100 if self.load else 0)


def weekly_loads(
    members: Iterable[PoolMember],
    start: date,
    end: date,
    *,
    exclude_assignment_ids: Iterable[int] = (),
    only_pool_id: int | None = None,
) -> dict[int, list[WeekLoad]]:
    """Capacity and accepted load per member per week, in three queries whatever the number of members.

    The load counts assignments in every pool, unless `only_pool_id` limits it to that pool's requests.
    """
    members = list(members)
    ids = [m.pk for m in members]
    mondays = list(weeks_between(start, end))
    leave: dict[int, list[LeavePeriod]] = defaultdict(list)
    for period in LeavePeriod.objects.filter(member_id__in=ids, start__lte=end, end__gte=start):
        leave[period.member_id].append(period)
    changes: dict[int, list[ContractChange]] = defaultdict(list)
    for change in ContractChange.objects.filter(member_id__in=ids).order_by("start", "id"):
        changes[change.member_id].append(change)
    load: dict[tuple[int, date], Decimal] = defaultdict(Decimal)
    accepted = (
        Assignment.objects.filter(
            member_id__in=ids,
            status__in=LIVE_STATUSES,
            accepted_at__isnull=False,
            start__lte=end,
            end__gte=start,
        )
        .filter(**({"request__pool_id": only_pool_id} if only_pool_id is not None else {}))
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
            contract = contract_hours_in_week(member, changes[member.pk], monday)
            capacity = week_capacity(contract, monday, leave[member.pk])
            weeks.append(
                WeekLoad(monday, capacity.quantize(Decimal("0.1")), load[(member.pk, monday)], contract)
            )
        result[member.pk] = weeks
    return result


def week_capacity(contract: Decimal, monday: date, periods: Iterable[LeavePeriod]) -> Decimal:
    """Contract hours less, per working day in a period, a fifth of the hours not available."""
    lost = Decimal(0)
    for period in periods:
        days = working_days_overlap(monday, period.start, period.end)
        if not days:
            continue
        available = Decimal(0) if period.hours_per_week is None else min(period.hours_per_week, contract)
        lost += (contract - available) * days / FIVE
    return max(contract - lost, Decimal(0))


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


def engagement_caps(members: Iterable[PoolMember], pool_id: int) -> dict[int, Decimal | None]:
    """Per member, the most hours a week `pool_id` may book: None in the home pool (only the contract
    caps), the engagement's hours in another pool, 0 when the member does not work in that pool."""
    members = list(members)
    engaged = dict(
        PoolEngagement.objects.filter(member_id__in=[m.pk for m in members], pool_id=pool_id).values_list(
            "member_id", "hours_per_week"
        )
    )
    return {m.pk: None if m.pool_id == pool_id else engaged.get(m.pk, Decimal(0)) for m in members}


def over_engagement_weeks(
    member: PoolMember,
    pool_id: int,
    hours_per_week: Decimal,
    start: date,
    end: date,
    *,
    exclude_assignment_ids: Iterable[int] = (),
) -> tuple[Decimal | None, list[WeekLoad]]:
    """The member's cap in `pool_id` and the weeks in which adding `hours_per_week` there would exceed it."""
    cap = engagement_caps([member], pool_id)[member.pk]
    if cap is None:
        return None, []
    weeks = weekly_loads(
        [member], start, end, exclude_assignment_ids=exclude_assignment_ids, only_pool_id=pool_id
    )[member.pk]
    return cap, [w for w in weeks if w.load + hours_per_week > cap]
