"""Experiment, not part of the product: the learned order in a small knowledge base.

In the twenty-eighth round the learned order was learnt to weigh what the nearest items in meaning
are about (`learned._neighbours` at commit 5c8209e: the five nearest items' mean vector and the
terms they share). In a collection of about the meaning's depth (`ranking.MEANING_DEPTH`, 50
items) or smaller, those nearest items are much of the collection: they say what the collection
is about, not what the query is about. In the test suite's collection of seven items that order
put the item about energy cooperatives sixth for "lokale stroomcollectieven", where the order
before puts it in the first three. One case decides nothing, but a new pool's knowledge base is small, so this
measures it: each corpus not learnt from (holdout27 to holdout38) is cut to a collection of 15 and
of 40 documents (drawn with a fixed seed; a query takes part when the collection holds a document
graded 2 or 3 for it, and is judged on the documents the collection holds), searched through the
API as `train_ranking.gathered` does, and ordered by the trees as shipped and by the trees shipped
before (learnt from the same corpora without the two signals, `BEFORE`).

The rule, written down with this script before it first ran: when the mean nDCG@10 over the
twenty-four small collections is lower with the trees as shipped than with the trees before, the
search orders with the trees before whenever the meaning finds fewer than `ranking.MEANING_DEPTH`
items (the viewer sees fewer items than that), and with the trees as shipped otherwise. When it is
not lower, the search keeps one order for every size.

The same run orders the full corpora (holdout27 to holdout38) with both trees, for the figures.

Run on 7 December 2026: over the twenty-four small collections (15 to 51 queries each) the trees
as shipped scored a mean nDCG@10 0.0012 above the trees before (10 collections up, 14 down, from
−0.026 to +0.042): not lower, so the search keeps one order for every size. The seven-item case
stays a case. The two signals were not kept for other reasons (their cost at 100,000 items;
`entries_experiment.py`), so the order as shipped is the order before again and this script, run
now, compares it with itself; the commit that ran it (5c8209e) runs it again.

    .venv/bin/python bench/knowledge/small_collections_experiment.py

Writes bench/results/knowledge-small-collections-experiment.json.
"""

from __future__ import annotations

import json
import random
import subprocess
from dataclasses import replace

import evaluate  # sets up Django on a scratch database
import learned_ranking_experiment as experiment
import train_ranking
from experiment import RESULTS
from more_corpora_experiment import measured, ordered

from flexpool.knowledge import learned

CORPORA = tuple(f"holdout{n}" for n in range(27, 39))
SIZES = (15, 40)
SEED = 28
BEFORE = "4911648"  # the last commit whose trees did not weigh the two signals


def trees_before() -> learned.Trees:
    stored = json.loads(
        subprocess.run(
            ["git", "show", f"{BEFORE}:src/flexpool/knowledge/learned_ranking.json"],
            capture_output=True, check=True, text=True, cwd=evaluate.ROOT,
        ).stdout
    )  # fmt: skip
    return learned.trees_of(stored, f"learned_ranking.json of {BEFORE}")


def small(name: str, size: int) -> tuple[list[evaluate.Doc], list[evaluate.Labelled]]:
    docs, queries = evaluate.load_corpus(name)
    drawn = set(random.Random(f"{SEED}-{name}-{size}").sample(range(len(docs)), size))
    kept = [doc for number, doc in enumerate(docs) if number in drawn]
    keys = {doc.key for doc in kept}
    judged = []
    for labelled in queries:
        grades = {key: grade for key, grade in labelled.grades.items() if key in keys}
        if any(grade >= 2 for grade in grades.values()):
            judged.append(replace(labelled, grades=grades))
    return kept, judged


def gathered_small(site: evaluate.Site, name: str, size: int) -> list[experiment.Query]:
    def loaded(site: evaluate.Site, label: str) -> list[evaluate.Labelled]:
        docs, queries = small(name, size)
        site.loaded = None
        site.load(docs, evaluate.FULL, label)
        return queries

    return train_ranking.gathered(site, f"{name}-{size}", loaded, kind="-small")


def compared(queries: list, before: learned.Trees) -> dict:
    now = learned.model()
    return {
        "queries": len(queries),
        "without the learned order": measured(queries, lambda q: q.shipped),
        "trees before": measured(queries, lambda q: ordered(before.predict, q)),
        "trees as shipped": measured(queries, lambda q: ordered(now.predict, q)),
    }


def main() -> None:
    site = evaluate.Site()
    before = trees_before()
    rows: dict[str, dict] = {}
    for name in CORPORA:
        for size in SIZES:
            rows[f"{name}-{size}"] = compared(gathered_small(site, name, size), before)
    full = {name: compared(train_ranking.gathered(site, name), before) for name in CORPORA}
    for label, row in [*rows.items(), *full.items()]:
        cells = "  ".join(f"{row[key][0]:.3f} / {row[key][1]:.3f}" for key in row if key != "queries")
        print(f"{label:<14} {row['queries']:>3}  {cells}")
    lower = [row["trees as shipped"][0] - row["trees before"][0] for row in rows.values()]
    mean = sum(lower) / len(lower)
    rule = {
        "mean Δ nDCG@10 (as shipped − before), small collections": round(mean, 4),
        "collections up": sum(d > 0 for d in lower),
        "collections down": sum(d < 0 for d in lower),
        "trees before below the meaning's depth": mean < 0,
    }
    print(f"\nrule: {rule}")
    out = RESULTS / "knowledge-small-collections-experiment.json"
    results = {"small": rows, "full": full, "rule": rule}
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    print(f"written to {out.relative_to(RESULTS.parents[1])}")


if __name__ == "__main__":
    main()
