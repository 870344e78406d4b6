"""The learned order of the best candidates: gradient-boosted trees over the search's own signals.

After the fusion of words and meaning, the first CANDIDATES items of the fused ranking and the items
nearest in meaning (those that hold none of the query's words only when the fusion let the meaning
in, or on the first page) are put in the order of a model learnt from twenty-nine corpora of documents
and queries with graded judgements, most of them written by people who had not read the search code
(LambdaMART, `bench/knowledge/train_ranking.py`). The model weighs twenty-two signals per candidate
(`SIGNALS`): where the words, the meaning and the fusion place it, how much of the query it holds
(in the whole item, its title, its summary), the proximity of the words, how near its vector lies
to the query's, whether it holds a thesaurus entry near the query in meaning (`entry_vectors`), and
a few facts about the query (a question? how much of it the best item holds?).
Nothing the viewer may not see takes part: the candidates come from searches that applied the
visibility and the filters already.

The trees are stored as plain numbers (`learned_ranking.json`) and evaluated with NumPy, so the
search needs no learning library; the benchmark that trains them checks that this evaluation gives
the library's own predictions.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from django.db import connection

from flexpool.knowledge import entry_vectors, ranking, text, vectors

MODEL_FILE = Path(__file__).with_name("learned_ranking.json")
Columns = tuple[list[str], list[str], list[str]]  # an item's title, summary and start of its text, as terms
# The first CANDIDATES items of the fused ranking take part, with every item found by meaning.
CANDIDATES = 50
FIRST_PAGE = 10
SIGNALS = (
    "place as shipped",
    "place in words",
    "place in meaning",
    "word score / best",
    "coverage",
    "title coverage",
    "summary coverage",
    "proximity",
    "feedback share",
    "cosine",
    "cosine − best",
    "cosine to the moved query",
    "log length",
    "best coverage (query)",
    "question (query)",
    "concepts (query)",
    "meaning weight (query)",
    "corrected (query)",
    "log items with a word (query)",
    "best cosine (query)",
    "nearest entry held",
    "nearest entry (query)",
)


@dataclass
class Evidence:
    """What the search found on its way to the fused ranking (`search.search_items`)."""

    typed: str
    query: text.Query
    corrected: bool  # a spelling correction was suggested
    found: int  # items holding a word of the query
    words: list[tuple[int, float]]  # the word ranking by BM25F alone
    coverage: dict[int, float]  # each word match's share of the query
    feedback: dict[str, float]  # the terms standing out in the best word matches (`ranking.feedback_terms`)
    ranked: list[tuple[int, float]]  # the word ranking after proximity and both feedbacks
    meaning: list[tuple[int, float]]  # the nearest items
    weight: float  # the meaning's weight in the fusion
    fused: list[tuple[int, float]]
    nearest: vectors.Nearest
    word_facts: dict[int, WordFacts]  # worked out before the meaning was in (`prefetch`)


@dataclass(frozen=True)
class WordFacts:
    """What the signals take from a candidate's own words, whatever the meaning finds."""

    title_share: float
    summary_share: float
    proximity: float
    feedback_share: float
    log_length: float
    terms: frozenset[str]  # every term of its title, summary and start of its text


@dataclass(frozen=True)
class _Wanted:
    """What `WordFacts` looks for: the query's concepts with their importance, the feedback terms."""

    query: text.Query
    concepts: list[frozenset[str]]
    importance: list[float]
    chosen: dict[str, float]
    chosen_total: float  # the feedback terms' weights together (1 when there are none)
    terms: frozenset[str]

    @classmethod
    def of(cls, query: text.Query, stats: tuple, chosen: dict[str, float]) -> _Wanted:
        docs, _avg, df = stats
        importance = ranking.importances(query, ranking._idf(docs, df, query.terms), df)
        concepts = [frozenset(c.terms) for c in query.concepts]
        chosen_total = sum(chosen.values()) or 1.0
        return cls(query, concepts, importance, chosen, chosen_total, frozenset(chosen).union(*concepts))

    def facts(self, columns: Columns) -> WordFacts:
        title, summary, body = columns
        in_title, in_summary = self.terms.intersection(title), self.terms.intersection(summary)
        present = in_title | in_summary | self.terms.intersection(body)
        return WordFacts(
            _share(self.concepts, self.importance, in_title),
            _share(self.concepts, self.importance, in_summary),
            _proximity(self.query, self.concepts, columns, present),
            sum(w for term, w in self.chosen.items() if term in present) / self.chosen_total,
            math.log1p(len(title) + len(summary) + len(body)),
            frozenset(title).union(summary, body),
        )


def _places(order: list[int]) -> dict[int, float]:
    return {pk: 1000.0 / (60 + place) for place, pk in enumerate(order, start=1)}


def _share(concepts: list[frozenset[str]], importance: list[float], present: set[str]) -> float:
    """The importance-weighted share of the query's concepts (each as its set of terms) with some
    term in `present`."""
    total = sum(importance) or 1.0
    held = (w for terms, w in zip(concepts, importance, strict=True) if not terms.isdisjoint(present))
    return sum(held) / total


def _columns(ids: list[int]) -> dict[int, Columns]:
    """The index columns of the items, as `ranking.head_columns` reads them: one statement,
    whatever the number of items, also none (the number of statements may not depend on the data)."""
    marks = ", ".join(["%s"] * len(ids)) or "NULL"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, search_title, search_summary,"
            f" substr(search_body, 1, {ranking.PROXIMITY_BODY_CHARS})"
            f" FROM knowledge_knowledgeitem WHERE id IN ({marks})",
            ids,
        )
        return {pk: _split((title, summary, body)) for pk, title, summary, body in cursor.fetchall()}


def _split(columns: Sequence[str]) -> Columns:
    title, summary, body = columns
    return title.split(), summary.split(), body.split()


def prefetch(
    ranked: list[tuple[int, float]],
    rows: dict[int, list[str]],
    nearest: vectors.Nearest,
    query: text.Query,
    stats: tuple,
    chosen: dict[str, float],
) -> dict[int, WordFacts]:
    """What the signals need of the candidates the words bring, worked out while the query is
    still being embedded (the search would wait for it anyway): their `WordFacts`, from their
    index columns (beyond the `rows` that `ranking.head_columns` read), and their vectors. Every
    candidate not found by meaning is among the first CANDIDATES of the word ranking: the fusion
    puts each of those above any item further down that the meaning did not find. `query`, `stats`
    and `chosen` (the feedback terms) are those the search ranks with."""
    ids = [pk for pk, _s in ranked[:CANDIDATES]]
    columns = {pk: _split(rows[pk]) for pk in ids if pk in rows}
    columns.update(_columns([pk for pk in ids if pk not in columns]))
    nearest.prefetch(ids)
    wanted = _Wanted.of(query, stats, chosen)
    return {pk: wanted.facts(found) for pk, found in columns.items()}


def _proximity(
    query: text.Query, concepts: list[frozenset[str]], columns: Columns, present: AbstractSet[str]
) -> float:
    """`ranking.proximity_factor` − 1; 0 at once when the item holds fewer than two of the
    query's concepts (no pair can stand close)."""
    if sum(1 for terms in concepts if not terms.isdisjoint(present)) < 2:
        return 0.0
    return ranking.proximity_factor_of_terms(query, columns) - 1.0


def candidates(evidence: Evidence) -> list[int]:
    best = [pk for pk, _s in evidence.fused[:CANDIDATES]]
    return list(dict.fromkeys(best + [pk for pk, _s in evidence.meaning]))


def signals(evidence: Evidence, ids: list[int], stats: tuple) -> np.ndarray:
    """One row of SIGNALS per candidate in `ids`."""
    query, words = evidence.query, evidence.words
    wanted = _Wanted.of(query, stats, evidence.feedback)
    facts = dict(evidence.word_facts)
    missing = [pk for pk in ids if pk not in facts]
    facts.update({pk: wanted.facts(columns) for pk, columns in _columns(missing).items()})
    nothing = wanted.facts(([], [], []))
    query_vector = evidence.nearest.vector()
    stored = evidence.nearest.vectors_of(ids, always_ask=True) if query_vector is not None else {}
    cosine = {pk: float((stored[pk] @ query_vector).max()) for pk in ids if pk in stored}
    best_cosine = max(cosine.values(), default=0.0)
    best_words = [stored[pk][0] for pk, _s in evidence.ranked[: ranking.FEEDBACK_ITEMS] if pk in stored]
    aim = query_vector if not best_words else 0.5 * query_vector + 0.5 * np.mean(best_words, axis=0)
    if aim is not None:
        aim = aim / (np.linalg.norm(aim) or 1.0)
    near_entries = entry_vectors.nearest(query_vector)
    top_word = words[0][1] if words and words[0][1] > 0 else 1.0
    word_score = dict(words)
    fused_places = _places([pk for pk, _s in evidence.fused[:100]])
    word_places = _places([pk for pk, _s in evidence.ranked[:100]])
    meaning_places = _places([pk for pk, _s in evidence.meaning])
    per_query = [
        max(evidence.coverage.values(), default=0.0),
        1.0 if text.is_question(evidence.typed) else 0.0,
        float(len(query.concepts)),
        evidence.weight,
        1.0 if evidence.corrected else 0.0,
        math.log1p(evidence.found),
        best_cosine,
    ]
    nearest_entry = near_entries[0][0] if near_entries else 0.0
    out = []
    for pk in ids:
        item = facts.get(pk, nothing)
        near = cosine.get(pk, 0.0)
        entry_held = max(
            (e for e, keys in near_entries if entry_vectors.holds(keys, item.terms)), default=0.0
        )
        out.append([
            fused_places.get(pk, 0.0),
            word_places.get(pk, 0.0),
            meaning_places.get(pk, 0.0),
            word_score.get(pk, 0.0) / top_word,
            evidence.coverage.get(pk, 0.0),
            item.title_share,
            item.summary_share,
            item.proximity,
            item.feedback_share,
            near,
            near - best_cosine,
            float((stored[pk] @ aim).max()) if pk in stored and aim is not None else 0.0,
            item.log_length,
            *per_query,
            entry_held,
            nearest_entry,
        ])  # fmt: skip
    return np.asarray(out, dtype=float).reshape(len(out), len(SIGNALS))


def reordered(evidence: Evidence, stats: tuple) -> list[tuple[int, float]]:
    """The fused ranking with its candidates in the learned order first (ties keep the fused
    order); the scores stay with the places, so the ranking keeps its scale."""
    ids = candidates(evidence)
    if len(ids) < 2:
        return evidence.fused
    predicted = model().predict(signals(evidence, ids, stats))
    order = [ids[i] for i in np.lexsort((np.arange(len(ids)), -predicted))]
    if evidence.weight <= 0:
        # The words cover the query, so the fusion added nothing found by meaning alone: such an
        # item is shown only where the learned order puts it on the first page.
        fused = {pk for pk, _s in evidence.fused}
        order = [pk for place, pk in enumerate(order) if pk in fused or place < FIRST_PAGE]
    fused_scores = [s for _pk, s in evidence.fused[: len(order)]]
    lowest = fused_scores[-1] if fused_scores else 0.0
    scores = fused_scores + [lowest] * (len(order) - len(fused_scores))
    taken = set(order)
    return list(zip(order, scores, strict=True)) + [(pk, s) for pk, s in evidence.fused if pk not in taken]


class Trees:
    """Regression trees whose outputs add up to a candidate's score, evaluated for all candidates
    and all trees at once. Each tree is a list of nodes: a split (signal, threshold, left, right;
    a value at or below the threshold goes left) or a leaf (signal −1 and its value).

    Rather than walking each tree node by node, every split of every tree is tested at once and
    the leaf is read from bits (as QuickScorer does): each tree's leaves are numbered from left to
    right, a split whose test fails rules out the leaves to its left, and the leaf reached is the
    leftmost one that no failed test ruled out (the bits ruled out by a tree's failed tests are
    or-ed together and the rest kept).
    """

    def __init__(self, trees: list[dict], columns: Sequence[int] | None = None) -> None:
        splits = [_splits(tree) for tree in trees]
        leaves = max(len(tree_leaves) for _s, tree_leaves in splits)
        if leaves > 32:
            raise ValueError(f"a tree with {leaves} leaves: at most 32 fit in the bits")
        # Every tree gets as many splits as the largest, the added ones never fail.
        width = max(len(tree_splits) for tree_splits, _l in splits) or 1
        self.bits = np.uint16 if leaves <= 16 else np.uint32
        self.signal = np.zeros((len(trees), width), dtype=np.int64)
        self.threshold = np.full((len(trees), width), np.inf)
        self.ruled_out = np.zeros((len(trees), width), dtype=self.bits)
        self.values = np.zeros((len(trees), leaves))
        for number, (tree_splits, tree_leaves) in enumerate(splits):
            for place, (signal, threshold, left_leaves) in enumerate(tree_splits):
                self.signal[number, place] = signal
                self.threshold[number, place] = threshold
                self.ruled_out[number, place] = left_leaves
            self.values[number, : len(tree_leaves)] = tree_leaves
        if columns is not None:  # the trees' signal n is column columns[n] of the rows
            self.signal = np.asarray(columns, dtype=np.int64)[self.signal]
        self.signal, self.threshold = self.signal.ravel(), self.threshold.ravel()
        self.ruled_out = self.ruled_out.ravel()
        self.width = width
        self.first_value = np.arange(len(trees)) * leaves

    def predict(self, rows: np.ndarray) -> np.ndarray:
        count = len(rows)
        failed = ~(rows[:, self.signal] <= self.threshold)  # NaN (never a signal) goes right
        ruled_out = (failed * self.ruled_out).reshape(count, len(self.first_value), self.width)
        possible = ~np.bitwise_or.reduce(ruled_out, axis=2)
        # The lowest bit set: the leftmost leaf still possible (frexp gives its power of two).
        leaf = np.frexp(possible & (~possible + self.bits(1)))[1] - 1
        return np.take(self.values.ravel(), leaf + self.first_value).sum(axis=1)


def _splits(tree: dict) -> tuple[list[tuple[int, float, int]], list[float]]:
    """A tree's splits (signal, threshold, the bits of the leaves to their left) and its leaves'
    values from left to right."""
    splits: list[tuple[int, float, int]] = []
    leaves: list[float] = []

    def visit(node: int) -> int:
        if tree["signal"][node] < 0:
            leaves.append(tree["value"][node])
            return 1 << (len(leaves) - 1)
        left = visit(tree["left"][node])
        right = visit(tree["right"][node])
        splits.append((tree["signal"][node], tree["threshold"][node], left))
        return left | right

    visit(0)
    return splits, leaves


@cache
def model() -> Trees:
    """The stored trees, reading the signals they were learnt with (a signal added since is
    computed but not weighed until the trees are learnt again)."""
    return trees_of(json.loads(MODEL_FILE.read_text()), MODEL_FILE.name)


def trees_of(stored: dict, source: str) -> Trees:
    """Trees as `learned_ranking.json` stores them (`source` names where they came from), refused
    when they were learnt for a signal the search lacks."""
    unknown = [name for name in stored["signals"] if name not in SIGNALS]
    if unknown:
        raise ValueError(f"{source} was learnt for signals the search lacks ({unknown}): train it again")
    return Trees(stored["trees"], columns=[SIGNALS.index(name) for name in stored["signals"]])
