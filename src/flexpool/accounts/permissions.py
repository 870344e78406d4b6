"""The permission service: role checks and row-level scoping for pages and the API alike."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from flexpool.accounts.roles import GROUP_NAMES, PERMISSIONS, Role

_CACHE_ATTR = "_flexpool_roles"


def roles_of(user: Any) -> frozenset[Role]:
    if user is None or not user.is_authenticated:
        return frozenset()
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is not None:
        return cached
    by_name = {name: role for role, name in GROUP_NAMES.items()}
    roles = frozenset(by_name[n] for n in user.groups.values_list("name", flat=True) if n in by_name)
    setattr(user, _CACHE_ATTR, roles)
    return roles


def has_permission(user: Any, permission: str) -> bool:
    allowed = PERMISSIONS[permission]
    return bool(roles_of(user) & allowed)


def contact_municipality_id(user: Any) -> int | None:
    contact = getattr(user, "contact", None) if user.is_authenticated else None
    return contact.municipality_id if contact else None


def member_id(user: Any) -> int | None:
    member = getattr(user, "pool_member", None) if user.is_authenticated else None
    return member.pk if member else None


def coordinated_pool_ids(user: Any) -> list[int]:
    """Pools this user coordinates; remembered on the user object for the rest of the request."""
    from flexpool.pool.models import Pool

    cached = getattr(user, "_flexpool_pools", None)
    if cached is None:
        cached = list(
            Pool.coordinators.through.objects.filter(user_id=user.pk).values_list("pool_id", flat=True)
        )
        user._flexpool_pools = cached
    return cached


def scope_requests(user: Any, queryset: QuerySet) -> QuerySet:
    """The capacity requests this user may see."""
    roles = roles_of(user)
    condition = Q(pk__in=[])
    if Role.COORDINATOR in roles:
        condition |= Q(pool_id__in=coordinated_pool_ids(user))
    if Role.FINANCE in roles:
        condition |= ~Q(status="concept")
    if Role.CONTACT in roles and (municipality := contact_municipality_id(user)):
        condition |= Q(municipality_id=municipality) | Q(shares__municipality_id=municipality)
    if Role.MEMBER in roles and (member := member_id(user)):
        condition |= Q(assignments__member_id=member)
    return queryset.filter(pk__in=queryset.model.objects.filter(condition).values("pk"))


def scope_assignments(user: Any, queryset: QuerySet) -> QuerySet:
    from flexpool.demand.models import CapacityRequest

    roles = roles_of(user)
    condition = Q(pk__in=[])
    if Role.MEMBER in roles and (member := member_id(user)):
        condition |= Q(member_id=member)
    if roles & {Role.COORDINATOR, Role.CONTACT, Role.FINANCE}:
        visible = scope_requests(user, CapacityRequest.objects.all()).values("pk")
        condition |= Q(request_id__in=visible)
    return queryset.filter(condition)


def scope_members(user: Any, queryset: QuerySet) -> QuerySet:
    roles = roles_of(user)
    if Role.COORDINATOR in roles:
        return queryset.filter(pool_id__in=coordinated_pool_ids(user))
    if Role.FINANCE in roles:
        return queryset
    if Role.MEMBER in roles and (member := member_id(user)):
        return queryset.filter(pk=member)
    return queryset.none()


def can_act_for_municipality(user: Any, municipality_id: int) -> bool:
    return Role.CONTACT in roles_of(user) and contact_municipality_id(user) == municipality_id


def coordinates_pool(user: Any, pool_id: int) -> bool:
    return Role.COORDINATOR in roles_of(user) and pool_id in coordinated_pool_ids(user)


def is_member(user: Any, pool_member_id: int) -> bool:
    return Role.MEMBER in roles_of(user) and member_id(user) == pool_member_id
