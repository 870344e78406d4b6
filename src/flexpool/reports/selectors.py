"""Reads for reports and the dashboard: aggregates per member municipality, without personal data."""

from __future__ import annotations

from django.db.models import Count, Sum

from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import Membership


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
