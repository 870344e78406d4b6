"""How the search scores and orders what it finds: BM25F with coordination, proximity, feedback from
the best items, and the fusion with the items nearest in meaning.

`Options` says which of these steps run (all in production; the quality benchmark switches them off
one at a time). The same numbers on both databases: everything here reads plain columns and the term
statistics (`TermStat`), never an engine's own rank.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy as np
from django.db.models.functions import Substr

from flexpool.knowledge import indexing, text, vectors
from flexpool.knowledge.fulltext import ITEMS, REQUESTS, IndexSpec
from flexpool.knowledge.models import KnowledgeItem, TermStat

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
# The learned order costs 5–12 ms a search at p95; where the CPU is too slow for it, an operator switches
# it off with FLEXPOOL_LEARNED_ORDER=0 (docs/operations.md).
LEARNED_ORDER = os.environ.get("FLEXPOOL_LEARNED_ORDER", "1").strip() != "0"


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
    # Re-order the best candidates with the order learnt from the written corpora (`learned`).
    learned: bool = LEARNED_ORDER


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


def term_stats(spec: IndexSpec, terms: list[str]) -> tuple[int, float, dict[str, int]]:
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
    return term_stats(ITEMS, terms)[2]


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
    scored, coverage = scored_with_coverage(candidates, query, stats)
    return scored, round(max(coverage.values(), default=0.0), 6)


def scored_with_coverage(
    candidates: dict[int, tuple[int, dict[str, int]]], query: text.Query, stats: tuple
) -> tuple[list[tuple[int, float]], dict[int, float]]:
    """`rank_items`, and the share of the query's concepts (weighted by idf) that each candidate holds."""
    docs, avg_length, df = stats
    idf = _idf(docs, df, query.terms)
    importance = importances(query, idf, df)
    scored, coverage = [], {}
    for item_id, (length, weights) in candidates.items():
        tf = {t: w / 2 for t, w in weights.items()}
        value, coverage[item_id] = score(query, tf, length, avg_length, idf, importance)
        scored.append((item_id, value))
    scored.sort(key=lambda pair: (-pair[1], pair[0]))
    return scored, coverage


def _positions(columns: Sequence[list[str]], wanted: set[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    offset = 0
    for terms in columns:
        position = offset
        for position, term in enumerate(terms, start=offset):
            if term in wanted:
                out.setdefault(term, []).append(position)
        offset = position + PROXIMITY_SPAN + 2  # fields do not run into each other
    return out


def proximity_factor(query: text.Query, columns: list[str]) -> float:
    """1 plus up to `PROXIMITY_BONUS`: the share of neighbouring query concepts that stand close."""
    if len(query.concepts) < 2:
        return 1.0
    return proximity_factor_of_terms(query, [value.split() for value in columns])


def proximity_factor_of_terms(query: text.Query, columns: Sequence[list[str]]) -> float:
    """`proximity_factor` of columns already split into their terms."""
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
    ranked: list[tuple[int, float]],
    query: text.Query,
    rows: dict[int, list[str]],
    chosen: dict[str, float] | None = None,
) -> list[tuple[int, float]]:
    """Pseudo-relevance feedback among the best `PROXIMITY_DEPTH` items: the terms that stand out in
    the best FEEDBACK_ITEMS (tf share × idf, not the query's own) are taken as what the query is
    about, and each item's score grows by up to FEEDBACK_BONUS with the share of their weight it
    holds, so an item about the same thing in other words moves up among the near misses.
    `chosen` passes those terms when they are known already (`feedback_terms`)."""
    if len(ranked) <= FEEDBACK_ITEMS:
        return ranked
    if chosen is None:
        chosen = feedback_terms(ranked, query, rows)
    total = sum(chosen.values())
    if not total:
        return ranked

    def factor(pk: int) -> float:
        present = set(" ".join(rows.get(pk, [])).split())
        share = sum(w for term, w in chosen.items() if term in present) / total
        return 1.0 + FEEDBACK_BONUS * share

    return _rescored_head(ranked, factor)


def feedback_terms(
    ranked: list[tuple[int, float]], query: text.Query, rows: dict[int, list[str]]
) -> dict[str, float]:
    """The FEEDBACK_TERMS terms (not the query's own) that stand out in the best FEEDBACK_ITEMS
    items, by their share of each item's terms times their idf."""
    asked = set(query.terms)
    best = [" ".join(rows.get(pk, [])).split() for pk, _s in ranked[:FEEDBACK_ITEMS]]
    candidates = sorted({t for terms in best for t in terms if t not in asked and len(t) > 2})
    docs, _avg, df = term_stats(ITEMS, candidates)
    idf = _idf(docs, df, candidates)
    weights: Counter = Counter()
    for terms in best:
        for term, n in Counter(terms).items():
            if term in idf:
                weights[term] += n / len(terms) * idf[term]
    return dict(sorted(weights.items(), key=lambda pair: (-pair[1], pair[0]))[:FEEDBACK_TERMS])


def rank(spec: IndexSpec, model: Any, ids: list[int], query: text.Query) -> list[tuple[int, float]]:
    """BM25F over the candidates' columns; ties broken by id. Same result on every engine."""
    if not ids:
        return []
    terms = query.terms
    docs, avg_length, df = term_stats(spec, terms)
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
