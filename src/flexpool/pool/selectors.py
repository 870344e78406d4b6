"""Reads of pool members: scoped by the permission service, with competences and local ties."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Prefetch, Q, QuerySet

from flexpool.accounts.permissions import coordinated_pool_ids, scope_members
from flexpool.pool.models import (
    MemberCompetence,
    Membership,
    MembershipEvent,
    Pool,
    PoolEngagement,
    PoolMember,
)


def members_with_competences(user, pool_ids: Iterable[int] | None = None) -> QuerySet[PoolMember]:
    queryset = scope_members(user, PoolMember.objects.filter(active=True)).select_related("home_municipality")
    if pool_ids is not None:
        # Members of these pools: their home pool, or another pool they also work in (an engagement).
        ids = list(pool_ids)
        queryset = queryset.filter(
            pk__in=PoolMember.objects.filter(Q(pool_id__in=ids) | Q(engagements__pool_id__in=ids)).values(
                "pk"
            )
        )
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


def pools_to_set_up(user) -> QuerySet[Pool]:
    """Every pool for the administrator; the pools it coordinates for a coordinator."""
    pools = Pool.objects.select_related("region").prefetch_related("domains").order_by("name")
    if getattr(user, "is_superuser", False):
        return pools
    return pools.filter(pk__in=coordinated_pool_ids(user))


def pools_with_memberships_to_manage(user) -> QuerySet[Pool]:
    """The pools whose memberships the user manages: every pool for the administrator, the pools
    it coordinates for a coordinator; by name."""
    pools = Pool.objects.order_by("name", "pk")
    if getattr(user, "is_superuser", False):
        return pools
    return pools.filter(pk__in=coordinated_pool_ids(user))


def engagements_of_pool_members(pool: Pool) -> QuerySet[PoolEngagement]:
    """This pool's members who also work in another pool (the home pool lends them)."""
    return (
        PoolEngagement.objects.filter(member__pool=pool)
        .select_related("member", "pool")
        .order_by("member__name")
    )


def engagements_into_pool(pool: Pool) -> QuerySet[PoolEngagement]:
    """Members of other pools who also work in this one."""
    return PoolEngagement.objects.filter(pool=pool).select_related("member__pool").order_by("member__name")
