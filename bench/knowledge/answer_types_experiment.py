"""Experiment, not part of the product: does the kind of answer a question asks for help its ranking?

The search drops question words ("wanneer", "hoeveel", "wie", ...), yet they say what kind of answer
is wanted: a text that answers "wanneer moet het wijkuitvoeringsplan klaar zijn" tends to hold a
date or a deadline. Here a query typed as a question (`text.is_question`) gets, for each question
word it holds, one extra concept whose alternatives are the words of that kind of answer
(`answer_types/answer_types.json`, written by someone who had read only the domain description,
not the search code or any evaluation set; see its README). The concept only adds to an item's
score: each word weighs `text.SYNONYM_WEIGHT` (whole words, as a synonym), the concept counts with
`text.COMMON_LEAST` (as the most common words), it does not count in the coverage (importance 0,
so the coordination and the meaning's weight stay as they are), it finds no items of its own (not a
driver of the candidates) and it takes no part in the proximity.

The rule, written down with this script before it first ran, with this one setting and no other:
on the four development corpora the mean nDCG@10 must rise by at least +0.003 with no corpus losing
more than 0.005; only then is it run on holdout15 (written at the same time by someone else, not
run before), where it must gain at least +0.003 nDCG@10 and lose no more than 0.003 recall@10.

    .venv/bin/python bench/knowledge/answer_types_experiment.py [--corpus C ...]

Writes bench/results/knowledge-answer-types-experiment.json.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import experiment  # sets up Django on a scratch database

from flexpool.knowledge import ranking, search, text

HERE = Path(__file__).resolve().parent
ANSWER_WORDS: dict[str, list[str]] = json.loads((HERE / "answer_types" / "answer_types.json").read_text())


@dataclass(frozen=True)
class AnswerConcept(text.Concept):
    @property
    def specificity(self) -> float:  # type: ignore[override]
        return text.COMMON_LEAST


def answer_concepts(text_query: str) -> tuple[text.Concept, ...]:
    if not text.is_question(text_query):
        return ()
    out: dict[str, text.Concept] = {}
    for word in text.words(text_query, text.PLAIN):
        alternatives = tuple(
            a
            for a in (
                text.phrase_alternative(w, text.SYNONYM_WEIGHT, parts=False)
                for w in ANSWER_WORDS.get(word, ())
            )
            if a
        )
        if alternatives and word not in out:
            out[word] = AnswerConcept(word, alternatives, ("answer",) * len(alternatives))
    return tuple(out.values())


def without_answers(query: text.Query) -> text.Query:
    return text.Query(tuple(c for c in query.concepts if not isinstance(c, AnswerConcept)))


@contextmanager
def answer_types_on():
    prepare, drivers, importances, proximity = (
        search.prepare_query, search.drivers, ranking.importances, ranking.proximity_factor_of_terms
    )  # fmt: skip

    def prepare_query(text_query, *, parsed=None):
        prepared = prepare(text_query, parsed=parsed)
        extra = answer_concepts(text_query) if parsed is None and prepared.query else ()
        if not extra:
            return prepared
        query = text.Query(prepared.query.concepts + extra)
        return search.Prepared(
            query, ranking.term_stats(search.ITEMS, query.terms), prepared.suggestion, prepared.corrected
        )

    def weights(query, idf, df):
        own = importances(query, idf, df)
        return [0.0 if isinstance(c, AnswerConcept) else w for c, w in zip(query.concepts, own, strict=True)]

    search.prepare_query = prepare_query
    search.drivers = lambda query: drivers(without_answers(query))
    ranking.importances = weights
    ranking.proximity_factor_of_terms = lambda query, columns: proximity(without_answers(query), columns)
    try:
        yield
    finally:
        search.prepare_query, search.drivers, ranking.importances, ranking.proximity_factor_of_terms = (
            prepare, drivers, importances, proximity
        )  # fmt: skip


if __name__ == "__main__":
    experiment.command_line(__doc__, "answer-types", "answer types", answer_types_on)
