"""Who is told: the people behind a pool, a municipality, a request or a member (reads only)."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth import get_user_model

from flexpool.pool.models import Pool


def coordinators_of(pool_id: int) -> list:
    ids = Pool.coordinators.through.objects.filter(pool_id=pool_id).values("user_id")
    return list(get_user_model().objects.filter(pk__in=ids))


def contacts_of(municipality_ids: Iterable[int]) -> list:
    return list(get_user_model().objects.filter(contact__municipality_id__in=list(municipality_ids)))


def paying_municipality_ids(request) -> list[int]:
    """The filing municipality and every municipality with a share in the request."""
    ids = {request.municipality_id}
    ids.update(request.shares.values_list("municipality_id", flat=True))
    return sorted(ids)


def paying_contacts(request) -> list:
    return contacts_of(paying_municipality_ids(request))


def filing_contacts(request) -> list:
    return contacts_of([request.municipality_id])


def member_users(member_ids: Iterable[int]) -> list:
    return list(get_user_model().objects.filter(pool_member__pk__in=list(member_ids)))
