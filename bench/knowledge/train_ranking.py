"""Learn the search's order of the best candidates (`flexpool.knowledge.learned`) and store it.

For every query of the twenty-nine corpora it learns from (`LEARNT_FROM`: the nineteen of
`learned_ranking_experiment.py`, holdout17 and holdout18 since round 19 of
`more_corpora_experiment.py`, holdout19 and holdout20 since its round 20, holdout21 and holdout22
since its round 21, and holdout23 to holdout26 since its round 22, each time found to do no harm on
two corpora not run before) the search runs through the API
as the page would, and the candidates and signals that `learned.reordered` receives are kept (the
learned order itself is switched off while they are gathered) in the temporary folder. Where the
learned-ranking experiment's own gathered signals are there too, computed with its copy of the
steps, they are compared. The trees are learnt from the signals in `WEIGHED` (every signal the
search computes except those still under test) with the experiment's settings (LambdaMART,
LightGBM), their NumPy evaluation is checked against LightGBM's own predictions, and they are
written to src/flexpool/knowledge/learned_ranking.json.

    .venv/bin/python bench/knowledge/train_ranking.py

Needs LightGBM (in the dev dependencies). Gathering takes about a minute per corpus.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import replace

import evaluate  # sets up Django on a scratch database
import learned_ranking_experiment as experiment
import numpy as np

from flexpool.knowledge import learned

LEARNT_FROM = (*experiment.TRAINING, *(f"holdout{n}" for n in range(17, 27)))
# Signals the search computes that the shipped order does not weigh yet: each is decided by an
# experiment of its own (`entries_experiment.py`) before the order learns with it. None now.
UNDER_TEST: tuple[str, ...] = ()
WEIGHED = tuple(name for name in learned.SIGNALS if name not in UNDER_TEST)
# The experiment, run as a script, kept its gathered signals as instances of its __main__.Query.
Query = experiment.Query


def gathered(
    site: evaluate.Site, name: str, loaded=experiment.loaded, kind: str = ""
) -> list[experiment.Query]:
    """The corpus's queries with the candidates and signals the search computes (kept in the
    temporary folder: the experiments and this script gather each corpus once). `loaded` puts the
    documents in the site and gives the judged queries; one that loads only part of a corpus needs
    a `kind` of its own, so that its cache is not taken for the whole corpus's."""
    # Named by the signals themselves: another set of the same size must not read these.
    signals = hashlib.sha256("\n".join(learned.SIGNALS).encode()).hexdigest()[:12]
    cache = experiment.cache_file(name, f"learned-order-{signals}{kind}")
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    queries = loaded(site, name)
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
    cache.write_bytes(pickle.dumps(out))
    print(f"{name}: {len(out)} queries, {sum(len(q.docs) for q in out)} candidates", flush=True)
    return out


def weighed(queries: list[experiment.Query], names: tuple[str, ...] = WEIGHED) -> list[experiment.Query]:
    """The queries with only the columns of the named signals, in the order of `names`."""
    columns = [learned.SIGNALS.index(name) for name in names]
    return [replace(q, signals=q.signals[:, columns]) for q in queries]


def compared(name: str, ours: list[experiment.Query]) -> float | None:
    """The largest difference from the signals the experiment computed with its own copy of the
    steps, if it gathered this corpus on this machine."""
    cache = experiment.cache_file(name)
    if not cache.exists():
        return None
    worst = 0.0
    for mine, recorded in zip(ours, pickle.loads(cache.read_bytes()), strict=True):
        if mine.docs != recorded.docs:
            raise SystemExit(f"{name}: other candidates than the experiment's")
        if len(mine.docs):
            width = recorded.signals.shape[1]  # it computed the first signals of the list
            worst = max(worst, float(np.abs(mine.signals[:, :width] - recorded.signals).max()))
    return worst


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
    for name in LEARNT_FROM:
        ours = gathered(site, name)
        queries += ours
        worst = compared(name, ours)
        if worst is not None and worst > 1e-6:
            raise SystemExit(f"{name}: the search's signals differ from the experiment's by {worst:.2e}")
        against = "not gathered by the experiment here" if worst is None else f"{worst:.2e}"
        print(f"{name}: {len(ours)} queries; largest difference from the experiment's signals: {against}")
    queries = weighed(queries)
    booster = experiment.learn(queries)
    trees = [as_nodes(tree) for tree in booster.dump_model()["tree_info"]]
    ours = learned.Trees(trees)  # over the rows of `weighed`
    rows = np.vstack([q.signals for q in queries if q.docs])
    difference = float(np.abs(ours.predict(rows) - booster.predict(rows)).max())
    print(f"{len(trees)} trees; largest difference from LightGBM's predictions {difference:.2e}")
    if difference > 1e-9:
        raise SystemExit("the stored trees do not predict as LightGBM does")
    stored = {
        "signals": list(WEIGHED),
        "learnt from": list(LEARNT_FROM),
        "settings": {**experiment.MODEL, "rounds": experiment.ROUNDS},
        "trees": trees,
    }
    learned.MODEL_FILE.write_text(json.dumps(stored, separators=(",", ":")) + "\n")
    print(f"written to {learned.MODEL_FILE.relative_to(evaluate.ROOT)}")


if __name__ == "__main__":
    main()
