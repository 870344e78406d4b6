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
from collections.abc import Callable, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

import numpy as np
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Q
from django.db.models.functions import Substr
from django.utils.safestring import SafeString, mark_safe

from flexpool.accounts.permissions import contact_municipality_id, knowledge_pool_ids
from flexpool.knowledge import fulltext, indexing, text, thesaurus, vectors
from flexpool.knowledge.fulltext import ITEMS, REQUESTS, IndexSpec, Where
from flexpool.knowledge.models import ItemKind, KnowledgeItem, Phase, TermStat, Visibility

WINDOW = 200
# How far down its list by impact a term other than the rarest is followed (mode "all").
DEPTH = 400
# Ranking: a document's score is the sum of its concepts' BM25F scores times the share of the
# query's concepts it covers to this power (coordination), so items with more of the words come
# first without dropping those with some of them.
COORDINATION_POWER = 2.0
# Proximity: among the best PROXIMITY_DEPTH items, each pair of neighbouring query concepts that
# occur within PROXIMITY_SPAN terms of each other adds up to PROXIMITY_BONUS of the score.
PROXIMITY_DEPTH = 30
PROXIMITY_SPAN = 4
PROXIMITY_BONUS = 0.25
PROXIMITY_BODY_CHARS = 20_000
# Pseudo-relevance feedback (`with_feedback`).
FEEDBACK_ITEMS = 5
FEEDBACK_TERMS = 20
FEEDBACK_BONUS = 0.3
# A query that matches at most this many items has all its matches ranked (exact).
EXACT_BELOW = 500
K1, B = indexing.K1, indexing.B
# Meaning: the word ranking and the items nearest to the query's embedding are fused by
# reciprocal rank fusion: each list gives an item weight / (FUSION_K + its rank). MEANING_DEPTH of
# the nearest items take part (chosen on bench/knowledge/corpus.py; docs/benchmarks/knowledge.md).
FUSION_K = 60
MEANING_WEIGHT = 2.0
MEANING_FLOOR = 0.0
MEANING_DEPTH = 50
QUESTION_MEANING_WEIGHT = 1.0
# Feedback by meaning (`with_meaning_feedback`): the best FEEDBACK_ITEMS items of the word ranking
# move the query's vector halfway towards theirs, and the best MEANING_FEEDBACK_HEAD items of the
# word ranking are re-ordered with up to MEANING_FEEDBACK_BONUS of the best score for being near it.
MEANING_FEEDBACK_HEAD = 20
MEANING_FEEDBACK_QUERY_SHARE = 0.5
MEANING_FEEDBACK_BONUS = 0.3
FIELD_WEIGHTS = {"search_title": 3.0, "search_summary": 1.5, "search_body": 1.0}


@dataclass(frozen=True)
class Options:
    """Which steps of the search run; all in production. The quality benchmark switches steps off
    one at a time to measure what each adds (bench/knowledge/evaluate.py)."""

    ranked: bool = True  # rank over any word with coordination (off: all words, then any word)
    proximity: bool = True
    thesaurus: bool = True
    spelling: bool = True
    # Words common in Dutch at large weigh less in a query of several words (text.Concept.specificity).
    specificity: bool = True
    # Items that share the terms standing out in the best few move up (`with_feedback`).
    feedback: bool = True
    # Fuse the search's word ranking with the items nearest to the query's embedding.
    meaning: bool = True
    # "adaptive": the meaning weighs up to MEANING_WEIGHT, less as the best item covers more of the
    # query's words (all words found: MEANING_FLOOR), so a query the words answer well keeps its
    # order and one whose words fall short leans on the meaning; "rrf": always MEANING_WEIGHT.
    # Chosen on the two development corpora (docs/benchmarks/knowledge.md).
    fusion: str = "adaptive"
    # Re-order the best word matches by how near they are to the query and to the best of them.
    meaning_feedback: bool = True
    # A query typed as a question leans on the meaning even when its words are all found.
    question_meaning: bool = True
    # Meaning in "Kijk eerst hier" and the expert finder (items that say the same in other words).
    meaning_suggestions: bool = True


_options = [Options()]


def options() -> Options:
    return _options[-1]


@contextmanager
def using_options(value: Options):
    _options.append(value)
    try:
        yield
    finally:
        _options.pop()


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


def listed_q(viewer: Viewer) -> Q:
    """Visible and in the search lists: an item whose files are still being read (or were
    refused) has no index yet, and only the person who added it sees it there (with its label)."""
    ready = Q(search_length__gt=0)
    if viewer.authenticated:
        ready |= Q(created_by_id=viewer.user_id)
    return visible_q(viewer) & ready


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
    # An item whose files are still being read (or were refused) has no index yet: only the person
    # who added it sees it in the list, with its label (docs/knowledge.md).
    if viewer.authenticated:
        ready, ready_params = "(t.search_length > 0 OR t.created_by_id = %s)", [viewer.user_id]
    else:
        ready, ready_params = "t.search_length > 0", []
    return "(" + " OR ".join(parts) + ") AND " + ready, params + ready_params


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
    suggestion: str = ""  # "Bedoelde u ...?": the query with misspelt words corrected
    corrected: bool = False  # the words as typed found nothing: the results are for the suggestion
    not_found: tuple[str, ...] = ()  # words that no item holds (see `words_not_found`)


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


def term_frequencies(terms: list[str]) -> dict[str, int]:
    """How many items hold each term (terms that none holds are left out)."""
    return _stats(ITEMS, terms)[2]


def _idf(docs: int, df: dict[str, int], terms: list[str]) -> dict[str, float]:
    return {t: math.log(1 + (max(docs - df.get(t, 0), 0) + 0.5) / (df.get(t, 0) + 0.5)) for t in terms}


def importances(query: text.Query, idf: dict[str, float], df: dict[str, int]) -> list[float]:
    """How much each concept of the query counts in the coverage: how specific it is.

    That is the idf of the rarest of its alternatives that the index holds (each by its first term)
    times how rare its word is in Dutch at large, so leaving out a common word costs less than a
    rare one. Only the alternatives the index holds count: a synonym no item uses would make its
    word count as rare as a word nobody wrote, and adding a thesaurus line would reweigh that word
    in every search. When the index holds none of them (a misspelling), the rarest counts.
    """
    specific = options().specificity
    out = []
    for concept in query.concepts:
        firsts = [a[0][0] for a in concept.alternatives if a]
        held = [idf[t] for t in firsts if df.get(t, 0) > 0]
        rarest = max(held) if held else max((idf[t] for t in firsts), default=1.0)
        out.append(rarest * (concept.specificity if specific else 1.0))
    return out


def score(
    query: text.Query,
    tf: dict[str, float],
    length: int,
    avg_length: float,
    idf: dict[str, float],
    importance: Sequence[float],
) -> tuple[float, float]:
    """(score, coverage) of one document from its weighted term frequencies.

    Per concept the best alternative counts (the word as typed, a synonym or a correction), each
    term with its weight (a compound's parts less than the whole); coverage is the share of the
    concepts found, each weighted by its `importance` (`importances`), and the score is the sum
    over concepts times coverage to `COORDINATION_POWER`.
    """
    norm = K1 * (1 - B + B * (length or 1) / avg_length)
    total = covered = weights = 0.0
    specific = options().specificity
    for concept, weight_of_concept in zip(query.concepts, importance, strict=True):
        best = best_cover = 0.0
        specificity = concept.specificity if specific else 1.0
        for alternative in concept.alternatives:
            value = found = weight_sum = 0.0
            for term, weight in alternative:
                weight_sum += weight
                f = tf.get(term)
                if f:
                    value += weight * idf[term] * f * (K1 + 1) / (f + norm)
                    found += weight
            best = max(best, value)
            best_cover = max(best_cover, found / weight_sum if weight_sum else 0.0)
        total += best * specificity
        covered += weight_of_concept * best_cover
        weights += weight_of_concept
    coverage = covered / weights if weights else 0.0
    return round(total * coverage**COORDINATION_POWER, 9), coverage


def rank_items(
    candidates: dict[int, tuple[int, dict[str, int]]], query: text.Query, stats: tuple
) -> list[tuple[int, float]]:
    """Scores of the candidate items from their postings (no text is read); ties broken by id.

    The same formula and numbers as `rank`, with the terms always summed in query order, so the
    result does not depend on the order in which the engine returns rows.
    """
    return ranked_with_coverage(candidates, query, stats)[0]


def ranked_with_coverage(
    candidates: dict[int, tuple[int, dict[str, int]]], query: text.Query, stats: tuple
) -> tuple[list[tuple[int, float]], float]:
    """`rank_items`, and in the same pass the largest share of the query's concepts (weighted by
    idf) that one candidate holds: 1 when some item has every word, less when the words fall short
    (the meaning then weighs more)."""
    docs, avg_length, df = stats
    idf = _idf(docs, df, query.terms)
    importance = importances(query, idf, df)
    scored, best = [], 0.0
    for item_id, (length, weights) in candidates.items():
        tf = {t: w / 2 for t, w in weights.items()}
        value, coverage = score(query, tf, length, avg_length, idf, importance)
        scored.append((item_id, value))
        best = max(best, coverage)
    scored.sort(key=lambda pair: (-pair[1], pair[0]))
    return scored, round(best, 6)


def _positions(columns: list[str], wanted: set[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    offset = 0
    for value in columns:
        position = offset
        for position, term in enumerate(value.split(), start=offset):
            if term in wanted:
                out.setdefault(term, []).append(position)
        offset = position + PROXIMITY_SPAN + 2  # fields do not run into each other
    return out


def proximity_factor(query: text.Query, columns: list[str]) -> float:
    """1 plus up to `PROXIMITY_BONUS`: the share of neighbouring query concepts that stand close."""
    if len(query.concepts) < 2:
        return 1.0
    positions = _positions(columns, set(query.terms))
    per_concept = [sorted({p for t in c.terms for p in positions.get(t, ())}) for c in query.concepts]
    close = 0
    for left, right in pairwise(per_concept):
        if left and right and _nearest(left, right) <= PROXIMITY_SPAN:
            close += 1
    return 1.0 + PROXIMITY_BONUS * close / (len(query.concepts) - 1)


def _nearest(left: list[int], right: list[int]) -> int:
    i = j = 0
    best = 1 << 30
    while i < len(left) and j < len(right):
        gap = abs(left[i] - right[j])
        if 0 < gap < best:
            best = gap
        if left[i] < right[j]:
            i += 1
        else:
            j += 1
    return best


def head_columns(ranked: list[tuple[int, float]]) -> dict[int, list[str]]:
    """The index columns (title, summary, start of the text) of the best `PROXIMITY_DEPTH` items;
    the same substring on both engines."""
    ids = [pk for pk, _s in ranked[:PROXIMITY_DEPTH]]
    return {
        pk: [title, summary, body]
        for pk, title, summary, body in KnowledgeItem.objects.filter(pk__in=ids)
        .annotate(body_start=Substr("search_body", 1, PROXIMITY_BODY_CHARS))
        .values_list("pk", "search_title", "search_summary", "body_start")
    }


def _rescored_head(
    ranked: list[tuple[int, float]], factor: Callable[[int], float]
) -> list[tuple[int, float]]:
    """The best `PROXIMITY_DEPTH` items with their scores times `factor(id)`, re-sorted (ties by
    id); the rest as they were."""
    head = [(pk, round(s * factor(pk), 9)) for pk, s in ranked[:PROXIMITY_DEPTH]]
    head.sort(key=lambda pair: (-pair[1], pair[0]))
    return head + ranked[PROXIMITY_DEPTH:]


def with_proximity(
    ranked: list[tuple[int, float]], query: text.Query, rows: dict[int, list[str]]
) -> list[tuple[int, float]]:
    """Re-rank the best `PROXIMITY_DEPTH` items with `proximity_factor`."""
    if len(query.concepts) < 2 or not ranked:
        return ranked
    return _rescored_head(ranked, lambda pk: proximity_factor(query, rows.get(pk, [])))


def with_feedback(
    ranked: list[tuple[int, float]], query: text.Query, rows: dict[int, list[str]]
) -> list[tuple[int, float]]:
    """Pseudo-relevance feedback among the best `PROXIMITY_DEPTH` items: the terms that stand out in
    the best FEEDBACK_ITEMS (tf share × idf, not the query's own) are taken as what the query is
    about, and each item's score grows by up to FEEDBACK_BONUS with the share of their weight it
    holds, so an item about the same thing in other words moves up among the near misses."""
    if len(ranked) <= FEEDBACK_ITEMS:
        return ranked
    asked = set(query.terms)
    best = [" ".join(rows.get(pk, [])).split() for pk, _s in ranked[:FEEDBACK_ITEMS]]
    candidates = sorted({t for terms in best for t in terms if t not in asked and len(t) > 2})
    docs, _avg, df = _stats(ITEMS, candidates)
    idf = _idf(docs, df, candidates)
    weights: Counter = Counter()
    for terms in best:
        for term, n in Counter(terms).items():
            if term in idf:
                weights[term] += n / len(terms) * idf[term]
    chosen = dict(sorted(weights.items(), key=lambda pair: (-pair[1], pair[0]))[:FEEDBACK_TERMS])
    total = sum(chosen.values())
    if not total:
        return ranked

    def factor(pk: int) -> float:
        present = set(" ".join(rows.get(pk, [])).split())
        share = sum(w for term, w in chosen.items() if term in present) / total
        return 1.0 + FEEDBACK_BONUS * share

    return _rescored_head(ranked, factor)


def rank(spec: IndexSpec, model: Any, ids: list[int], query: text.Query) -> list[tuple[int, float]]:
    """BM25F over the candidates' columns; ties broken by id. Same result on every engine."""
    if not ids:
        return []
    terms = query.terms
    docs, avg_length, df = _stats(spec, terms)
    idf = _idf(docs, df, terms)
    importance = importances(query, idf, df)
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
        scored.append((row_id, score(query, weighted, length, avg_length, idf, importance)[0]))
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
    current = options()
    mapping = thesaurus.mapping() if current.thesaurus and parsed is None else None
    query = parsed if parsed is not None else text.parse_query(text_query, thesaurus=mapping)
    if not query:
        return Prepared(query, (1, 1.0, {}))
    stats = _stats(ITEMS, query.terms)
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
            stats = _stats(ITEMS, query.terms)
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


def spelling_corrections(words: list[str]) -> dict[str, str]:
    """Word as typed → the closest word of the index's vocabulary (edit distance 1, or 2 for words
    of eight letters or more; the most frequent wins), for words of at least five letters. A
    compound that the index does not hold as a whole is corrected in its parts (`_corrected_compound`)."""
    out: dict[str, str] = {}
    for word in words:
        if len(word) < 5:
            continue
        found = _closest_word(word)
        if found is None and len(word) >= 2 * COMPOUND_PART_MIN:
            found = _corrected_compound(word)
        if found is not None:
            out[word] = found
    return out


def _closest_word(word: str) -> str | None:
    from rapidfuzz.distance import OSA

    limit = 1 if len(word) < 8 else 2
    stemmed = text.stem(word)
    first = word[0]
    rows = TermStat.objects.filter(
        index=ITEMS.name, term__gte=first, term__lt=chr(ord(first) + 1), df__gt=0
    ).values_list("term", "word", "df")
    best: tuple | None = None
    for term, surface, df in rows.iterator(chunk_size=5000):
        if abs(len(term) - len(stemmed)) > limit + 1:
            continue
        distance = min(
            OSA.distance(stemmed, term, score_cutoff=limit + 1),
            OSA.distance(word, surface, score_cutoff=limit + 1) if surface else limit + 1,
        )
        if distance == 0 or distance > limit:
            continue
        key = (distance, -df, term)
        if best is None or key < best[0]:
            best = (key, surface or term)
    return best[1] if best is not None else None


# A misspelt compound is cut in two, each side at least this long; the side that is wrong is
# corrected on its own, trying at most COMPOUND_TRIES cuts (each costs a pass over the vocabulary).
# Only a side that is no Dutch word (rarer than this on wordfreq's zipf scale) counts as misspelt:
# "toedeling" in "kostentoedeling" is a word the index lacks, not a typo of "tweedeling".
COMPOUND_PART_MIN = 5
COMPOUND_TRIES = 2
TYPO_MAX_ZIPF = 1.0


def _corrected_compound(word: str) -> str | None:
    """ "isolatiesubsdie" when no item holds "isolatiesubsidie": a typo in one part of a compound
    that the index knows only in parts (or as "subsidie voor isolatie") leaves the whole word too
    far from every word of the vocabulary. Cut it where one side is a word the index holds and the
    other is no Dutch word at all, the longest known side first, and correct the other side."""
    cuts = [(word[:i], word[i:]) for i in range(COMPOUND_PART_MIN, len(word) - COMPOUND_PART_MIN + 1)]
    stems = {part: text.stem(part) for cut in cuts for part in cut}
    held = set(
        TermStat.objects.filter(index=ITEMS.name, term__in=set(stems.values()), df__gt=0).values_list(
            "term", flat=True
        )
    )
    known = {part for part, stem in stems.items() if stem in held}
    misspelt = {part for part in stems if part not in known and text.zipf(part) < TYPO_MAX_ZIPF}
    tries = sorted(
        (
            (head, tail)
            for head, tail in cuts
            if (head in known and tail in misspelt) or (tail in known and head in misspelt)
        ),
        key=lambda cut: (-len(cut[0] if cut[0] in known else cut[1]), cut[0]),
    )
    for head, tail in tries[:COMPOUND_TRIES]:
        right = _closest_word(tail if head in known else head)
        if right is not None:
            return head + right if head in known else right + tail
    return None


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
    prepared = prepare_query(text_query, parsed=parsed)
    query, stats = prepared.query, prepared.stats
    where = _where_for(viewer, filters)
    mode = "browse"
    ranked: list[tuple[int, float]] = []
    meaning_only = 0  # items found by meaning that hold none of the words
    if query:
        mode = "any"
        if parsed is None:
            meaning_text = (prepared.suggestion or text_query) if options().meaning else None
        elif not options().meaning_suggestions:
            meaning_text = None
        nearest = vectors.Nearest(meaning_text) if meaning_text else None
        found = _item_candidates(query, "any", where, stats, window)
        if not options().ranked and not any_word:
            mode, found = _all_words_first(query, found)
        ranked, covered = ranked_with_coverage(found, query, stats) if found else ([], 0.0)
        if (options().proximity or options().feedback) and ranked:
            rows = head_columns(ranked)
            if options().proximity:
                ranked = with_proximity(ranked, query, rows)
            if options().feedback:
                ranked = with_feedback(ranked, query, rows)
        if nearest is not None:
            meaning = nearest.result(where=where, limit=MEANING_DEPTH)
            weight = meaning_weight(covered, text_query)
            # The feedback re-orders the word ranking before the fusion: after it, it would put the
            # word matches back in their own order and undo what the meaning moved.
            if options().meaning_feedback:
                ranked = with_meaning_feedback(ranked, nearest)
            ranked = fuse(ranked, meaning, weight=weight)
            meaning_only = _meaning_only(meaning, query, where) if weight > 0 else 0
        ranked = _ordered(ranked, order)
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
        prepared.corrected, prepared.not_found,
    )  # fmt: skip


def fuse(
    words: list[tuple[int, float]],
    meaning: list[tuple[int, float]],
    *,
    k: float | None = None,
    weight: float | None = None,
) -> list[tuple[int, float]]:
    """Reciprocal rank fusion of the word ranking and the ranking by meaning: an item scores
    1 / (k + rank) for its place in the word ranking plus `weight` / (k + rank) for its place among
    the nearest items; ties broken by id. Items found only by meaning are added."""
    k = FUSION_K if k is None else k
    weight = MEANING_WEIGHT if weight is None else weight
    if not meaning or weight <= 0:  # the words cover the query: the meaning adds nothing
        return words
    scores: dict[int, float] = {}
    for place, (pk, _s) in enumerate(words, start=1):
        scores[pk] = 1.0 / (k + place)
    for place, (pk, _s) in enumerate(meaning, start=1):
        scores[pk] = scores.get(pk, 0.0) + weight / (k + place)
    fused = [(pk, round(value * 1000, 9)) for pk, value in scores.items()]
    fused.sort(key=lambda pair: (-pair[1], pair[0]))
    return fused


def with_meaning_feedback(
    words: list[tuple[int, float]], nearest: vectors.Nearest
) -> list[tuple[int, float]]:
    """Feedback by meaning: the query's vector, moved halfway towards the mean vector of the best
    FEEDBACK_ITEMS word matches, says what the query is about better than its few words. The best
    MEANING_FEEDBACK_HEAD word matches are scored anew as their word score (relative to the best)
    plus up to MEANING_FEEDBACK_BONUS for how near they are to that vector (scaled between the
    farthest and the nearest of them) and take the first places in that order; the scores stay
    with the places, and the rest of the ranking stays as it was."""
    head = words[:MEANING_FEEDBACK_HEAD]
    query_vector = nearest.vector()
    if len(head) < 2 or query_vector is None or head[0][1] <= 0:
        return words
    stored = nearest.vectors_of([pk for pk, _s in head])
    best = [stored[pk][0] for pk, _s in head[:FEEDBACK_ITEMS] if pk in stored]
    if not best:
        return words
    share = MEANING_FEEDBACK_QUERY_SHARE
    aim = share * query_vector + (1 - share) * np.mean(best, axis=0)
    aim = aim / (np.linalg.norm(aim) or 1.0)
    near = {pk: float((stored[pk] @ aim).max()) for pk, _s in head if pk in stored}
    low, high = min(near.values()), max(near.values())

    def nearness(pk: int) -> float:
        return (near[pk] - low) / (high - low) if pk in near and high > low else 0.0

    top = head[0][1]
    scored = {pk: s / top + MEANING_FEEDBACK_BONUS * nearness(pk) for pk, s in head}
    order = sorted(scored, key=lambda pk: (-round(scored[pk], 9), pk))
    return [(pk, s) for pk, (_pk, s) in zip(order, head, strict=True)] + words[len(head) :]


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
    of the query's terms (its words, their synonyms and spelling corrections)."""
    prepared = prepare_query(text_query)
    query = prepared.query
    if not query:
        return _facets(viewer, filters, None, "browse")
    facets, total = _facets(viewer, filters, query, "any")
    if options().meaning:
        where = _where_for(viewer, filters)
        found = _item_candidates(query, "any", where, prepared.stats, WINDOW)
        covered = ranked_with_coverage(found, query, prepared.stats)[1] if found else 0.0
        if meaning_weight(covered, text_query) > 0:
            nearest = vectors.Nearest(prepared.suggestion or text_query)
            total += _meaning_only(nearest.result(where=where, limit=MEANING_DEPTH), query, where)
    return facets, total


def meaning_weight(covered: float, text_query: str = "") -> float:
    """The weight of the meaning in the fusion: MEANING_WEIGHT, or with the adaptive fusion less as
    the best word match covers more of the query (`covered`; 0 when some item holds every word).
    A question weighs the meaning at least QUESTION_MEANING_WEIGHT: its verbs and small words are
    found in many items ("wat *doet* een energiecoach"), so covering them says little."""
    if options().fusion != "adaptive":
        return MEANING_WEIGHT
    weight = MEANING_FLOOR + (MEANING_WEIGHT - MEANING_FLOOR) * (1.0 - covered)
    if options().question_meaning and text.is_question(text_query):
        weight = max(weight, QUESTION_MEANING_WEIGHT)
    return weight


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
