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

import argparse
import json
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import evaluate  # sets up Django on a scratch database

from flexpool.knowledge import ranking, search, text

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parents[1] / "bench" / "results" / "knowledge-answer-types-experiment.json"
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
        search.prepare_query, search.drivers, ranking.importances, ranking.proximity_factor
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
    ranking.proximity_factor = lambda query, columns: proximity(without_answers(query), columns)
    try:
        yield
    finally:
        search.prepare_query, search.drivers, ranking.importances, ranking.proximity_factor = (
            prepare, drivers, importances, proximity
        )  # fmt: skip


def measured(site: evaluate.Site, name: str, docs, queries) -> dict:
    site.loaded = None
    site.load(docs, evaluate.FULL, name)
    found = [(q, site.search(q.query)) for q in queries]
    per_query = {q.key: (evaluate.ndcg10(r, q.grades), evaluate.recall10(r, q.grades)) for q, r in found}
    questions = [q.key for q in queries if text.is_question(q.query)]
    return {
        "ndcg10": round(sum(n for n, _r in per_query.values()) / len(per_query), 4),
        "recall10": round(sum(r for _n, r in per_query.values()) / len(per_query), 4),
        "questions": len(questions),
        "ndcg10_questions": round(sum(per_query[q][0] for q in questions) / max(len(questions), 1), 4),
        "per_query": per_query,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", default=["generated", "independent", "fresh", "holdout"])
    args = parser.parse_args()
    site = evaluate.Site()
    before, after = {}, {}
    for name in args.corpus:
        docs, queries = evaluate.load_corpus(name)
        before[name] = measured(site, name, docs, queries)
        with answer_types_on():
            after[name] = measured(site, name, docs, queries)
    print(
        f"\n{'corpus':<12} {'shipped':>15} {'answer types':>15} {'Δ nDCG@10':>10}",
        f"{'questions':>10} {'shipped':>8} {'answer':>8}",
    )
    for name in args.corpus:
        b, a = before[name], after[name]
        shipped, changed = (f"{x['ndcg10']:.3f} / {x['recall10']:.3f}" for x in (b, a))
        print(
            f"{name:<12} {shipped:>15} {changed:>15} {a['ndcg10'] - b['ndcg10']:+10.4f} {b['questions']:>10} "
            f"{b['ndcg10_questions']:8.3f} {a['ndcg10_questions']:8.3f}"
        )
    mean_delta = sum(after[n]["ndcg10"] - before[n]["ndcg10"] for n in args.corpus) / len(args.corpus)
    print(f"\nmean Δ nDCG@10 {mean_delta:+.4f}")
    out = (
        RESULTS
        if args.corpus == ["generated", "independent", "fresh", "holdout"]
        else RESULTS.with_name(f"knowledge-answer-types-experiment-{'-'.join(args.corpus)}.json")
    )
    out.write_text(json.dumps({"before": before, "after": after}, indent=1, ensure_ascii=False) + "\n")
    print(f"written to {out.relative_to(HERE.parents[1])}")


if __name__ == "__main__":
    main()
