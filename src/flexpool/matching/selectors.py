"""Reads of assignments, capacity and candidates: scoped by the permission service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db.models import QuerySet

from flexpool.accounts.permissions import scope_assignments
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.matching.capacity import WeekLoad, weekly_loads
from flexpool.matching.lifecycle import LIVE_STATUSES, AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import PoolMember
from flexpool.pool.selectors import members_with_competences


def assignments_for(user) -> QuerySet[Assignment]:
    return scope_assignments(user, Assignment.objects.all()).select_related("request__municipality", "member")


def waiting_for_member(user) -> QuerySet[Assignment]:
    """Assignments the municipality accepted and the member still has to confirm."""
    return assignments_for(user).filter(
        status=AssignmentStatus.PROPOSED,
        accepted_at__isnull=False,
        request__status=RequestStatus.ACCEPTED,
    )


def live_assignments(user) -> QuerySet[Assignment]:
    return assignments_for(user).filter(status__in=LIVE_STATUSES)


def pool_load(user, start: date, weeks: int = 12) -> list[tuple[PoolMember, list[WeekLoad]]]:
    members = list(members_with_competences(user))
    end = start + timedelta(weeks=weeks) - timedelta(days=1)
    loads = weekly_loads(members, start, end)
    return [(member, loads[member.pk]) for member in members]


@dataclass(frozen=True)
class CandidateRow:
    """One member in the propose page's table: free hours over the request's period and the rules met."""

    member: PoolMember
    free: Decimal
    fits: bool
    competences_met: bool
    local: bool


def candidate_table(request: CapacityRequest, members: list[PoolMember]) -> list[CandidateRow]:
    """Every member with what they offer for this request, the best fitting first."""
    loads = weekly_loads(members, request.start, request.end)
    required = {rc.competence_id: rc.min_level for rc in request.required_competences.all()}
    rows = []
    for member in members:
        free = min((w.free for w in loads[member.pk]), default=member.contract_hours)
        levels = {mc.competence_id: mc.level for mc in member.competences.all()}
        rows.append(
            CandidateRow(
                member=member,
                free=free,
                fits=free >= request.hours_per_week,
                competences_met=all(levels.get(c, 0) >= level for c, level in required.items()),
                local=any(tie.pk == request.municipality_id for tie in member.local_ties.all()),
            )
        )
    rows.sort(key=lambda r: (not r.competences_met, not r.local, not r.fits, -r.free))
    return rows


def overbooked_weeks_of(member: PoolMember, start: date, end: date) -> list[str]:
    """Weeks in [start, end] where accepted work is more than the member now has (after leave or a
    contract change): to warn the member about."""
    from flexpool.core.weeks import iso_label

    weeks = weekly_loads([member], start, end)[member.pk]
    return [iso_label(w.monday) for w in weeks if w.load > w.capacity]
