"""Reads for pages: scoped by the permission service, with the joins each page needs."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from django.db.models import Count, Prefetch, Q, Sum

from flexpool.accounts.permissions import scope_assignments, scope_members, scope_requests
from flexpool.core.models import AuditRecord
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest, RequiredCompetence
from flexpool.matching.capacity import weekly_loads
from flexpool.matching.lifecycle import LIVE_STATUSES, AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import MemberCompetence, Membership, PoolMember


def requests_for(user, *, status: str | None = None):
    queryset = scope_requests(user, CapacityRequest.objects.all()).select_related("municipality", "pool")
    if status:
        queryset = queryset.filter(status=status)
    return queryset


def request_detail(user, pk: int) -> CapacityRequest:
    return (
        requests_for(user)
        .prefetch_related(
            Prefetch(
                "required_competences",
                queryset=RequiredCompetence.objects.select_related("competence"),
            ),
            "shares__municipality",
            Prefetch(
                "assignments",
                queryset=Assignment.objects.select_related("member").order_by("-created_at"),
            ),
        )
        .get(pk=pk)
    )


def audit_trail_for(obj_type: str, ids: list[int]):
    return AuditRecord.objects.filter(object_type=obj_type, object_id__in=[str(i) for i in ids])


def request_audit(request: CapacityRequest):
    assignment_ids = [a.pk for a in request.assignments.all()]
    return (
        AuditRecord.objects.filter(
            Q(object_type="demand.capacityrequest", object_id=str(request.pk))
            | Q(object_type="matching.assignment", object_id__in=[str(i) for i in assignment_ids])
        )
        .select_related("actor")
        .order_by("occurred_at", "id")
    )


def status_counts(queryset) -> dict[str, int]:
    counts = Counter(dict(queryset.order_by().values_list("status").annotate(n=Count("id"))))
    return {value: counts.get(value, 0) for value in RequestStatus.values}


def members_with_competences(user, pool_ids=None):
    queryset = scope_members(user, PoolMember.objects.filter(active=True)).select_related("home_municipality")
    if pool_ids is not None:
        queryset = queryset.filter(pool_id__in=pool_ids)
    return queryset.prefetch_related(
        Prefetch("competences", queryset=MemberCompetence.objects.select_related("competence")),
        "local_ties",
    )


def pool_load(user, start: date, weeks: int = 12):
    members = list(members_with_competences(user))
    end = start + timedelta(weeks=weeks) - timedelta(days=1)
    loads = weekly_loads(members, start, end)
    return [(member, loads[member.pk]) for member in members]


def assignments_for(user):
    return scope_assignments(user, Assignment.objects.all()).select_related("request__municipality", "member")


def municipality_summary(pool_ids=None):
    """Aggregates per member municipality, without personal data (for council and dashboard)."""
    memberships = Membership.objects.select_related("municipality", "pool")
    if pool_ids is not None:
        memberships = memberships.filter(pool_id__in=pool_ids)
    requests = CapacityRequest.objects.exclude(status=RequestStatus.CONCEPT)
    filed = dict(requests.values_list("municipality_id").annotate(n=Count("id")).order_by())
    running = dict(
        requests.filter(status=RequestStatus.RUNNING)
        .values_list("municipality_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    hours = dict(
        Assignment.objects.filter(status__in=[AssignmentStatus.RUNNING])
        .values_list("request__municipality_id")
        .annotate(h=Sum("hours_per_week"))
        .order_by()
    )
    return [
        {
            "membership": m,
            "filed": filed.get(m.municipality_id, 0),
            "running": running.get(m.municipality_id, 0),
            "hours_per_week": hours.get(m.municipality_id, 0) or 0,
        }
        for m in memberships
    ]


def waiting_for_member(user):
    return assignments_for(user).filter(
        status=AssignmentStatus.PROPOSED,
        accepted_at__isnull=False,
        request__status=RequestStatus.ACCEPTED,
    )


def live_assignments(user):
    return assignments_for(user).filter(status__in=LIVE_STATUSES)
