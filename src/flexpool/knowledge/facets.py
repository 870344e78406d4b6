"""Facets of a search (kind, domain, phase, municipality, year) with the total, counted by the engine's
full-text index and cached for a few minutes."""

from __future__ import annotations

import hashlib
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.core.cache import cache
from django.db import connection

from flexpool.knowledge import fulltext, text
from flexpool.knowledge.fulltext import ITEMS, Where
from flexpool.knowledge.models import ItemKind, Phase

if TYPE_CHECKING:
    from flexpool.knowledge.search import Filters

FACETS = ("kind", "domain", "phase", "municipality", "year")


@dataclass
class FacetValue:
    value: Any
    label: str
    count: int
    selected: bool


def counted_facets(
    where: Where, filters: Filters, query: text.Query | None, mode: str, *, cached_only: bool = False
) -> tuple[dict[str, list[FacetValue]], int] | None:
    """Facets and total of the items `where` selects (those holding a term of `query`, if any),
    from the cache or counted (and cached); None if `cached_only` and the cache does not have them.
    `filters` marks the values chosen."""
    count_mode = "any" if mode == "any" else "all"
    key = _facet_key(query, count_mode, where)
    cached = cache.get(key)
    if cached is None:
        if cached_only:
            return None
        cached = _facet_rows(query, count_mode, where)
        cache.set(key, cached, FACET_CACHE_SECONDS)
    return _facet_values(filters, cached)


# Facet counts are cached per (query terms, mode, visibility and filters) for a few minutes; any
# change to an item starts a new generation (`forget_facets`), so counts are never stale in the
# process (or, with a shared cache backend, the site) where the change happened.
FACET_CACHE_SECONDS = 300
_GENERATION_KEY = "knowledge:facets:generation"


def forget_facets() -> None:
    try:
        cache.incr(_GENERATION_KEY)
    except ValueError:
        cache.set(_GENERATION_KEY, 1, None)


def _facet_key(query: text.Query | None, mode: str, where: Where) -> str:
    generation = cache.get_or_set(_GENERATION_KEY, 1, None)
    raw = repr((connection.alias, generation, query.groups if query else None, mode, where.sql, where.params))
    return "knowledge:facets:" + hashlib.sha256(raw.encode()).hexdigest()


def _facet_rows(query: text.Query | None, mode: str, where: Where) -> tuple[dict[str, Counter], int]:
    columns = [
        "t.kind",
        "t.domain_id",
        "t.phase",
        "t.municipality_id",
        fulltext.year_sql(connection, "t.published_on"),
    ]
    # A text match goes through the index (`fulltext.index_scans_preferred`, PostgreSQL only).
    with fulltext.index_scans_preferred(connection) if query else nullcontext():
        counted, total = fulltext.facet_counts(
            connection, ITEMS, query, mode=mode, where=where, columns=columns
        )
    return dict(zip(FACETS, counted, strict=True)), total


def _facet_values(
    filters: Filters, counted: tuple[dict[str, Counter], int]
) -> tuple[dict[str, list[FacetValue]], int]:
    from flexpool.pool.models import Domain
    from flexpool.regions.models import Municipality

    counters, total = counted
    domains = dict(Domain.objects.filter(pk__in=list(counters["domain"])).values_list("pk", "name"))
    municipalities = dict(
        Municipality.objects.filter(pk__in=list(counters["municipality"])).values_list("pk", "name")
    )
    labels = {
        "kind": dict(ItemKind.choices),
        "phase": dict(Phase.choices),
        "domain": domains,
        "municipality": municipalities,
    }
    selected = filters.as_dict()
    facets: dict[str, list[FacetValue]] = {}
    for name in FACETS:
        values = [
            FacetValue(v, str(labels.get(name, {}).get(v, v)), n, selected.get(name) == v)
            for v, n in counters[name].items()
        ]
        if name == "year":
            values.sort(key=lambda f: -int(f.value))
        else:
            values.sort(key=lambda f: (-f.count, f.label))
        facets[name] = values
    return facets, total
