"""Experiment, not part of the product: can a learned linear re-ranking of the search's own signals
order the first ten better than the search as shipped?

For every query of the development corpora the candidates are the union of the 50 best items of
the search as shipped, of the words alone and of the meaning alone (nearly every relevant item is
among them: the best order of the candidates scores nDCG@10 0.99 on the independent corpus). Each
candidate gets the signals the search already computes:

- its place in the search as shipped, in the words alone and in the meaning alone, each as
  1000 / (60 + place) (0 when it is not among the first 100);
- its word score relative to the best item's, its cosine similarity to the query, and that
  similarity minus the best one;
- the meaning's place and similarity times (1 − the best item's coverage of the query), the
  meaning's place for a question, and the word score times that coverage.

A weight vector is found by coordinate ascent on the mean nDCG@10 of three corpora, starting from
the search as shipped (weight 1 on its own place, 0 elsewhere), and scored on the fourth (leave one
corpus out). The held-out corpora are not used.

    .venv/bin/python bench/knowledge/rerank_experiment.py
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

import evaluate  # sets up Django on a scratch database
import numpy as np

from flexpool.knowledge import ranking, search, text, vectors, visibility
from flexpool.knowledge.models import ItemVector

DEVELOPMENT = ("generated", "independent", "fresh", "holdout")
DEPTH = 50
SIGNALS = (
    "place as shipped",
    "place in words",
    "place in meaning",
    "word score / best",
    "cosine",
    "cosine − best",
    "(cosine − best) × uncovered",
    "place in meaning × uncovered",
    "place in meaning × question",
    "word score × coverage",
)
STEPS = (-2, -1, -0.5, -0.25, -0.1, -0.05, 0.05, 0.1, 0.25, 0.5, 1, 2)


@dataclass
class Query:
    grades: dict[str, int]
    shipped: list[str]
    docs: list[str]
    signals: np.ndarray  # one row per candidate, one column per SIGNALS


def _place(order: list[int]) -> dict[int, float]:
    return {pk: 1000.0 / (60 + place) for place, pk in enumerate(order, start=1)}


def _hits(viewer: visibility.Viewer, query: str, options: ranking.Options) -> list[tuple[int, float]]:
    """The first 100 items of a search with these steps, as (id, score)."""
    with ranking.using_options(options):
        found = search.search_items(
            viewer=viewer, text_query=query, per_page=100, with_facets=False, load=False
        )
    return [(hit.id, hit.score) for hit in found.hits]


def collect(site: evaluate.Site, name: str) -> list[Query]:
    docs, queries = evaluate.load_corpus(name)
    site.load(docs, evaluate.FULL, name)
    viewer = visibility.viewer_for(site.coordinator)
    stored: dict[int, list[np.ndarray]] = {}
    for row in ItemVector.objects.all():
        stored.setdefault(row.item_id, []).append(np.frombuffer(bytes(row.vector), dtype=np.float32))
    where = search.where_for(viewer, search.Filters())
    out = []
    for labelled in queries:
        shipped = [pk for pk, _s in _hits(viewer, labelled.query, ranking.Options())]
        words = _hits(viewer, labelled.query, replace(ranking.Options(), meaning=False))
        prepared = search.prepare_query(labelled.query)
        covered = 0.0
        if prepared.query:
            found = search._item_candidates(prepared.query, "any", where, prepared.stats, search.WINDOW)
            if found:
                covered = ranking.ranked_with_coverage(found, prepared.query, prepared.stats)[1]
        query_vector = vectors.embed_query(prepared.suggestion or labelled.query)
        cosine = {pk: float(max(v @ query_vector for v in vs)) for pk, vs in stored.items()}
        by_meaning = sorted(cosine, key=lambda pk: (-cosine[pk], pk))
        best_cosine = cosine[by_meaning[0]] if by_meaning else 0.0
        top_word = words[0][1] if words and words[0][1] > 0 else 1.0
        relative = {pk: s / top_word for pk, s in words}
        places = _place(shipped), _place([pk for pk, _s in words]), _place(by_meaning[:100])
        question = 1.0 if text.is_question(labelled.query) else 0.0
        candidates = sorted(set(shipped[:DEPTH]) | {pk for pk, _s in words[:DEPTH]} | set(by_meaning[:DEPTH]))
        rows = []
        for pk in candidates:
            near = cosine.get(pk, 0.0)
            meaning_place = places[2].get(pk, 0.0)
            rows.append([
                places[0].get(pk, 0.0), places[1].get(pk, 0.0), meaning_place, relative.get(pk, 0.0),
                near, near - best_cosine, (near - best_cosine) * (1 - covered),
                meaning_place * (1 - covered), meaning_place * question, relative.get(pk, 0.0) * covered,
            ])  # fmt: skip
        out.append(
            Query(
                labelled.grades,
                [site.ids[pk] for pk in shipped],
                [site.ids[pk] for pk in candidates],
                np.array(rows, dtype=float).reshape(len(rows), len(SIGNALS)),
            )
        )
    return out


def mean_ndcg(queries: list[Query], weights: np.ndarray) -> float:
    total = 0.0
    for query in queries:
        if query.docs:
            scores = query.signals @ weights
            order = np.lexsort((np.arange(len(query.docs)), -scores))
            total += evaluate.ndcg10([query.docs[i] for i in order[:10]], query.grades)
    return total / len(queries)


def ascend(queries: list[Query], weights: np.ndarray, rounds: int = 4) -> np.ndarray:
    best = mean_ndcg(queries, weights)
    for _round in range(rounds):
        improved = False
        for j in range(len(weights)):
            for step in STEPS:
                trial = weights.copy()
                trial[j] += step * (abs(weights[j]) or 0.2)
                value = mean_ndcg(queries, trial)
                if value > best + 1e-6:
                    best, weights, improved = value, trial, True
        if not improved:
            break
    return weights


def main() -> None:
    site = evaluate.Site()
    corpora = {name: collect(site, name) for name in DEVELOPMENT}
    shipped = np.zeros(len(SIGNALS))
    shipped[0] = 1.0
    print(f"\n{'held out':12} {'as shipped':>10} {'re-ranked':>10} {'train before':>12} {'train after':>11}")
    rows = []
    for held in DEVELOPMENT:
        train = [q for name in DEVELOPMENT if name != held for q in corpora[name]]
        weights = ascend(train, shipped.copy())
        row = {
            "held_out": held,
            "as_shipped": round(
                sum(evaluate.ndcg10(q.shipped, q.grades) for q in corpora[held]) / len(corpora[held]), 4
            ),
            "re_ranked": round(mean_ndcg(corpora[held], weights), 4),
            "train_before": round(mean_ndcg(train, shipped), 4),
            "train_after": round(mean_ndcg(train, weights), 4),
            "weights": dict(zip(SIGNALS, np.round(weights, 3).tolist(), strict=True)),
        }
        rows.append(row)
        print(
            f"{held:12} {row['as_shipped']:10.3f} {row['re_ranked']:10.3f} {row['train_before']:12.3f}"
            f" {row['train_after']:11.3f}",
            flush=True,
        )
    out = evaluate.ROOT / "bench" / "results" / "knowledge-rerank-experiment.json"
    out.write_text(json.dumps(rows, indent=1, ensure_ascii=False))
    print(f"\nwritten to {out}")


if __name__ == "__main__":
    main()
