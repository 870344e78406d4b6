"""Who takes part in the conversation about a request (and so may read and write in it).

The paying municipalities' contacts (the filing municipality and those with a share), the pool's
coordinators, and the members whose assignment the municipality accepted and who did not drop out.
Nobody else sees it: not finance, not the council, not other municipalities.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Q

from flexpool.accounts.permissions import (
    contact_municipality_id,
    coordinates_pool,
    has_permission,
    member_id,
    roles_of,
)
from flexpool.accounts.roles import Role
from flexpool.matching.lifecycle import AssignmentStatus

DROPPED = (AssignmentStatus.DECLINED, AssignmentStatus.CANCELLED)


def _assigned(request):
    return request.assignments.filter(accepted_at__isnull=False).exclude(status__in=DROPPED)


def paying_ids(request) -> set[int]:
    return {request.municipality_id, *request.shares.values_list("municipality_id", flat=True)}


def takes_part(user: Any, request) -> bool:
    if not has_permission(user, "conversation.view"):
        return False
    roles = roles_of(user)
    if Role.COORDINATOR in roles and coordinates_pool(user, request.pool_id):
        return True
    if Role.CONTACT in roles and contact_municipality_id(user) in paying_ids(request):
        return True
    if Role.MEMBER in roles and (mine := member_id(user)):
        return _assigned(request).filter(member_id=mine).exists()
    return False


def participants(request) -> list:
    """Everyone in the conversation, in name order."""
    from flexpool.pool.models import Pool

    coordinator_ids = Pool.coordinators.through.objects.filter(pool_id=request.pool_id).values("user_id")
    users = (
        get_user_model()
        .objects.filter(
            Q(pk__in=coordinator_ids)
            | Q(contact__municipality_id__in=paying_ids(request))
            | Q(pool_member__in=_assigned(request).values("member_id")),
            is_active=True,
        )
        .select_related("pool_member")
        .distinct()
    )
    return sorted(users, key=lambda u: display_name(u).lower())


def display_name(user: Any) -> str:
    """A person's name as others see it (never a login when a name is known)."""
    member = getattr(user, "pool_member", None)
    return user.get_full_name() or (member.name if member else "") or user.get_username()
