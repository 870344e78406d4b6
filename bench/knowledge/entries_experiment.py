"""Experiment, not part of the product: does the learned order gain from the thesaurus by meaning?

The thesaurus recognises its phrases in a query only as written. `flexpool.knowledge.entry_vectors`
embeds every phrase as a query is and finds the entries nearest to a query by meaning, so that
"mensen uitlenen aan een buurgemeente" comes near the entry of detachering. Two signals carry it
into the learned order (`learned.SIGNALS`): "nearest entry held" (the similarity of the nearest of
the query's three nearest entries that the candidate holds, 0 when it holds none) and "nearest
entry (query)" (the similarity of the nearest entry). Nothing else changes: the same candidates,
the same other signals, the same model and settings (`learned_ranking_experiment.MODEL`, `ROUNDS`).

The rule, written down with this script before it first ran, and before holdout25 and holdout26
were finished or run:

1. Leave one corpus out over the twenty-five corpora the learned order learns from
   (`train_ranking.LEARNT_FROM`): learn from twenty-four, with the two signals and without them,
   and order the twenty-fifth. Passed when the mean change of nDCG@10 is at least +0.003, no
   corpus loses more than 0.010 nDCG@10, and the mean change of recall@10 is not below zero.
2. Only then: learnt from all twenty-five with the two signals, against the order as shipped
   (learnt from the same corpora without them), on holdout25 and holdout26, written for this
   experiment by two more people who read only the domain description. Passed when the mean change
   of nDCG@10 is at least 0.000 and neither corpus loses more than 0.005 nDCG@10 or more than 0.003
   recall@10.

When both pass, `train_ranking.py` learns the shipped order with the two signals.

Both passed on 7 December 2026: stage 1 mean nDCG@10 +0.0047 (19 of 25 corpora up, lowest
−0.0046), mean recall@10 +0.0089; stage 2 holdout25 0.796 → 0.799 nDCG@10 (recall@10 0.694 →
0.716), holdout26 0.775 → 0.788 (0.672 → 0.689). Since the shipped order weighs the two signals,
the script stops at once: it compares against an order without them.

    .venv/bin/python bench/knowledge/entries_experiment.py --stage 1
    .venv/bin/python bench/knowledge/entries_experiment.py --stage 2

Writes bench/results/knowledge-entries-experiment-stage{1,2}.json.
"""

from __future__ import annotations

import argparse
import json
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace

import evaluate  # sets up Django on a scratch database
import learned_ranking_experiment as experiment
import train_ranking
from experiment import RESULTS
from more_corpora_experiment import measured, ordered

from flexpool.knowledge import learned

NEW = ("nearest entry held", "nearest entry (query)")
WITHOUT = [number for number, name in enumerate(learned.SIGNALS) if name not in NEW]
DECIDING = ("holdout25", "holdout26")


def without_new(queries: list) -> list:
    return [replace(q, signals=q.signals[:, WITHOUT]) for q in queries]


_corpora: dict[str, list] = {}  # the gathered corpora, shared with the worker processes by forking


def _left_out(task: tuple[str, bool]) -> tuple[str, bool, list[float]]:
    held, with_new = task
    corpora = _corpora
    learning = [q for name, queries in corpora.items() if name != held for q in queries]
    if not with_new:
        learning = without_new(learning)
    booster = experiment.learn(learning)
    tested = corpora[held] if with_new else without_new(corpora[held])
    return held, with_new, measured(tested, lambda q: ordered(booster.predict, q))


def stage1(site: evaluate.Site) -> dict:
    corpora = {name: train_ranking.gathered(site, name) for name in train_ranking.LEARNT_FROM}
    _corpora.update(corpora)
    tasks = [(held, with_new) for held in corpora for with_new in (False, True)]
    rows: dict[str, dict] = {name: {} for name in corpora}
    with ProcessPoolExecutor(max_workers=2) as pool:
        for held, with_new, figures in pool.map(_left_out, tasks):
            rows[held]["with the two signals" if with_new else "without them"] = figures
    deltas = [r["with the two signals"][0] - r["without them"][0] for r in rows.values()]
    recalls = [r["with the two signals"][1] - r["without them"][1] for r in rows.values()]
    for name, row in rows.items():
        (n0, r0), (n1, r1) = row["without them"], row["with the two signals"]
        print(f"{name:<12} {n0:.3f} / {r0:.3f}  {n1:.3f} / {r1:.3f}  {n1 - n0:+.4f} {r1 - r0:+.4f}")
    passed = sum(deltas) / len(deltas) >= 0.003 and min(deltas) >= -0.010 and sum(recalls) >= 0.0
    return {
        "left out": rows,
        "rule": {
            "mean Δ nDCG@10": round(sum(deltas) / len(deltas), 4),
            "lowest Δ nDCG@10": round(min(deltas), 4),
            "mean Δ recall@10": round(sum(recalls) / len(recalls), 4),
            "passed": passed,
        },
    }


def stage2(site: evaluate.Site) -> dict:
    learning = [q for name in train_ranking.LEARNT_FROM for q in train_ranking.gathered(site, name)]
    with_new = experiment.learn(learning)
    shipped = learned.model()
    rows = {}
    for name in DECIDING:
        queries = train_ranking.gathered(site, name)
        rows[name] = {
            "without the learned order": measured(queries, lambda q: q.shipped),
            "shipped": measured(queries, lambda q: ordered(shipped.predict, q)),
            "with the two signals": measured(queries, lambda q: ordered(with_new.predict, q)),
        }
        (n0, r0), (n1, r1), (n2, r2) = rows[name].values()
        print(f"{name:<10} {n0:.3f} / {r0:.3f}  {n1:.3f} / {r1:.3f}  {n2:.3f} / {r2:.3f}  "
              f"{n2 - n1:+.4f} {r2 - r1:+.4f}")  # fmt: skip
    deltas = [r["with the two signals"][0] - r["shipped"][0] for r in rows.values()]
    recalls = [r["with the two signals"][1] - r["shipped"][1] for r in rows.values()]
    passed = sum(deltas) / len(deltas) >= 0.0 and min(deltas) >= -0.005 and min(recalls) >= -0.003
    return {
        "deciding": rows,
        "rule": {
            "mean Δ nDCG@10": round(sum(deltas) / len(deltas), 4),
            "lowest Δ nDCG@10": round(min(deltas), 4),
            "lowest Δ recall@10": round(min(recalls), 4),
            "passed": passed,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", type=int, choices=(1, 2), required=True)
    args = parser.parse_args()
    if learned.model().signal.max() >= len(WITHOUT):
        raise SystemExit("the shipped order already weighs the new signals: nothing to compare")
    site = evaluate.Site()
    results = (stage1 if args.stage == 1 else stage2)(site)
    print(f"\nrule: {results['rule']}")
    out = RESULTS / f"knowledge-entries-experiment-stage{args.stage}.json"
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    print(f"written to {out.relative_to(RESULTS.parents[1])}")


if __name__ == "__main__":
    main()
