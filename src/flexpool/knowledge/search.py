"""Search over knowledge items and capacity requests: visibility, matching, ranking, facets, snippets.

Item candidates come from the postings (`fulltext.impact_candidates`): each query term walks its items
from the highest BM25 weight down, so no query orders all matching rows. The ranking is done here in
Python with one BM25F formula over the candidates' postings and the term statistics (`TermStat`).
Both steps read plain columns with the same SQL, so SQLite and PostgreSQL give the same results.
Counts and facets come from the engine's full-text index (`fulltext.facet_counts`). Earlier requests
(a small table) are still chosen by the engine's rank and ranked from their columns (`rank`).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Q
from django.utils.safestring import SafeString, mark_safe

from flexpool.accounts.permissions import contact_municipality_id, knowledge_pool_ids
from flexpool.knowledge import fulltext, indexing, text
from flexpool.knowledge.fulltext import ITEMS, REQUESTS, IndexSpec, Where
from flexpool.knowledge.models import ItemKind, KnowledgeItem, Phase, TermStat, Visibility

WINDOW = 200
# How far down its list by impact a term other than the rarest is followed (mode "all").
DEPTH = 400
# A query that matches at most this many items has all its matches ranked (exact).
EXACT_BELOW = 500
K1, B = indexing.K1, indexing.B
FIELD_WEIGHTS = {"search_title": 3.0, "search_summary": 1.5, "search_body": 1.0}


# Who is looking --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Viewer:
    authenticated: bool = False
    user_id: int | None = None
    pool_ids: tuple[int, ...] = ()
    municipality_id: int | None = None

    @classmethod
    def anonymous(cls) -> Viewer:
        return cls()


def viewer_for(user: Any) -> Viewer:
    """Who is looking, with the pools whose internal items the permission service lets them read."""
    if user is None or not user.is_authenticated:
        return Viewer.anonymous()
    cached = getattr(user, "_knowledge_viewer", None)
    if cached is not None:
        return cached
    viewer = Viewer(True, user.pk, tuple(knowledge_pool_ids(user)), contact_municipality_id(user))
    user._knowledge_viewer = viewer
    return viewer


def visible_q(viewer: Viewer) -> Q:
    condition = Q(visibility=Visibility.PUBLIC)
    if viewer.authenticated:
        condition |= Q(visibility=Visibility.ALL_POOLS) | Q(created_by_id=viewer.user_id)
    if viewer.pool_ids:
        condition |= Q(pool_id__in=viewer.pool_ids)
    return condition


def visible_items(viewer: Viewer):
    return KnowledgeItem.objects.filter(visible_q(viewer))


def _visible_where(viewer: Viewer) -> tuple[str, list]:
    parts, params = ["t.visibility = %s"], [Visibility.PUBLIC.value]
    if viewer.authenticated:
        parts.append("t.visibility = %s")
        params.append(Visibility.ALL_POOLS.value)
        parts.append("t.created_by_id = %s")
        params.append(viewer.user_id)
    if viewer.pool_ids:
        parts.append("t.pool_id IN (" + ", ".join(["%s"] * len(viewer.pool_ids)) + ")")
        params.extend(viewer.pool_ids)
    return "(" + " OR ".join(parts) + ")", params


# Filters and facets ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    kind: str | None = None
    domain: int | None = None
    phase: str | None = None
    municipality: int | None = None
    year: int | None = None

    def where(self) -> tuple[list[str], list]:
        parts: list[str] = []
        params: list = []
        for column, value in (
            ("t.kind", self.kind),
            ("t.domain_id", self.domain),
            ("t.phase", self.phase),
            ("t.municipality_id", self.municipality),
        ):
            if value is not None:
                parts.append(f"{column} = %s")
                params.append(value)
        if self.year is not None:
            parts.append("t.published_on >= %s AND t.published_on < %s")
            params.extend([date(self.year, 1, 1).isoformat(), date(self.year + 1, 1, 1).isoformat()])
        return parts, params

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


FACETS = ("kind", "domain", "phase", "municipality", "year")


@dataclass
class FacetValue:
    value: Any
    label: str
    count: int
    selected: bool


@dataclass
class Hit:
    id: int
    score: float
    item: Any = None
    snippet: SafeString = field(default_factory=lambda: mark_safe(""))


@dataclass
class SearchResult:
    text: str
    query: text.Query
    mode: str  # "all": every word matched; "any": relaxed to some words; "browse": no query
    total: int | None  # None while the facets (which count the matches) are pending
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    page: int
    pages: int
    facets_pending: bool = False  # not counted yet: the page asks for them after the results


def _where_for(viewer: Viewer, filters: Filters) -> Where:
    visible_sql, params = _visible_where(viewer)
    parts, extra = filters.where()
    return Where(" AND ".join([visible_sql, *parts]), tuple(params + extra))


# Ranking ---------------------------------------------------------------------------------------


def _stats(spec: IndexSpec, terms: list[str]) -> tuple[int, float, dict[str, int]]:
    rows, total = {}, 0
    for term, df, length in TermStat.objects.filter(index=spec.name, term__in=[*terms, ""]).values_list(
        "term", "df", "total_length"
    ):
        rows[term] = df
        total = length if term == "" else total
    docs = max(rows.pop("", 0), 1)
    return docs, (total or 0) / docs or 1.0, {t: max(n, 0) for t, n in rows.items()}


def _idf(docs: int, df: dict[str, int], terms: list[str]) -> dict[str, float]:
    return {t: math.log(1 + (max(docs - df.get(t, 0), 0) + 0.5) / (df.get(t, 0) + 0.5)) for t in terms}


def _bm25(idf: dict[str, float], weighted: dict[str, float], length: int, avg_length: float) -> float:
    norm = K1 * (1 - B + B * (length or 1) / avg_length)
    return round(sum(idf[t] * tf * (K1 + 1) / (tf + norm) for t, tf in weighted.items()), 9)


def rank_items(
    candidates: dict[int, tuple[int, dict[str, int]]], query: text.Query, stats: tuple
) -> list[tuple[int, float]]:
    """BM25F of the candidate items from their postings (no text is read); ties broken by id.

    The same formula and numbers as `rank`, with the terms always summed in query order, so the
    result does not depend on the order in which the engine returns rows.
    """
    terms = query.terms
    docs, avg_length, df = stats
    idf = _idf(docs, df, terms)
    scored = []
    for item_id, (length, weights) in candidates.items():
        ordered = {t: weights[t] / 2 for t in terms if weights.get(t)}
        scored.append((item_id, _bm25(idf, ordered, length, avg_length)))
    scored.sort(key=lambda pair: (-pair[1], pair[0]))
    return scored


def rank(spec: IndexSpec, model: Any, ids: list[int], query: text.Query) -> list[tuple[int, float]]:
    """BM25F over the candidates' columns; ties broken by id. Same result on every engine."""
    if not ids:
        return []
    terms = query.terms
    docs, avg_length, df = _stats(spec, terms)
    idf = _idf(docs, df, terms)
    pk = spec.pk if spec is REQUESTS else "pk"
    rows = model.objects.filter(**{f"{pk}__in": ids}).values_list(
        spec.pk if spec is REQUESTS else "id", *FIELD_WEIGHTS, "search_length"
    )
    wanted = set(terms)
    scored = []
    for row_id, *columns, length in rows:
        weighted: Counter = Counter()
        for weight, value in zip(FIELD_WEIGHTS.values(), columns, strict=True):
            for term in value.split():
                if term in wanted:
                    weighted[term] += weight
        scored.append((row_id, _bm25(idf, weighted, length, avg_length)))
    scored.sort(key=lambda pair: (-pair[1], pair[0]))
    return scored


# Items -----------------------------------------------------------------------------------------


def parse_filters(params: Any) -> Filters:
    def number(name: str) -> int | None:
        value = params.get(name)
        return int(value) if value and str(value).isdigit() else None

    kind = params.get("soort") or None
    phase = params.get("fase") or None
    return Filters(
        kind=kind if kind in ItemKind.values else None,
        domain=number("domein"),
        phase=phase if phase in Phase.values else None,
        municipality=number("gemeente"),
        year=number("jaar"),
    )


def search_items(
    *,
    viewer: Viewer,
    text_query: str,
    filters: Filters = Filters(),
    page: int = 1,
    per_page: int = 10,
    window: int = WINDOW,
    with_facets: bool = True,
    count_facets: bool = True,
    parsed: text.Query | None = None,
    any_word: bool = False,
) -> SearchResult:
    """Search visible items: all words first, relaxed to any word when that finds nothing.

    `parsed` passes an already parsed query; `any_word` matches any word from the start (used for
    the long texts of the intake suggestions). With `count_facets` off, a query's facets come from
    the cache or are left pending (`facet_counts_for` counts them), so the results are not held
    up by a pass over every match.
    """
    query = parsed if parsed is not None else text.parse_query(text_query)
    where = _where_for(viewer, filters)
    mode = "browse"
    ranked: list[tuple[int, float]] = []
    if query:
        mode = "any" if any_word else "all"
        stats = _stats(ITEMS, query.terms)
        ids = _item_candidates(query, mode, where, stats, window)
        if not ids and mode == "all" and len(query.groups) > 1:
            mode = "any"
            ids = _item_candidates(query, mode, where, stats, window)
        ranked = rank_items(ids, query, stats) if ids else []
    facets: dict[str, list[FacetValue]] = {}
    total: int | None = len(ranked)
    pending = False
    if with_facets:
        counted = _facets(
            viewer, filters, query if query else None, mode, cached_only=not count_facets and mode != "browse"
        )
        if counted is None:
            pending, total = True, None
        else:
            facets, total = counted
    page = max(page, 1)
    if mode == "browse":
        ordered = (
            KnowledgeItem.objects.filter(visible_q(viewer), **_orm_filters(filters))
            .order_by("-published_on", "-id")
            .values_list("id", flat=True)[(page - 1) * per_page : page * per_page]
        )
        page_hits = [Hit(i, 0.0) for i in ordered]
        pages = max(1, math.ceil(total / per_page))
    else:
        page_hits = [Hit(i, s) for i, s in ranked[(page - 1) * per_page : page * per_page]]
        shown = len(ranked) if total is None else min(total, len(ranked))
        pages = max(1, math.ceil(shown / per_page))
    _load(page_hits, query)
    return SearchResult(text_query, query, mode, total, page_hits, facets, page, pages, pending)


def facet_counts_for(
    viewer: Viewer, text_query: str, filters: Filters = Filters()
) -> tuple[dict[str, list[FacetValue]], int]:
    """The facets and the total of a search as `search_items` would count them: the matches of all
    words, or of any word when no visible item has them all (the search relaxes the same way)."""
    query = text.parse_query(text_query)
    if not query:
        return _facets(viewer, filters, None, "browse")
    facets, total = _facets(viewer, filters, query, "all")
    if total == 0 and len(query.groups) > 1:
        facets, total = _facets(viewer, filters, query, "any")
    return facets, total


def _item_candidates(
    query: text.Query, mode: str, where: Where, stats: tuple, window: int
) -> dict[int, tuple[int, dict[str, int]]]:
    return fulltext.impact_candidates(
        connection,
        ITEMS,
        query,
        mode=mode,
        where=where,
        df=stats[2],
        limit=window,
        depth=DEPTH,
        exact_below=EXACT_BELOW,
    )


def _orm_filters(filters: Filters) -> dict[str, Any]:
    mapping = {
        "kind": filters.kind,
        "domain_id": filters.domain,
        "phase": filters.phase,
        "municipality_id": filters.municipality,
        "published_on__year": filters.year,
    }
    return {k: v for k, v in mapping.items() if v is not None}


def _load(hits: list[Hit], query: text.Query) -> None:
    if not hits:
        return
    from flexpool.knowledge.models import ReuseRecord

    ids = [h.id for h in hits]
    items = (
        KnowledgeItem.objects.filter(pk__in=ids)
        .select_related("municipality", "domain", "pool")
        .defer("search_title", "search_summary", "search_body")
    )
    by_id = {item.pk: item for item in items}
    # Counted apart: an annotation would group the page's (wide) rows by every column.
    reuse_counts = dict(
        ReuseRecord.objects.filter(item_id__in=ids)
        .values_list("item_id")
        .annotate(n=Count("id"))
        .order_by()
        .values_list("item_id", "n")
    )
    for item in by_id.values():
        item.reuse_count = reuse_counts.get(item.pk, 0)
    file_text: dict[int, list[str]] = {}
    if query:
        from flexpool.knowledge.models import KnowledgeFile

        for item_id, extracted in KnowledgeFile.objects.filter(item_id__in=list(by_id)).values_list(
            "item_id", "extracted_text"
        ):
            file_text.setdefault(item_id, []).append(extracted[:200_000])
    for hit in hits:
        hit.item = by_id.get(hit.id)
        if hit.item is None:
            continue
        hit.snippet = mark_safe(snippet_for(hit.item, query, file_text.get(hit.id, [])))
    hits[:] = [h for h in hits if h.item is not None]


def snippet_for(item: KnowledgeItem, query: text.Query, file_texts: list[str]) -> str:
    """Highlighted excerpt (escaped HTML): from the summary, the body or a file, wherever terms occur."""
    sources = [item.summary, item.body, *file_texts]
    if query:
        wanted = set(query.terms)
        for source in sources:
            if source and wanted.intersection(text.terms(source[:200_000])):
                return text.highlight(source, query)
    return text.highlight(next((s for s in sources if s), ""), query)


def _facets(
    viewer: Viewer, filters: Filters, query: text.Query | None, mode: str, *, cached_only: bool = False
) -> tuple[dict[str, list[FacetValue]], int] | None:
    """Facets and total, from the cache or counted (and cached); None if `cached_only` and the
    cache does not have them."""
    where = _where_for(viewer, filters)
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
    counted, total = fulltext.facet_counts(connection, ITEMS, query, mode=mode, where=where, columns=columns)
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


# Earlier requests (for the intake suggestions and the expert finder) ---------------------------


def search_requests(
    *,
    query: text.Query,
    pool_ids: tuple[int, ...],
    exclude_municipality: int | None = None,
    exclude_request: int | None = None,
    statuses: tuple[str, ...] | None = None,
    mode: str = "any",
    window: int = 100,
) -> list[tuple[int, float]]:
    """Ranked (request id, score) among the requests of the given pools."""
    if not query or not pool_ids:
        return []
    conditions = ["r.pool_id IN (" + ", ".join(["%s"] * len(pool_ids)) + ")"]
    params: list = [*pool_ids]
    if exclude_municipality is not None:
        conditions.append("r.municipality_id <> %s")
        params.append(exclude_municipality)
    if exclude_request is not None:
        conditions.append("r.id <> %s")
        params.append(exclude_request)
    if statuses:
        conditions.append("r.status IN (" + ", ".join(["%s"] * len(statuses)) + ")")
        params.extend(statuses)
    where = Where(
        "t.request_id IN (SELECT r.id FROM demand_capacityrequest r WHERE " + " AND ".join(conditions) + ")",
        tuple(params),
    )
    from flexpool.knowledge.models import RequestIndex

    ids = fulltext.candidates(connection, REQUESTS, query, mode=mode, where=where, limit=window)
    return rank(REQUESTS, RequestIndex, ids, query)
