"""Learn the search's order of the best candidates (`flexpool.knowledge.learned`) and store it.

For every query of the nineteen corpora of `learned_ranking_experiment.py` the search runs through
the API as the page would, and the candidates and signals that `learned.reordered` receives are
kept (the learned order itself is switched off while they are gathered). They are checked against
those the experiment computed with its own copy of the steps, the trees are learnt with the
experiment's settings (LambdaMART, LightGBM), their NumPy evaluation is checked against LightGBM's
own predictions, and they are written to src/flexpool/knowledge/learned_ranking.json.

    .venv/bin/python bench/knowledge/train_ranking.py

Needs LightGBM (in the dev dependencies) and the experiment's gathered signals in the temporary
folder (run the experiment's first stage before, on the same machine).
"""

from __future__ import annotations

import json

import evaluate  # sets up Django on a scratch database
import learned_ranking_experiment as experiment
import numpy as np

from flexpool.knowledge import learned

# The experiment, run as a script, kept its gathered signals as instances of its __main__.Query.
Query = experiment.Query


def gathered(site: evaluate.Site, name: str) -> list[experiment.Query]:
    """The corpus's queries with the candidates and signals the search computes."""
    docs, queries = evaluate.load_corpus(name)
    site.loaded = None
    site.load(docs, evaluate.FULL, name)
    seen: list[tuple[list[int], np.ndarray]] = []

    def keep(evidence, stats):
        ids = learned.candidates(evidence)
        seen.append((ids, learned.signals(evidence, ids, stats)))
        return evidence.fused

    reordered, learned.reordered = learned.reordered, keep
    out = []
    try:
        for labelled in queries:
            seen.clear()
            shipped = site.search(labelled.query)
            ids, signals = seen[0] if seen else ([], np.zeros((0, len(learned.SIGNALS))))
            docs = [site.ids[pk] for pk in ids]
            out.append(experiment.Query(name, labelled.grades, shipped, docs, signals))
    finally:
        learned.reordered = reordered
    return out


def as_nodes(tree: dict) -> dict:
    """One LightGBM tree as `learned.Trees` reads it (nodes numbered depth first)."""
    out: dict[str, list] = {"signal": [], "threshold": [], "left": [], "right": [], "value": []}

    def visit(node: dict) -> int:
        index = len(out["signal"])
        for key in out:
            out[key].append(-1 if key == "signal" else 0)
        if "leaf_value" in node:
            out["value"][index] = node["leaf_value"]
            return index
        if node["decision_type"] != "<=" or node["missing_type"] != "None":
            kind = f"{node['decision_type']}, missing {node['missing_type']}"
            raise ValueError(f"a split the search cannot evaluate: {kind}")
        out["signal"][index] = node["split_feature"]
        out["threshold"][index] = node["threshold"]
        out["left"][index] = visit(node["left_child"])
        out["right"][index] = visit(node["right_child"])
        return index

    visit(tree["tree_structure"])
    return out


def main() -> None:
    site = evaluate.Site()
    queries = []
    worst = 0.0
    for name in experiment.TRAINING:
        ours, theirs = gathered(site, name), experiment.collect(site, name)
        for mine, recorded in zip(ours, theirs, strict=True):
            if mine.docs != recorded.docs:
                raise SystemExit(f"{name}: other candidates than the experiment's")
            if len(mine.docs):
                worst = max(worst, float(np.abs(mine.signals - recorded.signals).max()))
        queries += ours
        print(f"{name}: {len(ours)} queries; largest difference from the experiment's signals {worst:.2e}")
    if worst > 1e-6:
        raise SystemExit("the search's signals differ from the experiment's")
    booster = experiment.learn(queries)
    trees = [as_nodes(tree) for tree in booster.dump_model()["tree_info"]]
    ours = learned.Trees(trees)
    rows = np.vstack([q.signals for q in queries if q.docs])
    difference = float(np.abs(ours.predict(rows) - booster.predict(rows)).max())
    print(f"{len(trees)} trees; largest difference from LightGBM's predictions {difference:.2e}")
    if difference > 1e-9:
        raise SystemExit("the stored trees do not predict as LightGBM does")
    stored = {
        "signals": list(learned.SIGNALS),
        "learnt from": list(experiment.TRAINING),
        "settings": {**experiment.MODEL, "rounds": experiment.ROUNDS},
        "trees": trees,
    }
    learned.MODEL_FILE.write_text(json.dumps(stored, separators=(",", ":")) + "\n")
    print(f"written to {learned.MODEL_FILE.relative_to(evaluate.ROOT)}")


if __name__ == "__main__":
    main()
