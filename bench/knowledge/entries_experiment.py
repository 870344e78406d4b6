"""Experiment, not part of the product: does the learned order gain from the thesaurus by meaning?

The thesaurus recognises its phrases in a query only as written. `flexpool.knowledge.entry_vectors`
embeds every phrase as a query is and finds the entries nearest to a query by meaning, so that
"mensen uitlenen aan een buurgemeente" comes near the entry of detachering. Two steps, each with
two signals of the learned order (`learned.SIGNALS`) and decided on its own (`STEPS`); nothing else
changes: the same candidates, the same other signals, the same model and settings
(`learned_ranking_experiment.MODEL`, `ROUNDS`).

**held** (the twenty-second round): "nearest entry held" (the similarity of the nearest of the
query's three nearest entries that the candidate holds, 0 when it holds none) and "nearest entry
(query)" (the similarity of the nearest entry). The rule, written down with this script before it
first ran, and before holdout25 and holdout26 were finished or run:

1. Leave one corpus out over the twenty-five corpora the learned order learns from
   (`train_ranking.LEARNT_FROM`): learn from twenty-four, with the two signals and without them,
   and order the twenty-fifth. Passed when the mean change of nDCG@10 is at least +0.003, no
   corpus loses more than 0.010 nDCG@10, and the mean change of recall@10 is not below zero.
2. Only then: learnt from all twenty-five with the two signals, against the order as shipped
   (learnt from the same corpora without them), on holdout25 and holdout26, written for this
   experiment by two more people who read only the domain description. Passed when the mean change
   of nDCG@10 is at least 0.000 and neither corpus loses more than 0.005 nDCG@10 or more than 0.003
   recall@10.

Both passed on 7 December 2026: stage 1 mean nDCG@10 +0.0047 (19 of 25 corpora up, lowest
−0.0046), mean recall@10 +0.0089; stage 2 holdout25 0.796 → 0.799 nDCG@10 (recall@10 0.694 →
0.716), holdout26 0.775 → 0.788 (0.672 → 0.689). The shipped order weighs the two signals since.

**near** (the twenty-fourth round): an item can speak of what an entry means in words of its own
("een medewerker die tijdelijk voor een andere gemeente werkt" for detachering), and then holds
none of its phrases. "cosine to the nearest entry" is how near the candidate comes in meaning to
the phrase of the nearest entry that is nearest to the query, as if that phrase were the query;
"cosine to the nearest entry − best" is the same less the best of the candidates. The rule,
written down with this script before it first ran, and before holdout31 and holdout32 were written:

1. Five folds over the corpora the learned order learns from when it runs (`LEARNT_FROM`, dealt
   in their order: the first to fold 1, the second to fold 2, …): learn from four folds, with
   the two signals and without them, and order the corpora of the fifth. Passed when the mean
   change of nDCG@10 over the corpora is at least +0.002, no corpus loses more than 0.010 nDCG@10,
   and the mean change of recall@10 is not below zero.
2. Only then: learnt from all those corpora with the two signals, against the order as shipped
   (learnt from the same corpora without them), on holdout31 and holdout32, written for this
   experiment by two more people who read only the domain description. Passed when the mean change
   of nDCG@10 is at least 0.000 and neither corpus loses more than 0.005 nDCG@10 or more than 0.003
   recall@10.

When both pass, the two signals leave `train_ranking.UNDER_TEST` and `train_ranking.py` learns the
shipped order with them.

Stage 1 failed on 7 December 2026 (`bench/results/knowledge-entries-experiment-near-stage1.json`):
mean change of nDCG@10 +0.0011 (16 of 29 corpora up, lowest −0.0085 on holdout26), mean change of
recall@10 +0.0014. By the rule, stage 2 did not run, and holdout31 and holdout32 stayed unread by
any choice. The search no longer computes the two signals; the commit that added them (b4b7466)
runs the step again.

**neighbours** (the twenty-eighth round): synonym queries are the weakest kind. Their words are
not in the documents that answer them; the nearest items in meaning often are, yet only part of
them reaches the first page. Two signals say what those nearest items are about
(`learned._neighbours`): "cosine to the nearest items" is how near the candidate comes to the
direction of the mean vector of the five nearest items in meaning (feedback by meaning from the
meaning's own best, where the existing "cosine to the moved query" moves towards the best word
matches); "nearest items' terms share" is the weighted share of the terms standing out in those
five items that the candidate holds (terms at least two of the five hold and few candidates do;
the word feedback's "feedback share" does the same for the best word matches). Neither reads
anything more from the database. The rule, written down with this script before it first ran,
and before holdout37 and holdout38 were written, is that of **near**:

1. Five folds over the corpora the learned order learns from (as for **near**): passed when the
   mean change of nDCG@10 over the corpora is at least +0.002, no corpus loses more than 0.010
   nDCG@10, and the mean change of recall@10 is not below zero.
2. Only then: learnt from all those corpora with the two signals, against the order as shipped,
   on holdout37 and holdout38, written for this experiment by two more people who read only the
   domain description. Passed when the mean change of nDCG@10 is at least 0.000 and neither
   corpus loses more than 0.005 nDCG@10 or more than 0.003 recall@10.

The synonym queries' own figures are reported, but do not decide. When both stages pass, the
order is learnt again with the two signals, and the page's p95 latency at 100,000 items is
measured against the order as shipped in the same session.

Both passed on 7 December 2026 (`bench/results/knowledge-entries-experiment-neighbours-stage*.json`).
Stage 1: mean change of nDCG@10 **+0.0087** (26 of 29 corpora up, lowest −0.0033), mean change of
recall@10 +0.0119; the synonym queries of the sixteen corpora that have them +0.025 nDCG@10.
Stage 2: holdout37 0.840 → 0.850 nDCG@10 (recall@10 0.743 → 0.766), holdout38 0.853 → 0.857
(0.760 → 0.784); their synonym queries +0.007 and −0.026 nDCG@10 (recall@10 +0.059 and +0.004).
Not kept all the same, for what the signals cost at 100,000 items (docs/benchmarks/knowledge.md,
twenty-eighth round): the learned order took about 4 ms more per search on the page, and the
signals depend on which items are nearest, which HNSW finds only approximately on PostgreSQL, so
the engines gave the same first page for 16 of 61 queries instead of 47. The search no longer
computes the two signals; the commit that weighed them (5c8209e) runs the step again.

**centre** (the twenty-ninth round): the first of **neighbours**' two signals alone, in a form
that both databases compute alike and that reads nothing more. "cosine to the nearest candidates"
is how near the candidate comes to the direction of the mean vector of the five candidates nearest
to the query in meaning (`learned._centre` in a1aee09), chosen by the candidates' exact similarities, not by
the order in which PostgreSQL's index found the nearest items. The rule, written down with this
script before it first ran, and before holdout39 and holdout40 were written:

1. Five folds over the corpora the learned order learns from (as for **near**): passed when the
   mean change of nDCG@10 over the corpora is at least +0.002, no corpus loses more than 0.010
   nDCG@10, and the mean change of recall@10 is not below zero.
2. Only then: learnt from all those corpora with the signal, against the order as shipped, on
   holdout39 and holdout40, written for this experiment by two more people who read only the
   domain description. Passed when the mean change of nDCG@10 is at least 0.000 and neither
   corpus loses more than 0.005 nDCG@10 or more than 0.003 recall@10.
3. Only then, what it costs at 100,000 items (`latency.py`, the order learnt with the signal
   against the order as shipped, two runs of each per database, alternating, in one session on
   one machine): kept when the page's p50 as served grows by at most 1.0 ms on each database (mean
   of the two runs), and the first pages of the two databases (`compare_engines.py`) are the same
   for at least as many queries as with the order as shipped, less three.

The synonym queries' own figures are reported, but do not decide.

Stage 1 failed on 7 December 2026 (`bench/results/knowledge-entries-experiment-centre-stage1.json`):
mean change of nDCG@10 +0.0000 (14 of 29 corpora up, lowest −0.0178 on holdout9), mean change of
recall@10 +0.0001. By the rule, stages 2 and 3 did not run, and no choice was made on holdout39 and
holdout40. So what **neighbours** gained came from the terms the nearest items share, not from the
direction of their mean vector alone. The search no longer computes the signal; the commit that
added it (a1aee09) runs the step again.

**agreement** (the thirtieth round): a query in everyday words holds words that the documents
answering it do not use, so its word matches are often about something else; the order may then
trust the meaning more. "word matches' cosine − best (query)" says how far the first page of the
word ranking lies in meaning from the best candidate: the mean of their exact similarities to the
query less the best candidate's (`learned._word_matches_cosine`), −1 when no candidate holds a
word of the query. It reads nothing more, and both databases compute it alike. The rule, that of
**centre**, written down with this script before it first ran, and before holdout41 and
holdout42 were finished or run:

1. Five folds over the corpora the learned order learns from (as for **near**): passed when the
   mean change of nDCG@10 over the corpora is at least +0.002, no corpus loses more than 0.010
   nDCG@10, and the mean change of recall@10 is not below zero.
2. Only then: learnt from all those corpora with the signal, against the order as shipped, on
   holdout41 and holdout42, written for this experiment by two more people who read only the
   domain description. Passed when the mean change of nDCG@10 is at least 0.000 and neither
   corpus loses more than 0.005 nDCG@10 or more than 0.003 recall@10.
3. Only then, what it costs at 100,000 items (as for **centre**): kept when the page's p50 as
   served grows by at most 1.0 ms on each database (mean of two alternating runs), and the first
   pages of the two databases are the same for at least as many queries as with the order as
   shipped, less three.

The synonym queries' own figures are reported, but do not decide.

Stage 1 failed on 8 December 2026 (`bench/results/knowledge-entries-experiment-agreement-stage1.json`):
mean change of nDCG@10 +0.00003 (17 of 29 corpora up, lowest −0.0102 on holdout26), mean change
of recall@10 +0.0014; the synonym queries of the sixteen corpora that have them +0.002. By the
rule, stages 2 and 3 did not run, and no choice was made on holdout41 and holdout42. Most likely
the order reads as much from the signals it has (the best cosine, how much of the query the best
word match holds, the meaning's weight); this was not tested. The search no longer computes the signal; the
commit that added it (9fea0de) runs the step again.

A step whose signals the shipped order weighs already, or that the search no longer computes,
stops at once.

    .venv/bin/python bench/knowledge/entries_experiment.py --step agreement --stage 1
    .venv/bin/python bench/knowledge/entries_experiment.py --step agreement --stage 2

Writes bench/results/knowledge-entries-experiment[-near|-neighbours|-centre|-agreement]-stage{1,2}.json.
"""

from __future__ import annotations

import argparse
import json
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import evaluate  # sets up Django on a scratch database
import learned_ranking_experiment as experiment
import train_ranking
from experiment import RESULTS
from more_corpora_experiment import measured, ordered

from flexpool.knowledge import learned


@dataclass(frozen=True)
class Step:
    new: tuple[str, ...]
    deciding: tuple[str, str]
    folds: int | None  # None: leave one corpus out
    stage1_mean: float  # the least mean change of nDCG@10 in stage 1
    results: str  # the name of its result files


STEPS = {
    "held": Step(("nearest entry held", "nearest entry (query)"), ("holdout25", "holdout26"), None, 0.003,
                 "knowledge-entries-experiment"),
    "near": Step(("cosine to the nearest entry", "cosine to the nearest entry − best"),
                 ("holdout31", "holdout32"), 5, 0.002, "knowledge-entries-experiment-near"),
    "neighbours": Step(("cosine to the nearest items", "nearest items' terms share"),
                       ("holdout37", "holdout38"), 5, 0.002, "knowledge-entries-experiment-neighbours"),
    "centre": Step(("cosine to the nearest candidates",), ("holdout39", "holdout40"), 5, 0.002,
                   "knowledge-entries-experiment-centre"),
    "agreement": Step(("word matches' cosine − best (query)",), ("holdout41", "holdout42"), 5, 0.002,
                      "knowledge-entries-experiment-agreement"),
}  # fmt: skip
WITH, WITHOUT = "with the two signals", "without them"  # "two": the name of the first steps' figures


def signal_sets(step: Step) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The signals learnt with and without the step's two: those the shipped order weighs."""
    without = tuple(name for name in train_ranking.WEIGHED if name not in step.new)
    return (*without, *step.new), without


_corpora: dict[str, list] = {}  # the gathered corpora, shared with the worker processes by forking
SYNONYMS = "synonyms"


def synonym_queries(name: str, queries: list) -> list:
    """The corpus's synonym queries (the gathered queries keep the corpus's order)."""
    _docs, labelled = evaluate.load_corpus(name)
    return [q for q, lab in zip(queries, labelled, strict=True) if lab.kind == SYNONYMS]


def measured_with_synonyms(queries: list, name: str, order) -> dict:
    synonyms = synonym_queries(name, queries)
    return {"all": measured(queries, order), SYNONYMS: measured(synonyms, order) if synonyms else None}


def _left_out(task: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]) -> tuple[tuple[str, ...], list]:
    """Learn from the corpora not held out, with the named signals; the figures of each held-out
    corpus."""
    held, names, label = task
    learning = [q for name, queries in _corpora.items() if name not in held for q in queries]
    booster = experiment.learn(train_ranking.weighed(learning, names))
    figures = [measured_with_synonyms(train_ranking.weighed(_corpora[name], names), name,
                                      lambda q: ordered(booster.predict, q))
               for name in held]  # fmt: skip
    return held, [label, figures]


def stage1(site: evaluate.Site, step: Step) -> dict:
    corpora = {name: train_ranking.gathered(site, name) for name in train_ranking.LEARNT_FROM}
    _corpora.update(corpora)
    names = list(corpora)
    held_out = [(name,) for name in names] if step.folds is None else [
        tuple(names[start :: step.folds]) for start in range(step.folds)
    ]  # fmt: skip
    with_new, without = signal_sets(step)
    tasks = [
        (held, signals, label)
        for held in held_out
        for signals, label in ((without, WITHOUT), (with_new, WITH))
    ]
    rows: dict[str, dict] = {name: {} for name in names}
    with ProcessPoolExecutor(max_workers=2) as pool:
        for held, (label, figures) in pool.map(_left_out, tasks):
            for name, measures in zip(held, figures, strict=True):
                rows[name][label] = measures
    deltas = [r[WITH]["all"][0] - r[WITHOUT]["all"][0] for r in rows.values()]
    recalls = [r[WITH]["all"][1] - r[WITHOUT]["all"][1] for r in rows.values()]
    for name, row in rows.items():
        (n0, r0), (n1, r1) = row[WITHOUT]["all"], row[WITH]["all"]
        print(f"{name:<12} {n0:.3f} / {r0:.3f}  {n1:.3f} / {r1:.3f}  {n1 - n0:+.4f} {r1 - r0:+.4f}")
    mean = sum(deltas) / len(deltas)
    synonyms = [r[WITH][SYNONYMS][0] - r[WITHOUT][SYNONYMS][0] for r in rows.values() if r[WITH][SYNONYMS]]
    passed = mean >= step.stage1_mean and min(deltas) >= -0.010 and sum(recalls) >= 0.0
    return {
        "left out": rows,
        "rule": {
            "mean Δ nDCG@10": round(mean, 4),
            "corpora up": sum(d > 0 for d in deltas),
            "lowest Δ nDCG@10": round(min(deltas), 4),
            "mean Δ recall@10": round(sum(recalls) / len(recalls), 4),
            "passed": passed,
        },
        "synonym queries (not deciding)": {
            "corpora": len(synonyms),
            "mean Δ nDCG@10": round(sum(synonyms) / len(synonyms), 4) if synonyms else None,
        },
    }


def stage2(site: evaluate.Site, step: Step) -> dict:
    learning = [q for name in train_ranking.LEARNT_FROM for q in train_ranking.gathered(site, name)]
    with_new, _without = signal_sets(step)
    learnt = experiment.learn(train_ranking.weighed(learning, with_new))
    shipped = learned.model()
    rows = {}
    for name in step.deciding:
        queries = train_ranking.gathered(site, name)
        rows[name] = {
            "without the learned order": measured_with_synonyms(queries, name, lambda q: q.shipped),
            "shipped": measured_with_synonyms(queries, name, lambda q: ordered(shipped.predict, q)),
            WITH: measured_with_synonyms(train_ranking.weighed(queries, with_new), name,
                                         lambda q: ordered(learnt.predict, q)),
        }  # fmt: skip
        for part in ("all", SYNONYMS):
            (n0, r0), (n1, r1), (n2, r2) = (row[part] or (0.0, 0.0) for row in rows[name].values())
            print(f"{name:<10} {part:<8} {n0:.3f} / {r0:.3f}  {n1:.3f} / {r1:.3f}  {n2:.3f} / {r2:.3f}  "
                  f"{n2 - n1:+.4f} {r2 - r1:+.4f}")  # fmt: skip
    return {"deciding": rows, "rule": deciding_rule(rows, WITH, "shipped")}


def deciding_rule(rows: dict, new: str, shipped: str) -> dict:
    """Stage 2 on the new corpora: passed when the mean change of nDCG@10 is at least 0.000 and
    no corpus loses more than 0.005 nDCG@10 or more than 0.003 recall@10."""
    deltas = [r[new]["all"][0] - r[shipped]["all"][0] for r in rows.values()]
    recalls = [r[new]["all"][1] - r[shipped]["all"][1] for r in rows.values()]
    return {
        "mean Δ nDCG@10": round(sum(deltas) / len(deltas), 4),
        "lowest Δ nDCG@10": round(min(deltas), 4),
        "lowest Δ recall@10": round(min(recalls), 4),
        "passed": sum(deltas) / len(deltas) >= 0.0 and min(deltas) >= -0.005 and min(recalls) >= -0.003,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", choices=sorted(STEPS), default="agreement")
    parser.add_argument("--stage", type=int, choices=(1, 2), required=True)
    args = parser.parse_args()
    step = STEPS[args.step]
    if any(name in train_ranking.WEIGHED for name in step.new):
        raise SystemExit("the shipped order already weighs the step's signals: nothing to compare")
    if any(name not in learned.SIGNALS for name in step.new):
        raise SystemExit("not kept: the search no longer computes the step's signals")
    site = evaluate.Site()
    results = (stage1 if args.stage == 1 else stage2)(site, step)
    print(f"\nrule: {results['rule']}")
    out = RESULTS / f"{step.results}-stage{args.stage}.json"
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    print(f"written to {out.relative_to(RESULTS.parents[1])}")


if __name__ == "__main__":
    main()
