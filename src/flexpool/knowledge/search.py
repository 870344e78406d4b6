"""Search over knowledge items and capacity requests: matching, the page of results, snippets.

Item candidates come from the postings (`fulltext.impact_candidates`): each query term walks its items
from the highest BM25 weight down, so no query orders all matching rows. They are ranked in Python
(`ranking`) with one BM25F formula over the candidates' postings and the term statistics, and fused
with the items nearest in meaning. Both steps read plain columns with the same SQL, so SQLite and
PostgreSQL give the same results. Who sees what is `visibility`; counts and facets come from the
engine's full-text index (`facets`); misspelt words are corrected by `spelling`. Earlier requests (a
small table) are still chosen by the engine's rank and ranked from their columns (`ranking.rank`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import connection
from django.db.models import Count
from django.utils.safestring import SafeString, mark_safe

from flexpool.knowledge import fulltext, learned, ranking, text, thesaurus, vectors
from flexpool.knowledge.facets import FacetValue, counted_facets
from flexpool.knowledge.fulltext import ITEMS, REQUESTS, Where
from flexpool.knowledge.models import ItemKind, KnowledgeItem, Phase
from flexpool.knowledge.spelling import spelling_corrections
from flexpool.knowledge.visibility import Viewer, listed_q, visible_where

WINDOW = 200
# How far down its list by impact a term other than the rarest is followed (mode "all").
DEPTH = 400
# A query that matches at most this many items has all its matches ranked (exact).
EXACT_BELOW = 500


# Filters ---------------------------------------------------------------------------------------


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
    suggestion: str = ""  # "Bedoelde u ...?": the query with misspelt words corrected
    corrected: bool = False  # the words as typed found nothing: the results are for the suggestion
    not_found: tuple[str, ...] = ()  # words that no item holds (see `words_not_found`)
    meaning_only: int = 0  # of the matches, how many hold none of the words (found by meaning)


def where_for(viewer: Viewer, filters: Filters) -> Where:
    """The condition on the index's rows (`t`): items `viewer` may see, listed, that pass `filters`."""
    visible_sql, params = visible_where(viewer)
    parts, extra = filters.where()
    return Where(" AND ".join([visible_sql, *parts]), tuple(params + extra))


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


@dataclass(frozen=True)
class Prepared:
    query: text.Query
    stats: tuple
    suggestion: str = ""
    corrected: bool = False
    not_found: tuple[str, ...] = ()


def prepare_query(text_query: str, *, parsed: text.Query | None = None) -> Prepared:
    """Parse a query with the thesaurus, look up its statistics, and add spelling corrections for
    words that no item holds (from the index's own vocabulary)."""
    current = ranking.options()
    mapping = thesaurus.mapping() if current.thesaurus and parsed is None else None
    query = parsed if parsed is not None else text.parse_query(text_query, thesaurus=mapping)
    if not query:
        return Prepared(query, (1, 1.0, {}))
    stats = ranking.term_stats(ITEMS, query.terms)
    suggestion, corrected = "", False
    if current.spelling and parsed is None:
        df = stats[2]
        unknown = [
            c.word
            for c in query.concepts
            if " " not in c.word and not any(df.get(t, 0) for t in c.terms) and c.word.isalpha()
        ]
        corrections = spelling_corrections(unknown)
        if corrections:
            # Nothing was found for the words as typed when every known concept was corrected.
            corrected = all(
                c.word in corrections for c in query.concepts if not any(df.get(t, 0) for t in c.terms)
            ) and not any(df.get(t, 0) for c in query.concepts for t in c.terms)
            query = text.with_corrections(text_query, corrections, thesaurus=mapping)
            stats = ranking.term_stats(ITEMS, query.terms)
            suggestion = " ".join(corrections.get(w, w) for w in text.words(text_query))
    return Prepared(query, stats, suggestion, corrected, words_not_found(query, stats[2]))


def words_not_found(query: text.Query, df: dict[str, int]) -> tuple[str, ...]:
    """The query's words that no item holds as a whole word, and that no thesaurus line links to
    a word that an item holds: the gaps a coordinator can close with a line in the thesaurus.

    A misspelt word that was corrected is not a gap, and neither are numbers and codes.
    """
    out = []
    for concept in query.concepts:
        word = concept.word
        if not (word.isalpha() and 3 <= len(word) <= 40) or concept.sources[:1] != ("word",):
            continue
        wholes = [alternative[0][0] for alternative in concept.alternatives if alternative]
        if not any(df.get(term, 0) for term in wholes):
            out.append(word)
    return tuple(out)


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
    meaning_text: str | None = None,
    order: str = "",
    load: bool = True,
) -> SearchResult:
    """Search visible items, ranked over any of the query's words (more of them, and closer
    together, rank higher), with abbreviations and synonyms from the thesaurus and corrections of
    misspelt words.

    `parsed` passes an already parsed query (no spelling corrections; the ranking by meaning only
    with `meaning_text`, the text to embed); `any_word` is accepted for
    the intake suggestions (ranking is always over any word). With `count_facets` off, a query's
    facets come from the cache or are left pending (`facet_counts_for` counts them), so the results
    are not held up by a pass over every match.

    `order` (a key of ORDERS) sorts the matches by date or title instead of by relevance (the
    ranking decides which items match either way); `load=False` leaves the hits without their
    items and snippets (the export loads the items itself).
    """
    steps = ranking.options()
    prepared = prepare_query(text_query, parsed=parsed)
    query, stats = prepared.query, prepared.stats
    where = where_for(viewer, filters)
    mode = "browse"
    ranked: list[tuple[int, float]] = []
    meaning_only = 0  # items found by meaning that hold none of the words
    if query:
        mode = "any"
        if parsed is None:
            meaning_text = (prepared.suggestion or text_query) if steps.meaning else None
        elif not steps.meaning_suggestions:
            meaning_text = None
        nearest = vectors.Nearest(meaning_text) if meaning_text else None
        found = _item_candidates(query, "any", where, stats, window)
        if not steps.ranked and not any_word:
            mode, found = _all_words_first(query, found)
        words, coverage = ranking.scored_with_coverage(found, query, stats) if found else ([], {})
        covered = round(max(coverage.values(), default=0.0), 6)
        ranked, rows = words, {}
        chosen: dict[str, float] | None = None  # the feedback terms, once computed
        if (steps.proximity or steps.feedback or learns(parsed)) and ranked:
            rows = ranking.head_columns(ranked)
            if learns(parsed) and len(words) > ranking.FEEDBACK_ITEMS:
                chosen = ranking.feedback_terms(words, query, rows)
            if steps.proximity:
                ranked = ranking.with_proximity(ranked, query, rows)
            if steps.feedback:
                # The terms depend on which items are best, not on their order: computed once.
                best = ranking.FEEDBACK_ITEMS
                same = {pk for pk, _s in ranked[:best]} == {pk for pk, _s in words[:best]}
                ranked = ranking.with_feedback(ranked, query, rows, chosen if same else None)
        if nearest is not None:
            known = (
                learned.prefetch(ranked, rows, nearest, query, stats, chosen or {})
                if learns(parsed) and ranked
                else {}
            )
            meaning = nearest.result(where=where, limit=ranking.MEANING_DEPTH)
            weight = ranking.meaning_weight(covered, text_query)
            # The feedback re-orders the word ranking before the fusion: after it, it would put the
            # word matches back in their own order and undo what the meaning moved.
            if steps.meaning_feedback:
                ranked = ranking.with_meaning_feedback(ranked, nearest)
            fused = ranking.fuse(ranked, meaning, weight=weight)
            if learns(parsed):
                evidence = learned.Evidence(
                    text_query, query, bool(prepared.suggestion), len(found), words, coverage,
                    chosen or {}, ranked, meaning, weight, fused, nearest, known,
                )  # fmt: skip
                ranked = learned.reordered(evidence, stats)
            else:
                ranked = fused
            # Items found by meaning alone: all the nearest when the fusion weighs the meaning,
            # else those the learned order put on the first page.
            fused_ids = {pk for pk, _s in fused}
            added = meaning if weight > 0 else [(pk, s) for pk, s in ranked if pk not in fused_ids]
            meaning_only = _meaning_only(added, query, where)
        ranked = _ordered(ranked, order)
    facets: dict[str, list[FacetValue]] = {}
    total: int | None = len(ranked)
    pending = False
    if with_facets:
        counted = counted_facets(
            where, filters, query if query else None, mode, cached_only=not count_facets and mode != "browse"
        )
        if counted is None:
            pending, total = True, None
        else:
            facets, total = counted
            total += meaning_only
    page = max(page, 1)
    if mode == "browse":
        ordered = (
            KnowledgeItem.objects.filter(listed_q(viewer), **_orm_filters(filters))
            .order_by(*ORDERS.get(order, ORDERS["nieuwste"]))
            .values_list("id", flat=True)[(page - 1) * per_page : page * per_page]
        )
        page_hits = [Hit(i, 0.0) for i in ordered]
        pages = max(1, math.ceil(total / per_page))
    else:
        page_hits = [Hit(i, s) for i, s in ranked[(page - 1) * per_page : page * per_page]]
        shown = len(ranked) if total is None else min(total, len(ranked))
        pages = max(1, math.ceil(shown / per_page))
    if load:
        _load(page_hits, query)
    return SearchResult(
        text_query, query, mode, total, page_hits, facets, page, pages, pending, prepared.suggestion,
        prepared.corrected, prepared.not_found, meaning_only,
    )  # fmt: skip


def learns(parsed: text.Query | None) -> bool:
    """Whether the learned order re-orders the best candidates: for a search as typed (it learnt
    from typed queries, not from the text of a request), with the meaning on."""
    steps = ranking.options()
    return parsed is None and steps.learned and steps.meaning


# The orders a user can choose besides relevance (the default with words; "nieuwste" without).
ORDERS = {
    "nieuwste": ("-published_on", "-id"),
    "oudste": ("published_on", "id"),
    "titel": ("title", "id"),
    "-titel": ("-title", "-id"),
}


def _ordered(ranked: list[tuple[int, float]], order: str) -> list[tuple[int, float]]:
    """The ranked matches in the chosen order (relevance when `order` is not one of ORDERS)."""
    if order not in ORDERS or not ranked:
        return ranked
    score = dict(ranked)
    ids = KnowledgeItem.objects.filter(pk__in=list(score)).order_by(*ORDERS[order])
    return [(pk, score[pk]) for pk in ids.values_list("id", flat=True)]


def _all_words_first(query: text.Query, found: dict) -> tuple[str, dict]:
    """The search before ranked retrieval (kept for the benchmark's ablation): items with every
    concept of the query, or, when there are none, items with some of them."""
    every = {
        pk: v for pk, v in found.items() if all(any(v[1].get(t) for t in c.terms) for c in query.concepts)
    }
    if every or len(query.concepts) == 1:
        return "all", every
    return "any", found


def facet_counts_for(
    viewer: Viewer, text_query: str, filters: Filters = Filters()
) -> tuple[dict[str, list[FacetValue]], int]:
    """The facets and the total of a search as `search_items` counts them: the items that hold any
    of the query's terms (its words, their synonyms and spelling corrections), and those found by
    meaning alone that the ranking keeps."""
    prepared = prepare_query(text_query)
    query = prepared.query
    where = where_for(viewer, filters)
    if not query:
        return counted_facets(where, filters, None, "browse")
    facets, total = counted_facets(where, filters, query, "any")
    if ranking.options().meaning:
        matches = search_items(
            viewer=viewer, text_query=text_query, filters=filters, with_facets=False, load=False
        )
        total += matches.meaning_only
    return facets, total


def _meaning_only(meaning: list[tuple[int, float]], query: text.Query, where: Where) -> int:
    """How many of the items found by meaning hold none of the query's terms: they are added to
    the number of results (the facets count the items that hold a term)."""
    ids = [pk for pk, _s in meaning]
    if not ids:
        return 0
    holding = fulltext.weights_of(connection, ITEMS, ids, query.terms, where)
    return sum(1 for pk in ids if not holding.get(pk, (0, {}))[1])


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
        drivers=drivers(query),
    )


def drivers(query: text.Query) -> list[str]:
    """The terms whose lists are walked for candidates: every term of the words as typed, and the
    whole words (not the parts) of synonyms and corrections; the ranking still uses every term."""
    out: dict[str, None] = {}
    for concept in query.concepts:
        for index, alternative in enumerate(concept.alternatives):
            top = max((w for _t, w in alternative), default=0.0)
            for term, weight in alternative:
                if index == 0 or weight >= top:
                    out.setdefault(term, None)
    return list(out)


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
    return ranking.rank(REQUESTS, RequestIndex, ids, query)
