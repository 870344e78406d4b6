"""Reads for hours and settlement pages and the API, scoped by the permission service.

A contact sees only its own municipality's hours and lines; anything else answers 404.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from django.db.models import QuerySet

from flexpool.accounts.permissions import (
    member_id,
    roles_of,
    scope_hours,
    scope_hours_to_approve,
    scope_pools,
    scope_settlement_lines,
)
from flexpool.accounts.roles import Role
from flexpool.core.dates import weeks_text
from flexpool.core.weeks import week_title, weeks_between
from flexpool.hours.lifecycle import HourStatus
from flexpool.hours.models import HourEntry, Period, Settlement, SettlementItem, SettlementLine
from flexpool.hours.rules import APPROVAL_WAIT, OVERDUE_AFTER
from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import Pool


def hours_for(user, queryset: QuerySet | None = None) -> QuerySet:
    """Hour entries this user may see."""
    queryset = HourEntry.objects.all() if queryset is None else queryset
    return scope_hours(user, queryset).select_related(
        "assignment__member", "assignment__request__municipality", "decided_by"
    )


def own_hours(user) -> QuerySet:
    """A member's own entries (the list on the hours page)."""
    return hours_for(user).filter(assignment__member__user=user)


def approvable(user) -> QuerySet:
    """Every entry this contact's municipality approves, whatever its status (the approval list)."""
    return scope_hours_to_approve(user, hours_for(user))


def to_approve(user) -> QuerySet:
    """Entries waiting for this contact's municipality."""
    return (
        scope_hours_to_approve(user, hours_for(user))
        .filter(status=HourStatus.SUBMITTED)
        .order_by("week", "assignment__member__name", "assignment__member_id", "id")
    )


@dataclass
class ApprovalWeek:
    """One member's waiting entries in one week, with the total against the agreed hours."""

    member_name: str
    week: date
    entries: list = field(default_factory=list)

    @property
    def title(self) -> str:
        return week_title(self.week)

    @property
    def total(self):
        return sum((e.hours for e in self.entries if e.kind == HourEntry.Kind.REGULAR), Decimal(0))

    @property
    def agreed(self):
        seen = {}
        for entry in self.entries:
            if entry.kind == HourEntry.Kind.REGULAR:
                seen[entry.assignment_id] = entry.assignment.hours_per_week
        return sum(seen.values(), Decimal(0))

    @property
    def over(self) -> bool:
        return self.total > self.agreed


def approval_weeks(entries) -> list[ApprovalWeek]:
    """Group a page of waiting entries (ordered by week and member) per member and week."""
    groups: dict[tuple[int, date], ApprovalWeek] = {}
    for entry in entries:
        key = (entry.assignment.member_id, entry.week)
        if key not in groups:
            groups[key] = ApprovalWeek(entry.assignment.member.name, entry.week)
        groups[key].entries.append(entry)
    return list(groups.values())


def writable_assignments(user) -> QuerySet:
    return (
        Assignment.objects.filter(
            member_id=member_id(user),
            status__in=[AssignmentStatus.RUNNING, AssignmentStatus.COMPLETED],
        )
        .select_related("request__municipality", "request__pool")
        .order_by("-start", "id")
    )


def assignments_in_week(assignments: QuerySet, week: date) -> QuerySet:
    """The assignments (of `writable_assignments`) that overlap the week starting `week`."""
    return assignments.filter(start__lte=week + timedelta(days=6), end__gte=week).order_by("start", "id")


def week_entries(assignments, week: date) -> dict[int, HourEntry]:
    """The regular entry per assignment for one week, by assignment id."""
    entries = HourEntry.objects.filter(
        assignment__in=[a.pk for a in assignments], week=week, kind=HourEntry.Kind.REGULAR
    )
    return {entry.assignment_id: entry for entry in entries}


def pools_for(user) -> QuerySet:
    return scope_pools(user, Pool.objects.all())


def periods_for(user) -> QuerySet:
    return (
        Period.objects.filter(pool__in=pools_for(user))
        .select_related("pool", "settlement", "closed_by")
        .order_by("-start", "pool__name")
    )


def settlements_for(user) -> QuerySet:
    return Settlement.objects.filter(pool__in=pools_for(user)).select_related("period", "pool")


def lines_for(user, settlement: Settlement) -> list[SettlementLine]:
    return list(scope_settlement_lines(user, settlement.lines.select_related("municipality")))


def items_of(line: SettlementLine) -> QuerySet:
    return (
        SettlementItem.objects.filter(line=line).select_related("request").order_by("kind", "request__title")
    )


def sees_all_municipalities(user) -> bool:
    return bool(roles_of(user) & {Role.FINANCE, Role.COORDINATOR, Role.COUNCIL})


# --- the coordinator's monitor ---------------------------------------------------------------


@dataclass
class MonitorRow:
    assignment: Assignment
    missing: list[date] = field(default_factory=list)
    overdue: list[date] = field(default_factory=list)
    pending: int = 0
    waiting_long: int = 0
    approved_hours: Decimal = Decimal(0)

    @property
    def missing_labels(self) -> str:
        """week 6–8 en 12 (2026)."""
        return weeks_text(self.missing)


def monitor(user, today: date, *, since: date | None = None) -> list[MonitorRow]:
    """Per running or completed assignment: weeks without hours, overdue ones, pending approvals.

    Two queries whatever the number of assignments and entries.
    """
    return missing_weeks(pools_for(user), today, since=since)


def missing_weeks(
    pools: QuerySet, today: date, *, since: date | None = None, member_id: int | None = None
) -> list[MonitorRow]:
    """The monitor rows of the assignments in these pools (also used by the weekly reminder and
    a member's dashboard), optionally of one member only."""
    assignments = Assignment.objects.filter(
        status__in=[AssignmentStatus.RUNNING, AssignmentStatus.COMPLETED],
        request__pool__in=pools,
    )
    if member_id is not None:
        assignments = assignments.filter(member_id=member_id)
    assignment_rows = list(
        assignments.select_related("member__user", "request__municipality").order_by(
            "request__municipality__name", "member__name", "id"
        )
    )
    since = since or today - timedelta(weeks=26)
    entries = HourEntry.objects.filter(
        assignment_id__in=[a.pk for a in assignment_rows],
        kind=HourEntry.Kind.REGULAR,
        week__gte=since - timedelta(days=6),
    ).values_list("assignment_id", "week", "status", "submitted_at", "hours")
    seen: dict[int, set[date]] = defaultdict(set)
    rows = {a.pk: MonitorRow(a) for a in assignment_rows}
    for assignment_id, week, status, submitted_at, hours in entries:
        row = rows[assignment_id]
        if status != HourStatus.REJECTED:
            seen[assignment_id].add(week)
        if status == HourStatus.SUBMITTED:
            row.pending += 1
            if submitted_at.date() + APPROVAL_WAIT < today:
                row.waiting_long += 1
        if status == HourStatus.APPROVED:
            row.approved_hours += hours
    for assignment in assignments:
        row = rows[assignment.pk]
        last_done = min(assignment.end, today - timedelta(days=today.weekday() + 1))
        for monday in weeks_between(max(assignment.start, since), last_done):
            if monday + timedelta(days=6) >= today or monday in seen[assignment.pk]:
                continue
            row.missing.append(monday)
            if monday + timedelta(days=6) + OVERDUE_AFTER < today:
                row.overdue.append(monday)
    return [rows[a.pk] for a in assignments]
