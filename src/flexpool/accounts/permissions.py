"""The permission service: role checks and every row-level scoping rule, for pages, API and exports alike.

One function per kind of row. Each takes a queryset and returns the rows the user may see, so callers
keep their own joins and ordering. The rules filter on field lookups and reach the domain models only
through the app registry: `accounts` sits below the domain apps and imports none of them.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
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


# Who the user is -------------------------------------------------------------------------------


def contact_municipality_id(user: Any) -> int | None:
    contact = getattr(user, "contact", None) if user.is_authenticated else None
    return contact.municipality_id if contact else None


def contact_municipality_code(user: Any) -> str | None:
    contact = getattr(user, "contact", None) if user.is_authenticated else None
    return contact.municipality.code if contact else None


def member_id(user: Any) -> int | None:
    member = getattr(user, "pool_member", None) if user.is_authenticated else None
    return member.pk if member else None


def coordinated_pool_ids(user: Any) -> list[int]:
    """Pools this user coordinates; remembered on the user object for the rest of the request."""
    cached = getattr(user, "_flexpool_pools", None)
    if cached is None:
        through = apps.get_model("pool", "Pool").coordinators.through
        cached = list(through.objects.filter(user_id=user.pk).values_list("pool_id", flat=True))
        user._flexpool_pools = cached
    return cached


def member_pool_ids(user: Any) -> list[int]:
    """Pools of which the user's municipality is a member today or later (not those it has left)."""
    municipality = contact_municipality_id(user)
    if municipality is None:
        return []
    from django.utils import timezone

    memberships = apps.get_model("pool", "Membership").objects.filter(municipality_id=municipality)
    active = Q(left_on__isnull=True) | Q(left_on__gte=timezone.localdate())
    return sorted(set(memberships.filter(active).values_list("pool_id", flat=True)))


def can_act_for_municipality(user: Any, municipality_id: int) -> bool:
    return Role.CONTACT in roles_of(user) and contact_municipality_id(user) == municipality_id


def coordinates_pool(user: Any, pool_id: int) -> bool:
    return Role.COORDINATOR in roles_of(user) and pool_id in coordinated_pool_ids(user)


def is_member(user: Any, pool_member_id: int) -> bool:
    return Role.MEMBER in roles_of(user) and member_id(user) == pool_member_id


# Which rows ------------------------------------------------------------------------------------


def _nothing() -> Q:
    return Q(pk__in=[])


def request_condition(user: Any, prefix: str = "") -> Q:
    """Capacity requests the user may see, as a condition on `prefix` + request fields."""
    roles = roles_of(user)
    condition = _nothing()
    if Role.COORDINATOR in roles:
        condition |= Q(**{f"{prefix}pool_id__in": coordinated_pool_ids(user)})
    if Role.FINANCE in roles:
        condition |= ~Q(**{f"{prefix}status": "concept"})
    if Role.CONTACT in roles and (municipality := contact_municipality_id(user)):
        condition |= Q(**{f"{prefix}municipality_id": municipality}) | Q(
            **{f"{prefix}shares__municipality_id": municipality}
        )
    if Role.MEMBER in roles and (member := member_id(user)):
        condition |= Q(**{f"{prefix}assignments__member_id": member})
    # Rows of a CSV import that is still being written are seen by nobody (imports.requests).
    return condition & Q(**{f"{prefix}import_run__isnull": True})


def scope_requests(user: Any, queryset: QuerySet) -> QuerySet:
    """The capacity requests this user may see."""
    # The condition joins shares and assignments; filtering on the ids keeps every request once.
    return queryset.filter(pk__in=queryset.model.objects.filter(request_condition(user)).values("pk"))


def scope_assignments(user: Any, queryset: QuerySet) -> QuerySet:
    """Assignments: a member its own, the other roles those on requests they may see."""
    roles = roles_of(user)
    condition = _nothing()
    if Role.MEMBER in roles and (member := member_id(user)):
        condition |= Q(member_id=member)
    if roles & {Role.COORDINATOR, Role.CONTACT, Role.FINANCE}:
        requests = queryset.model._meta.get_field("request").related_model
        visible = requests.objects.filter(request_condition(user)).values("pk")
        condition |= Q(request_id__in=visible)
    return queryset.filter(condition)


def scope_members(user: Any, queryset: QuerySet) -> QuerySet:
    """Pool members: the coordinator those of its pools (home pool or an engagement there), finance
    all, a member only itself."""
    roles = roles_of(user)
    if Role.COORDINATOR in roles:
        pools = coordinated_pool_ids(user)
        engaged = Q(pk__in=queryset.model.objects.filter(engagements__pool_id__in=pools).values("pk"))
        return queryset.filter(Q(pool_id__in=pools) | engaged)
    if Role.FINANCE in roles:
        return queryset
    if Role.MEMBER in roles and (member := member_id(user)):
        return queryset.filter(pk=member)
    return queryset.none()


def scope_pools(user: Any, queryset: QuerySet) -> QuerySet:
    """Pools whose periods, settlements and reports the user may read."""
    roles = roles_of(user)
    if roles & {Role.FINANCE, Role.COUNCIL}:
        return queryset
    condition = _nothing()
    if Role.COORDINATOR in roles:
        condition |= Q(pk__in=coordinated_pool_ids(user))
    if Role.CONTACT in roles and (municipality := contact_municipality_id(user)):
        condition |= Q(memberships__municipality_id=municipality)
    return queryset.filter(pk__in=queryset.model.objects.filter(condition).values("pk"))


def scope_memberships(user: Any, queryset: QuerySet) -> QuerySet:
    """Memberships (and their history): those of the pools the user may read (see `scope_pools`)."""
    pools = scope_pools(user, apps.get_model("pool", "Pool").objects.all())
    return queryset.filter(pool_id__in=pools.values("pk"))


def scope_hours(user: Any, queryset: QuerySet) -> QuerySet:
    """Hour entries: finance all, a coordinator its pools', a contact its municipality's, a member its own."""
    roles = roles_of(user)
    condition = _nothing()
    if Role.FINANCE in roles:
        condition |= Q(pk__isnull=False)
    if Role.COORDINATOR in roles:
        condition |= Q(assignment__request__pool_id__in=coordinated_pool_ids(user))
    if Role.CONTACT in roles and (municipality := contact_municipality_id(user)):
        # The filing municipality and every partner of a shared request see the hours on it.
        condition |= Q(assignment__request__municipality_id=municipality) | Q(
            assignment__request__shares__municipality_id=municipality
        )
    if Role.MEMBER in roles and (member := member_id(user)):
        condition |= Q(assignment__member_id=member)
    return queryset.filter(pk__in=queryset.model.objects.filter(condition).values("pk"))


def scope_hours_to_approve(user: Any, queryset: QuerySet) -> QuerySet:
    """Hour entries this contact may approve: of its own requests, and of shared requests it pays for
    when the pool lets partners approve hours (`Pool.partners_approve_hours`)."""
    municipality = contact_municipality_id(user) if Role.CONTACT in roles_of(user) else None
    if municipality is None:
        return queryset.none()
    condition = Q(assignment__request__municipality_id=municipality) | Q(
        assignment__request__pool__partners_approve_hours=True,
        assignment__request__shares__municipality_id=municipality,
    )
    return queryset.filter(pk__in=queryset.model.objects.filter(condition).values("pk"))


def may_approve_hours_of(user: Any, request: Any) -> bool:
    """Whether this user approves hours on `request` (a capacity request with its pool)."""
    if can_act_for_municipality(user, request.municipality_id):
        return True
    return request.pool.partners_approve_hours and any(
        can_act_for_municipality(user, m) for m in request.party_ids()
    )


def scope_settlement_lines(user: Any, queryset: QuerySet) -> QuerySet:
    """Settlement lines: finance and the coordinator every municipality's, a contact only its own."""
    if roles_of(user) & {Role.FINANCE, Role.COORDINATOR}:
        return queryset
    return queryset.filter(municipality_id=contact_municipality_id(user) or -1)


def scope_agreements(user: Any, queryset: QuerySet) -> QuerySet:
    """Agreements: the coordinator those of its pools, a contact those its municipality is party to,
    a member those of its own assignments."""
    roles = roles_of(user)
    condition = _nothing()
    if Role.COORDINATOR in roles:
        condition |= Q(pool_id__in=coordinated_pool_ids(user))
    if Role.CONTACT in roles and (municipality := contact_municipality_id(user)):
        condition |= Q(municipalities__pk=municipality)
    if Role.MEMBER in roles and (member := member_id(user)):
        condition |= Q(assignment__member_id=member)
    return queryset.filter(pk__in=queryset.model.objects.filter(condition).values("pk"))


def scope_funding_pools(user: Any, queryset: QuerySet) -> QuerySet:
    """Pools whose host and funders the user may read: those whose reports it may read."""
    return scope_pools(user, queryset)


def scope_audit(user: Any, queryset: QuerySet) -> QuerySet:
    """Audit records: the coordinator those of its own pools, a contact those about its municipality."""
    roles = roles_of(user)
    condition = _nothing()
    if Role.COORDINATOR in roles:
        condition |= Q(pool_ref__in=coordinated_pool_ids(user))
    if Role.CONTACT in roles and (code := contact_municipality_code(user)):
        condition |= Q(municipality_code=code)
    return queryset.filter(condition)


def scope_menu_items(user: Any, queryset: QuerySet) -> QuerySet:
    """Menu items: a coordinator those of its pools (also those taken off the menu), a contact the
    ones on the menu of the pools its municipality is a member of."""
    roles = roles_of(user)
    condition = _nothing()
    if Role.COORDINATOR in roles:
        condition |= Q(pool_id__in=coordinated_pool_ids(user))
    if Role.CONTACT in roles:
        condition |= Q(pool_id__in=member_pool_ids(user), active=True)
    return queryset.filter(condition)


def scope_extensions(user: Any, queryset: QuerySet) -> QuerySet:
    """Extensions of assignments: those of the assignments the user may see (see `scope_assignments`)."""
    assignments = queryset.model._meta.get_field("assignment").related_model
    return queryset.filter(assignment_id__in=scope_assignments(user, assignments.objects.all()).values("pk"))


def scope_evaluations(user: Any, queryset: QuerySet) -> QuerySet:
    """Evaluations: a contact its own municipality's, a coordinator those of its pools. Nobody else reads
    them row by row; the report shows only figures per pool."""
    roles = roles_of(user)
    condition = _nothing()
    if Role.COORDINATOR in roles:
        condition |= Q(request__pool_id__in=coordinated_pool_ids(user))
    if Role.CONTACT in roles and (municipality := contact_municipality_id(user)):
        condition |= Q(municipality_id=municipality)
    return queryset.filter(condition)


def knowledge_pool_ids(user: Any) -> list[int]:
    """Pools whose internal knowledge items the user may read: coordinated, its municipality's, its own."""
    if user is None or not user.is_authenticated:
        return []
    pools = set(coordinated_pool_ids(user)) | set(member_pool_ids(user))
    member = getattr(user, "pool_member", None)
    if member is not None:
        pools.add(member.pool_id)
        pools |= set(member.engagements.values_list("pool_id", flat=True))
    return sorted(pools)


def suggestion_request_pool_ids(user: Any) -> list[int]:
    """Pools whose earlier requests may be shown as suggestions ("kijk eerst hier").

    Coordinators see their pools' requests anyway, and a contact sees what other member municipalities
    asked, which is the point of the suggestions. A pool member sees only the requests it works on, so
    suggestions of other requests would reveal what the request pages hide from it.
    """
    roles = roles_of(user)
    pools: set[int] = set()
    if Role.COORDINATOR in roles:
        pools |= set(coordinated_pool_ids(user))
    if Role.CONTACT in roles:
        pools |= set(member_pool_ids(user))
    return sorted(pools)


def scope_workshops(user: Any, queryset: QuerySet) -> QuerySet:
    """Design workshops. Finance and council read them all (they read the regional reports); a
    coordinator those of the pools it coordinates and of those pools' regions; a contact those of
    its municipality's pools and of its municipality's region. A workshop lies in its own region
    and in its pool's region. Everyone sees the workshops they made; a member none."""
    roles = roles_of(user)
    if not has_permission(user, "scenario.view"):
        return queryset.none()
    if roles & {Role.FINANCE, Role.COUNCIL}:
        return queryset
    Pool = apps.get_model("pool", "Pool")
    pools: set[int] = set()
    condition = _nothing()
    if Role.COORDINATOR in roles:
        pools |= set(coordinated_pool_ids(user))
        regions = Pool.objects.filter(pk__in=pools, region__isnull=False).values("region_id")
        condition |= Q(region_id__in=regions) | Q(pool__region_id__in=regions)
    if Role.CONTACT in roles and (municipality := contact_municipality_id(user)):
        pools |= set(member_pool_ids(user))
        region = apps.get_model("regions", "Municipality").objects.filter(pk=municipality).values("region_id")
        condition |= Q(region_id__in=region) | Q(pool__region_id__in=region)
    return queryset.filter(condition | Q(pool_id__in=sorted(pools)) | Q(created_by_id=user.pk))


def workshop_pool_ids(user: Any) -> list[int]:
    """Pools a new workshop of this user may belong to: coordinated pools, else its municipality's."""
    roles = roles_of(user)
    if Role.COORDINATOR in roles and (pools := coordinated_pool_ids(user)):
        return sorted(pools)
    if Role.CONTACT in roles:
        return member_pool_ids(user)
    return []
