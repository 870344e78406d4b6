"""Reads of agreements, hosts and funders, scoped to what the user may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, QuerySet

from flexpool.accounts.permissions import scope_agreements
from flexpool.agreements.models import Agreement, AgreementVersion, Funder, FunderContribution, PoolHost

EXPIRY_DAYS = 90


def agreements_for(user: Any) -> QuerySet[Agreement]:
    """The agreements the user may read, with everything the list and detail pages show."""
    return scope_agreements(
        user,
        Agreement.objects.select_related(
            "pool",
            "pool__host",
            "membership__municipality",
            "assignment__member",
            "assignment__request__municipality",
        ).prefetch_related(
            "municipalities",
            Prefetch("versions", queryset=AgreementVersion.objects.select_related("uploaded_by")),
        ),
    )


def expiring(queryset: QuerySet[Agreement], today: date, days: int = EXPIRY_DAYS) -> QuerySet[Agreement]:
    """Agreements whose end date lies from today up to `days` days ahead."""
    return queryset.filter(ends_on__gte=today, ends_on__lte=today + timedelta(days=days))


def expiring_for_pools(pool_ids: list[int], today: date, days: int = EXPIRY_DAYS) -> QuerySet[Agreement]:
    return expiring(Agreement.objects.filter(pool_id__in=pool_ids), today, days).select_related("pool")


@dataclass(frozen=True)
class Contribution:
    funder_id: int
    name: str
    kind: str
    amount_eur: Decimal | None
    percentage: Decimal | None


def host_of(pool_id: int) -> PoolHost | None:
    return PoolHost.objects.select_related("municipality").filter(pool_id=pool_id).first()


def funders_of(pool_id: int) -> list[Funder]:
    """The pool's funders with their contributions per year (two queries)."""
    return list(
        Funder.objects.filter(pool_id=pool_id).prefetch_related(
            Prefetch("contributions", queryset=FunderContribution.objects.order_by("year"))
        )
    )


def contributions_in(pool_id: int, year: int) -> list[Contribution]:
    """Each funder's contribution to the pool in one year (funders without one are left out)."""
    return [
        Contribution(funder_id, name, kind, amount, percentage)
        for funder_id, name, kind, amount, percentage in FunderContribution.objects.filter(
            funder__pool_id=pool_id, year=year
        )
        .order_by("funder__name", "funder_id")
        .values_list("funder_id", "funder__name", "funder__kind", "amount_eur", "percentage")
    ]
