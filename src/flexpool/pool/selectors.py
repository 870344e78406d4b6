"""Reads of pool members: scoped by the permission service, with competences and local ties."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet

from flexpool.accounts.permissions import scope_members
from flexpool.pool.models import MemberCompetence, Membership, MembershipEvent, PoolMember


def members_with_competences(user, pool_ids: Iterable[int] | None = None) -> QuerySet[PoolMember]:
    queryset = scope_members(user, PoolMember.objects.filter(active=True)).select_related("home_municipality")
    if pool_ids is not None:
        queryset = queryset.filter(pool_id__in=list(pool_ids))
    return queryset.prefetch_related(
        Prefetch("competences", queryset=MemberCompetence.objects.select_related("competence")),
        "local_ties",
    )


def memberships_with_history(pool_ids: Iterable[int]) -> QuerySet[Membership]:
    """Memberships of these pools with their history, in a fixed number of queries."""
    return (
        Membership.objects.filter(pool_id__in=list(pool_ids))
        .select_related("municipality", "pool")
        .prefetch_related(Prefetch("events", queryset=MembershipEvent.objects.order_by("on", "id")))
        .order_by("pool__name", "municipality__name")
    )
