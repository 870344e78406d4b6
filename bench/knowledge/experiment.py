"""What the search experiments share: a variant of the search, switched on by a context manager,
measured against the search as shipped on the same corpora in one run.

Each corpus is loaded once through `services.create_item` and searched through the API, first as
shipped and then with the variant on; nDCG@10 and recall@10 per corpus (and of its questions) are
printed side by side and written to bench/results/knowledge-<slug>-experiment[-corpora].json.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import evaluate  # sets up Django on a scratch database

from flexpool.knowledge import text

# The corpora on which a new step is chosen; the held-out ones only check a choice made on these.
DEVELOPMENT_CORPORA = ("generated", "independent", "fresh", "holdout")
RESULTS = Path(__file__).resolve().parents[1] / "results"


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


def compare_variant(
    slug: str, label: str, variant_on: Callable[[], AbstractContextManager], corpora: list[str]
) -> float:
    """Measure the search as shipped and with the variant on; print the table and return the mean
    change of nDCG@10 over `corpora`."""
    site = evaluate.Site()
    before, after = {}, {}
    for name in corpora:
        docs, queries = evaluate.load_corpus(name)
        before[name] = measured(site, name, docs, queries)
        with variant_on():
            after[name] = measured(site, name, docs, queries)
    print(
        f"\n{'corpus':<12} {'shipped':>15} {label:>15} {'Δ nDCG@10':>10}",
        f"{'Δ rec@10':>9} {'questions':>10} {'shipped':>8} {label[:8]:>8}",
    )
    for name in corpora:
        b, a = before[name], after[name]
        shipped, changed = (f"{x['ndcg10']:.3f} / {x['recall10']:.3f}" for x in (b, a))
        print(
            f"{name:<12} {shipped:>15} {changed:>15} {a['ndcg10'] - b['ndcg10']:+10.4f}"
            f" {a['recall10'] - b['recall10']:+9.4f} {b['questions']:>10}"
            f" {b['ndcg10_questions']:8.3f} {a['ndcg10_questions']:8.3f}"
        )
    mean_delta = sum(after[n]["ndcg10"] - before[n]["ndcg10"] for n in corpora) / len(corpora)
    print(f"\nmean Δ nDCG@10 {mean_delta:+.4f}")
    suffix = "" if tuple(corpora) == DEVELOPMENT_CORPORA else "-" + "-".join(corpora)
    out = RESULTS / f"knowledge-{slug}-experiment{suffix}.json"
    out.write_text(json.dumps({"before": before, "after": after}, indent=1, ensure_ascii=False) + "\n")
    print(f"written to {out.relative_to(RESULTS.parents[1])}")
    return mean_delta


def command_line(
    description: str, slug: str, label: str, variant_on: Callable[[], AbstractContextManager]
) -> None:
    """Run `compare_variant` on the corpora named with --corpus (the development ones by default)."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", default=list(DEVELOPMENT_CORPORA))
    compare_variant(slug, label, variant_on, parser.parse_args().corpus)
