"""The learned order of the best candidates: gradient-boosted trees over the search's own signals.

After the fusion of words and meaning, the first CANDIDATES items of the fused ranking and the items
nearest in meaning (those that hold none of the query's words only when the fusion let the meaning
in, or on the first page) are put in the order of a model learnt from nineteen corpora of documents and
queries with graded judgements, most of them written by people who had not read the search code
(LambdaMART, `bench/knowledge/train_ranking.py`). The model weighs twenty signals per candidate
(`SIGNALS`): where the words, the meaning and the fusion place it, how much of the query it holds
(in the whole item, its title, its summary), the proximity of the words, how near its vector lies
to the query's, and a few facts about the query (a question? how much of it the best item holds?).
Nothing the viewer may not see takes part: the candidates come from searches that applied the
visibility and the filters already.

The trees are stored as plain numbers (`learned_ranking.json`) and evaluated with NumPy, so the
search needs no learning library; the benchmark that trains them checks that this evaluation gives
the library's own predictions.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from django.db import connection

from flexpool.knowledge import ranking, text, vectors

MODEL_FILE = Path(__file__).with_name("learned_ranking.json")
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


def _places(order: list[int]) -> dict[int, float]:
    return {pk: 1000.0 / (60 + place) for place, pk in enumerate(order, start=1)}


def _share(query: text.Query, importance: list[float], present: set[str]) -> float:
    total = sum(importance) or 1.0
    return sum(w for c, w in zip(query.concepts, importance, strict=True) if present & set(c.terms)) / total


def _columns(ids: list[int]) -> dict[int, tuple[list[str], ...]]:
    """The index columns of the items, as `ranking.head_columns` reads them (one query, whatever
    the number of items)."""
    marks = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, search_title, search_summary,"
            f" substr(search_body, 1, {ranking.PROXIMITY_BODY_CHARS})"
            f" FROM knowledge_knowledgeitem WHERE id IN ({marks})",
            ids,
        )
        return {
            pk: (title.split(), summary.split(), body.split())
            for pk, title, summary, body in cursor.fetchall()
        }


def _proximity(
    query: text.Query, title: list[str], summary: list[str], body: list[str], anywhere: set
) -> float:
    """`ranking.proximity_factor` − 1; 0 at once when the item holds fewer than two of the
    query's concepts (no pair can stand close)."""
    if sum(1 for c in query.concepts if anywhere.intersection(c.terms)) < 2:
        return 0.0
    return ranking.proximity_factor(query, [" ".join(title), " ".join(summary), " ".join(body)]) - 1.0


def candidates(evidence: Evidence) -> list[int]:
    best = [pk for pk, _s in evidence.fused[:CANDIDATES]]
    return list(dict.fromkeys(best + [pk for pk, _s in evidence.meaning]))


def signals(evidence: Evidence, ids: list[int], stats: tuple) -> np.ndarray:
    """One row of SIGNALS per candidate in `ids`."""
    query, words = evidence.query, evidence.words
    docs, _avg, df = stats
    importance = ranking.importances(query, ranking._idf(docs, df, query.terms), df)
    chosen = evidence.feedback
    chosen_total = sum(chosen.values()) or 1.0
    columns = _columns(ids)
    query_vector = evidence.nearest.vector()
    stored = evidence.nearest.vectors_of(ids) if query_vector is not None else {}
    cosine = {pk: float((stored[pk] @ query_vector).max()) for pk in ids if pk in stored}
    best_cosine = max(cosine.values(), default=0.0)
    best_words = [stored[pk][0] for pk, _s in evidence.ranked[: ranking.FEEDBACK_ITEMS] if pk in stored]
    aim = query_vector if not best_words else 0.5 * query_vector + 0.5 * np.mean(best_words, axis=0)
    if aim is not None:
        aim = aim / (np.linalg.norm(aim) or 1.0)
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
    out = []
    for pk in ids:
        title, summary, body = columns.get(pk, ([], [], []))
        in_title, in_summary = set(title), set(summary)
        anywhere = in_title | in_summary | set(body)
        near = cosine.get(pk, 0.0)
        out.append([
            fused_places.get(pk, 0.0),
            word_places.get(pk, 0.0),
            meaning_places.get(pk, 0.0),
            word_score.get(pk, 0.0) / top_word,
            evidence.coverage.get(pk, 0.0),
            _share(query, importance, in_title),
            _share(query, importance, in_summary),
            _proximity(query, title, summary, body, anywhere),
            sum(w for term, w in chosen.items() if term in anywhere) / chosen_total,
            near,
            near - best_cosine,
            float((stored[pk] @ aim).max()) if pk in stored and aim is not None else 0.0,
            math.log1p(len(title) + len(summary) + len(body)),
            *per_query,
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
    a value at or below the threshold goes left) or a leaf (signal −1 and its value)."""

    def __init__(self, trees: list[dict]) -> None:
        # All nodes in one flat array per field, each tree in a block of `width` places; a child is
        # stored as its place in the flat array.
        width = max(len(t["signal"]) for t in trees)
        size = len(trees) * width
        self.signal = np.full(size, -1, dtype=np.int64)
        self.threshold = np.zeros(size)
        self.left = np.zeros(size, dtype=np.int64)
        self.right = np.zeros(size, dtype=np.int64)
        self.value = np.zeros(size)
        for number, tree in enumerate(trees):
            start, n = number * width, len(tree["signal"])
            self.signal[start : start + n] = tree["signal"]
            self.threshold[start : start + n] = tree["threshold"]
            self.left[start : start + n] = np.asarray(tree["left"]) + start
            self.right[start : start + n] = np.asarray(tree["right"]) + start
            self.value[start : start + n] = tree["value"]
        self.roots = np.arange(len(trees)) * width

    def predict(self, rows: np.ndarray) -> np.ndarray:
        count, width = len(rows), rows.shape[1] if rows.ndim == 2 else 0
        node = np.tile(self.roots, count)  # per (candidate, tree), the node it has reached
        sample = np.repeat(np.arange(count), len(self.roots))
        values = rows.ravel()
        walking = np.arange(node.size)  # the pairs not at a leaf yet
        while walking.size:
            at = node[walking]
            signal = self.signal[at]
            split = signal >= 0
            walking, at, signal = walking[split], at[split], signal[split]
            goes_left = values[sample[walking] * width + signal] <= self.threshold[at]
            node[walking] = np.where(goes_left, self.left[at], self.right[at])
        return self.value[node].reshape(count, len(self.roots)).sum(axis=1)


@cache
def model() -> Trees:
    stored = json.loads(MODEL_FILE.read_text())
    if tuple(stored["signals"]) != SIGNALS:
        raise ValueError(f"{MODEL_FILE.name} was learnt for other signals: train it again")
    return Trees(stored["trees"])
