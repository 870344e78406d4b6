"""Sorting and export of the knowledge search, in the same way as every other list (core.lists).

The search keeps its own ranking, facets and pages (knowledge.search); this module adds the
choice of order and the export of exactly the items the search found.
"""

from __future__ import annotations

from django.http import QueryDict
from django.utils.translation import gettext_lazy

from flexpool.core.lists import SORT, ExportColumn, ListFilterSet, ListSpec, Pager, download_links, pager_for
from flexpool.knowledge.search import ORDERS

# Items an export holds at most (every search that people run finds far fewer).
EXPORT_LIMIT = 10_000

ORDER_CHOICES = (
    ("", gettext_lazy("Relevantie (met zoekwoorden) of nieuwste eerst")),
    ("nieuwste", gettext_lazy("Nieuwste eerst")),
    ("oudste", gettext_lazy("Oudste eerst")),
    ("titel", gettext_lazy("Titel, A tot Z")),
    ("-titel", gettext_lazy("Titel, Z tot A")),
)
assert {key for key, _label in ORDER_CHOICES if key} == set(ORDERS)


def order_of(params: QueryDict) -> tuple[str, bool]:
    """(order, known): an unknown ?sorteer= falls back to relevance."""
    raw = params.get(SORT, "").strip()
    return (raw, True) if raw in ORDERS or raw == "" else ("", False)


def pager(result_page: int, result_pages: int, base: QueryDict) -> Pager:
    return pager_for(result_page, result_pages, base)


def export_params(base: QueryDict) -> list[tuple[object, str]]:
    return download_links(base)


def _municipality(item) -> str:
    return item.municipality.name if item.municipality else ""


def _domain(item) -> str:
    return item.domain.name if item.domain else ""


KNOWLEDGE = ListSpec(
    name="kennisbank",
    columns=(),
    default_sort="",
    filterset=ListFilterSet,
    export=(
        ExportColumn(gettext_lazy("Nummer"), lambda i: i.pk),
        ExportColumn(gettext_lazy("Titel"), lambda i: i.title),
        ExportColumn(gettext_lazy("Soort"), lambda i: i.get_kind_display()),
        ExportColumn(gettext_lazy("Fase"), lambda i: i.get_phase_display()),
        ExportColumn(gettext_lazy("Domein"), _domain),
        ExportColumn(gettext_lazy("Gemeente"), _municipality),
        ExportColumn(gettext_lazy("Datum"), lambda i: i.published_on),
        ExportColumn(gettext_lazy("Zichtbaar voor"), lambda i: i.get_visibility_display()),
        ExportColumn(gettext_lazy("Samenvatting"), lambda i: i.summary),
    ),
)
