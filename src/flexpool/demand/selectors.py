"""Reads of capacity requests for pages and the API: scoped by the permission service, with their joins."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from flexpool.accounts.permissions import scope_requests
from flexpool.core.audit_text import with_people
from flexpool.core.models import AuditRecord
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest, RequiredCompetence
from flexpool.pool.models import Membership, Pool
from flexpool.regions.models import Municipality


def requests_for(user, *, status: str | None = None) -> QuerySet[CapacityRequest]:
    queryset = scope_requests(user, CapacityRequest.objects.all()).select_related("municipality", "pool")
    if status:
        queryset = queryset.filter(status=status)
    return queryset


def request_rows(user) -> QuerySet[CapacityRequest]:
    """The rows of the request list and its export: everything a row shows, joined."""
    return requests_for(user).select_related("work_municipality")


def with_details(
    queryset: QuerySet[CapacityRequest], *, people_order: tuple[str, ...] = ("-created_at", "-id")
) -> QuerySet[CapacityRequest]:
    """Competences, shares and people of each request, in a fixed number of queries."""
    # The assignment model belongs to matching, which builds on demand; it is reached through the relation.
    assignments = CapacityRequest._meta.get_field("assignments").related_model
    return queryset.select_related("municipality", "pool", "work_municipality", "domain").prefetch_related(
        Prefetch("required_competences", queryset=RequiredCompetence.objects.select_related("competence")),
        "shares__municipality",
        Prefetch(
            "assignments",
            queryset=assignments._default_manager.select_related("member").order_by(*people_order),
        ),
    )


def request_detail(user, pk: int) -> CapacityRequest:
    return with_details(requests_for(user)).get(pk=pk)


def request_audit(request: CapacityRequest) -> QuerySet[AuditRecord]:
    """The history of one request and of the assignments on it, oldest first."""
    assignment_ids = [str(a.pk) for a in request.assignments.all()]
    return with_people(
        AuditRecord.objects.filter(
            Q(object_type="demand.capacityrequest", object_id=str(request.pk))
            | Q(object_type="matching.assignment", object_id__in=assignment_ids)
        ).order_by("occurred_at", "id")
    )


def status_counts(queryset: QuerySet[CapacityRequest]) -> dict[str, int]:
    counts = Counter(dict(queryset.order_by().values_list("status").annotate(n=Count("id"))))
    return {value: counts.get(value, 0) for value in RequestStatus.values}


def intake_queue(user) -> QuerySet[CapacityRequest]:
    return (
        requests_for(user)
        .filter(status__in=[RequestStatus.SUBMITTED, RequestStatus.IN_INTAKE])
        .order_by("priority", "start")
    )


def partner_municipalities(pool: Pool | Sequence[Pool], *, exclude: Municipality) -> QuerySet[Municipality]:
    """Municipalities that may share a request in this pool (or these pools): members today or later,
    not `exclude`."""
    pools = [pool] if isinstance(pool, Pool) else list(pool)
    members = Membership.objects.filter(pool__in=pools).active_on(timezone.localdate())
    return (
        Municipality.objects.filter(pk__in=members.values("municipality_id"))
        .exclude(pk=exclude.pk)
        .order_by("name")
    )
