"""Reuse figures: per item ("hergebruikt door") and per municipality (for its report)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, F, Q

from flexpool.knowledge.models import KnowledgeItem, ReuseRecord
from flexpool.pool.models import Membership


@dataclass
class MunicipalityReuse:
    municipality_id: int
    name: str
    code: str
    contributed: int = 0  # items with this municipality as origin
    reused_by_others: int = 0  # times another municipality reused one of its items
    reused_from_others: int = 0  # times it reused an item or request of someone else
    items: list[tuple[str, int]] = field(default_factory=list)


def item_reuse(item: KnowledgeItem) -> list[ReuseRecord]:
    return list(item.reuses.select_related("municipality", "request").order_by("recorded_at"))


def pool_reuse(pool_ids, year: int | None = None) -> list[MunicipalityReuse]:
    """One row per member municipality of the pools; a fixed number of queries."""
    memberships = (
        Membership.objects.filter(pool_id__in=pool_ids)
        .select_related("municipality")
        .order_by("municipality__name")
    )
    rows = {}
    for membership in memberships:
        m = membership.municipality
        rows.setdefault(m.pk, MunicipalityReuse(m.pk, m.name, m.code))
    ids = list(rows)
    items = KnowledgeItem.objects.filter(pool_id__in=pool_ids, municipality_id__in=ids)
    reuses = ReuseRecord.objects.all()
    if year:
        items = items.filter(published_on__year=year)
        reuses = reuses.filter(recorded_at__year=year)
    for municipality_id, n in items.values_list("municipality_id").annotate(n=Count("id")).order_by():
        rows[municipality_id].contributed = n
    for municipality_id, n in (
        reuses.filter(municipality_id__in=ids)
        .values_list("municipality_id")
        .annotate(n=Count("id"))
        .order_by()
    ):
        rows[municipality_id].reused_from_others = n
    by_origin = (
        reuses.filter(item__pool_id__in=pool_ids, item__municipality_id__in=ids)
        .exclude(municipality_id=F("item__municipality_id"))
        .values_list("item__municipality_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    for municipality_id, n in by_origin:
        rows[municipality_id].reused_by_others = n
    return list(rows.values())


def municipality_reuse(pool, municipality, year: int | None = None) -> MunicipalityReuse:
    """The figures for one municipality's report, with its most reused items."""
    row = next(
        (r for r in pool_reuse([pool.pk], year) if r.municipality_id == municipality.pk),
        MunicipalityReuse(municipality.pk, municipality.name, municipality.code),
    )
    top = (
        KnowledgeItem.objects.filter(pool=pool, municipality=municipality)
        .annotate(n=Count("reuses", filter=~Q(reuses__municipality=municipality)))
        .filter(n__gt=0)
        .order_by("-n", "title")
        .values_list("title", "n")[:5]
    )
    row.items = list(top)
    return row
