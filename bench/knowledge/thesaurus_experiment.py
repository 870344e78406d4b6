"""Experiment, not part of the product: do more default thesaurus lines help the search?

The candidate lines (a module with ``GROUPS``, as the migrations write them) are merged into the
shipped thesaurus the way an upgrade merges default lines (``merge_groups`` of migration 0010),
after the lines that hold a word common in Dutch at large are left out (from ``text.COMMON_FROM``
on the zipf scale, the bound of the common-word weighting, as for migration 0011). Each
development corpus is loaded through ``services.create_item`` and searched through the API,
before and after, in one run. The held-out corpora are not used.

    .venv/bin/python bench/knowledge/thesaurus_experiment.py [--groups FILE] [--corpus C ...]

Writes bench/results/knowledge-thesaurus-experiment.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from importlib import import_module
from pathlib import Path

import evaluate  # sets up Django on a scratch database
from django.apps import apps

from flexpool.knowledge import text, thesaurus
from flexpool.knowledge.models import ThesaurusEntry

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parents[1] / "bench" / "results" / "knowledge-thesaurus-experiment.json"
merge_groups = import_module("flexpool.knowledge.migrations.0010_more_thesaurus").merge_groups


def candidate_groups(path: Path) -> list[tuple[str, list[str]]]:
    spec = importlib.util.spec_from_file_location("candidates", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.GROUPS)


def without_common_words(groups: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    def common(phrase: str) -> bool:
        return len(phrase.split()) == 1 and text.zipf(text.fold(phrase)) >= text.COMMON_FROM

    return [(kind, phrases) for kind, phrases in groups if not any(common(p) for p in phrases)]


def mean(measure, found: list[tuple[list[str], dict[str, int]]]) -> float:
    return round(sum(measure(ranked, grades) for ranked, grades in found) / len(found), 4)


def scores(site: evaluate.Site, corpora: dict) -> dict[str, dict[str, float]]:
    out = {}
    for name, (docs, queries) in corpora.items():
        site.loaded = None
        site.load(docs, evaluate.FULL, name)
        found = [(site.search(q.query), q.grades) for q in queries]
        out[name] = {"ndcg10": mean(evaluate.ndcg10, found), "recall10": mean(evaluate.recall10, found)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=Path, default=HERE / "thesaurus_candidates" / "tenth_round.py")
    parser.add_argument("--corpus", nargs="+", default=["generated", "independent", "fresh", "holdout"])
    args = parser.parse_args()
    groups = candidate_groups(args.groups)
    kept = without_common_words(groups)
    corpora = {name: evaluate.load_corpus(name) for name in args.corpus}
    site = evaluate.Site()
    before = scores(site, corpora)
    entries_before = ThesaurusEntry.objects.count()
    merge_groups(apps, kept)
    thesaurus._changed()
    after = scores(site, corpora)
    print(f"{len(groups)} candidate lines, {len(kept)} without a common word; ", end="")
    print(f"{entries_before} → {ThesaurusEntry.objects.count()} thesaurus lines\n")
    print(f"{'corpus':<12} {'shipped':>15} {'with the lines':>15} {'Δ nDCG@10':>10}")
    for name in corpora:
        b, a = before[name], after[name]
        delta = a["ndcg10"] - b["ndcg10"]
        shipped, with_lines = (f"{x['ndcg10']:.3f} / {x['recall10']:.3f}" for x in (b, a))
        print(f"{name:<12} {shipped:>15} {with_lines:>15} {delta:+10.4f}")
    mean_delta = sum(after[n]["ndcg10"] - before[n]["ndcg10"] for n in corpora) / len(corpora)
    print(f"\nmean Δ nDCG@10 {mean_delta:+.4f}")
    record = {"groups": args.groups.name, "lines": len(kept), "before": before, "after": after}
    RESULTS.write_text(json.dumps(record, indent=1) + "\n")
    print(f"written to {RESULTS.relative_to(HERE.parents[1])}")


if __name__ == "__main__":
    main()
