"""Experiment, not part of the product: do items whose nearest neighbours score well deserve a higher place?

The cluster hypothesis says that relevant items resemble each other. Score regularisation (Diaz,
"Regularizing ad hoc retrieval scores", CIKM 2005) uses it after the ranking: an item's score is
mixed with the scores of the items most like it, so an item that stands alone among near misses
(a word match on a side issue) moves down, and one among well-scored items of the same subject
moves up, even when it says it in other words. Here, after the fusion of words and meaning, the
first HEAD items of the ranking are taken with their stored vectors; each one's score (scaled
between the lowest and the highest of the HEAD) is mixed with the similarity-weighted mean score of
its NEIGHBOURS most similar items among them: (1 - MIX) x own + MIX x neighbours'. The HEAD items
take the first places in that new order; the scores stay with the places and the rest of the
ranking stays as it was (as the feedback by meaning does), so nothing is added or dropped.

The rule, written down with this script before it first ran, with this one setting (HEAD 30,
NEIGHBOURS 5, MIX 0.3) and no other: on the four development corpora the mean nDCG@10 must rise by
at least +0.003 with no corpus losing more than 0.005; only then is it run on holdout16 (written
at the same time by someone who has read only the domain description, not run before), where it
must gain at least +0.003 nDCG@10 and lose no more than 0.003 recall@10.

    .venv/bin/python bench/knowledge/neighbour_scores_experiment.py [--corpus C ...]

Writes bench/results/knowledge-neighbour-scores-experiment[-corpora].json.
"""

from __future__ import annotations

from contextlib import contextmanager

import experiment  # sets up Django on a scratch database
import numpy as np

from flexpool.knowledge import ranking, vectors

HEAD = 30
NEIGHBOURS = 5
MIX = 0.3


def regularised(ranked: list[tuple[int, float]]) -> list[tuple[int, float]]:
    head = ranked[:HEAD]
    stored = vectors.vectors_of([pk for pk, _s in head])
    head_ids = [pk for pk, _s in head if pk in stored]
    if len(head_ids) <= NEIGHBOURS:
        return ranked
    low, high = min(s for _pk, s in head), max(s for _pk, s in head)
    # An item without a stored vector keeps its own scaled score.
    mixed = {pk: (s - low) / (high - low) if high > low else 0.0 for pk, s in head}
    own = np.asarray([mixed[pk] for pk in head_ids])
    unit = np.vstack([stored[pk][0] / (np.linalg.norm(stored[pk][0]) or 1.0) for pk in head_ids])
    similarity = np.clip(unit @ unit.T, 0.0, None)
    np.fill_diagonal(similarity, -1.0)
    for row, pk in enumerate(head_ids):
        nearest = np.argsort(-similarity[row])[:NEIGHBOURS]
        weights = similarity[row, nearest]
        neighbours = float(weights @ own[nearest] / weights.sum()) if weights.sum() > 0 else 0.0
        mixed[pk] = (1 - MIX) * float(own[row]) + MIX * neighbours
    place = {pk: n for n, (pk, _s) in enumerate(head)}
    order = sorted(mixed, key=lambda pk: (-round(mixed[pk], 9), place[pk]))
    return [(pk, s) for pk, (_pk, s) in zip(order, head, strict=True)] + ranked[HEAD:]


@contextmanager
def neighbour_scores_on():
    fuse = ranking.fuse

    def fuse_then_regularise(words, meaning, **kwargs):
        return regularised(fuse(words, meaning, **kwargs))

    ranking.fuse = fuse_then_regularise
    try:
        yield
    finally:
        ranking.fuse = fuse


if __name__ == "__main__":
    experiment.command_line(__doc__, "neighbour-scores", "neighbours", neighbour_scores_on)
