"""Experiment, not part of the product: does the learned order gain from learning from two more corpora?

The learned order (`flexpool.knowledge.learned`) was learnt from nineteen corpora; holdout17 and
holdout18 decided whether it was kept and have not been learnt from. This experiment learns the
same model, with the same settings (`learned_ranking_experiment.MODEL`, `ROUNDS`), from those
twenty-one corpora and compares it with the order as shipped on two corpora that nobody has run
before, holdout19 and holdout20, written during this experiment by two people who read only the
domain description. Nothing else changes: the same signals, candidates and trees' size.

The rule, written down with this script before the deciding corpora first ran:

- The model learnt from twenty-one corpora replaces the shipped one only when, on holdout19 and
  holdout20, the mean change of nDCG@10 is at least 0.000 and neither corpus loses more than 0.005
  nDCG@10 or more than 0.003 recall@10. (More data of the same kind should not hurt; if it does,
  the shipped order stays.)

The candidates and signals are gathered through the API with the learned order switched off, by
`train_ranking.gathered`, and kept in the temporary folder. The table also shows the search
without the learned order, so the shipped order's own gain on the new corpora is measured too.

It passed on 7 December 2026 (nDCG@10 / recall@10, `bench/results/knowledge-more-corpora-experiment.json`):

| corpus | without the learned order | shipped (19 corpora) | learnt from 21 | Δ nDCG@10 | Δ recall@10 |
|---|---:|---:|---:|---:|---:|
| holdout19 | 0.812 / 0.795 | 0.831 / 0.800 | 0.832 / 0.812 | +0.0012 | +0.0116 |
| holdout20 | 0.768 / 0.728 | 0.824 / 0.763 | 0.826 / 0.769 | +0.0024 | +0.0057 |

so `train_ranking.py` learns from the twenty-one since; a new run shows the last two columns alike.

    .venv/bin/python bench/knowledge/more_corpora_experiment.py

Writes bench/results/knowledge-more-corpora-experiment.json.
"""

from __future__ import annotations

import json

import evaluate  # sets up Django on a scratch database
import learned_ranking_experiment as experiment
import numpy as np
import train_ranking
from experiment import RESULTS

from flexpool.knowledge import learned

LEARNT_FROM = experiment.TRAINING
ADDED = ("holdout17", "holdout18")
DECIDING = ("holdout19", "holdout20")


def ordered(predict, query) -> list[str]:
    if not len(query.docs):
        return query.shipped
    scores = predict(query.signals)
    return [query.docs[i] for i in np.lexsort((np.arange(len(query.docs)), -scores))]


def measured(queries: list, order) -> list[float]:
    pairs = [(evaluate.ndcg10(order(q), q.grades), evaluate.recall10(order(q), q.grades)) for q in queries]
    return [round(sum(p[0] for p in pairs) / len(pairs), 4), round(sum(p[1] for p in pairs) / len(pairs), 4)]


def main() -> None:
    site = evaluate.Site()
    learning = [q for name in LEARNT_FROM + ADDED for q in train_ranking.gathered(site, name)]
    more = experiment.learn(learning)
    shipped = learned.model()
    results: dict = {"deciding": {}}
    columns = ("no learned order", "shipped", "21 corpora", "Δ nDCG@10", "Δ rec@10")
    print(f"\n{'corpus':<10} " + " ".join(f"{c:>15}" for c in columns))
    for name in DECIDING:
        queries = train_ranking.gathered(site, name)
        row = {
            "without the learned order": measured(queries, lambda q: q.shipped),
            "shipped (19 corpora)": measured(queries, lambda q: ordered(shipped.predict, q)),
            "learnt from 21 corpora": measured(queries, lambda q: ordered(more.predict, q)),
        }
        results["deciding"][name] = row
        (n0, r0), (n1, r1), (n2, r2) = row.values()
        print(f"{name:<10} {n0:8.3f} / {r0:.3f} {n1:7.3f} / {r1:.3f} {n2:7.3f} / {r2:.3f} "
              f"{n2 - n1:+9.4f} {r2 - r1:+9.4f}", flush=True)  # fmt: skip
    rows = results["deciding"].values()
    deltas = [r["learnt from 21 corpora"][0] - r["shipped (19 corpora)"][0] for r in rows]
    recalls = [r["learnt from 21 corpora"][1] - r["shipped (19 corpora)"][1] for r in rows]
    passed = sum(deltas) / len(deltas) >= 0.0 and min(deltas) >= -0.005 and min(recalls) >= -0.003
    results["rule"] = {
        "mean Δ nDCG@10": round(sum(deltas) / len(deltas), 4),
        "lowest Δ nDCG@10": round(min(deltas), 4),
        "lowest Δ recall@10": round(min(recalls), 4),
        "passed": passed,
    }
    print(f"\nrule: {results['rule']}")
    out = RESULTS / "knowledge-more-corpora-experiment.json"
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    print(f"written to {out.relative_to(RESULTS.parents[1])}")


if __name__ == "__main__":
    main()
