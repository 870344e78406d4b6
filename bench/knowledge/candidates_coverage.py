"""Diagnosis, not part of the product: where do the documents a query should find get lost?

For every query of the written corpora, the documents graded 2 or 3 are counted in three places:
among the candidates that the learned order receives (`learned.candidates`), on the first page
without the learned order, and on the first page with the order as shipped. Per kind of query,
separately for the corpora the order learnt from and those held out. If a kind loses its documents
before the order sees them, better ordering cannot help it; if they are among the candidates but
not on the first page, the order is what to improve.

The candidates and signals come from `train_ranking.gathered` (kept in the temporary folder; a
corpus not gathered yet is gathered first, about a minute each).

    .venv/bin/python bench/knowledge/candidates_coverage.py
"""

from __future__ import annotations

import json
from collections import defaultdict

import evaluate  # sets up Django on a scratch database
import numpy as np
import train_ranking
from experiment import RESULTS
from more_corpora_experiment import ordered

from flexpool.knowledge import learned

PLACES = ("candidates", "first page without the learned order", "first page as shipped")


def main() -> None:
    site = evaluate.Site()
    model = learned.model()
    found: dict[tuple[str, str], np.ndarray] = defaultdict(lambda: np.zeros(1 + len(PLACES)))
    for name in evaluate.WRITTEN:
        group = "learnt from" if name in train_ranking.LEARNT_FROM else "held out"
        _docs, labelled = evaluate.load_corpus(name)
        for judged, query in zip(labelled, train_ranking.gathered(site, name), strict=True):
            good = {doc for doc, grade in query.grades.items() if grade >= 2}
            if not good:
                continue
            learnt_order = ordered(model.predict, query)[:10]
            places = (set(query.docs), set(query.shipped[:10]), set(learnt_order))
            kind = judged.kind.removesuffix("s")  # the earliest corpora name kinds in the singular
            found[group, kind] += [len(good), *(len(good & place) for place in places)]
    rows = {
        f"{group}: {kind}": {"documents graded 2 or 3": int(counts[0])}
        | {place: round(float(counts[i + 1] / counts[0]), 3) for i, place in enumerate(PLACES)}
        for (group, kind), counts in sorted(found.items())
    }
    print(f"\n{'':<26} {'graded ≥ 2':>10} {'candidates':>11} {'p1 plain':>9} {'p1 shipped':>11}")
    for label, row in rows.items():
        values = list(row.values())
        print(f"{label:<26} {values[0]:>10} {values[1]:>11.3f} {values[2]:>9.3f} {values[3]:>11.3f}")
    out = RESULTS / "knowledge-candidates-coverage.json"
    out.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
    print(f"written to {out.relative_to(RESULTS.parents[1])}")


if __name__ == "__main__":
    main()
