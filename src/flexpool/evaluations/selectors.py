"""Reads of evaluations: rows scoped by `accounts.permissions.scope_evaluations`; figures per pool.

The figures are averages per aspect over the whole pool (and, for a municipality's own report, over
its own evaluations). They never name or rank persons.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db.models import Avg, Count, Exists, OuterRef, QuerySet

from flexpool.accounts.permissions import contact_municipality_id, scope_evaluations, scope_requests
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.evaluations.models import ASPECTS, Evaluation


def evaluations_for(user: Any) -> QuerySet[Evaluation]:
    return (
        scope_evaluations(user, Evaluation.objects.all())
        .select_related("request__pool", "municipality", "written_by")
        .order_by("-created_at", "-id")
    )


def waiting_for(user: Any) -> QuerySet[CapacityRequest]:
    """Completed requests the user's municipality paid for and has not evaluated yet."""
    municipality = contact_municipality_id(user)
    if municipality is None:
        return CapacityRequest.objects.none()
    done = Evaluation.objects.filter(request=OuterRef("pk"), municipality_id=municipality)
    return (
        scope_requests(user, CapacityRequest.objects.filter(status=RequestStatus.COMPLETED))
        .annotate(evaluated=Exists(done))
        .filter(evaluated=False)
        .select_related("municipality")
        .order_by("updated_at", "id")
    )


@dataclass(frozen=True)
class AspectFigure:
    key: str
    label: str
    average: Decimal | None


@dataclass(frozen=True)
class Figures:
    count: int
    aspects: list[AspectFigure]


def _one_decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def figures(pool_id: int, year: int | None = None, municipality_id: int | None = None) -> Figures:
    """Number of evaluations and the average per aspect, in one query."""
    rows = Evaluation.objects.filter(request__pool_id=pool_id)
    if year is not None:
        rows = rows.filter(created_at__year=year)
    if municipality_id is not None:
        rows = rows.filter(municipality_id=municipality_id)
    found = rows.aggregate(count=Count("id"), **{key: Avg(key) for key in ASPECTS})
    return Figures(
        count=found["count"],
        aspects=[AspectFigure(key, str(label), _one_decimal(found[key])) for key, label in ASPECTS.items()],
    )
