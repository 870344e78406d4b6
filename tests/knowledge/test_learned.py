"""The learned order of the best candidates (`knowledge.learned`): its trees, what it may show, and
its agreement on both engines (CI runs this file on SQLite and on PostgreSQL)."""

import dataclasses
import json

import numpy as np
import pytest

from flexpool.knowledge import learned, ranking, search, vectors
from flexpool.knowledge.models import ItemKind, Visibility
from flexpool.knowledge.search import search_items
from flexpool.knowledge.visibility import Viewer, viewer_for
from tests.knowledge.helpers import make_corpus, make_item
from tests.knowledge.test_meaning import exact_nearest

# Two trees over two signals. The first splits signal 0 at 0.5 (a value at the threshold goes
# left), then signal 1 at 2.0; the second is a single leaf that every row reaches.
TREES = [
    {"signal": [0, -1, 1, -1, -1], "threshold": [0.5, 0, 2.0, 0, 0], "left": [1, 0, 3, 0, 0],
     "right": [2, 0, 4, 0, 0], "value": [0, -1.0, 0, 2.0, 5.0]},
    {"signal": [-1], "threshold": [0], "left": [0], "right": [0], "value": [0.25]},
]  # fmt: skip


def test_trees_add_up_the_leaves_each_row_reaches():
    rows = np.array([[0.5, 9.0], [0.2, 0.0], [0.7, 2.0], [0.7, 2.1]])
    assert learned.Trees(TREES).predict(rows) == pytest.approx([-0.75, -0.75, 2.25, 5.25])


def _walked(tree: dict, row: np.ndarray) -> float:
    node = 0
    while tree["signal"][node] >= 0:
        goes_left = row[tree["signal"][node]] <= tree["threshold"][node]
        node = tree["left"][node] if goes_left else tree["right"][node]
    return tree["value"][node]


def test_the_stored_trees_give_what_walking_each_tree_gives():
    trees = json.loads(learned.MODEL_FILE.read_text())["trees"]
    rng = np.random.default_rng(3)
    rows = np.vstack([rng.normal(0, scale, (40, len(learned.SIGNALS))) for scale in (0.5, 5, 50)])
    # Values exactly at a threshold go left: put some rows on the first tree's splits.
    first = trees[0]
    for number, (signal, threshold) in enumerate(zip(first["signal"], first["threshold"], strict=True)):
        if signal >= 0:
            rows[number, signal] = threshold
    rows[-1, ::2] = np.nan  # not a signal the search computes, but it must go the same way
    walked = [sum(_walked(tree, row) for tree in trees) for row in rows]
    assert learned.model().predict(rows) == pytest.approx(walked, rel=1e-12, abs=1e-12)


def test_the_stored_model_reads_the_signals_the_search_computes():
    model = learned.model()
    assert model.signal.max() < len(learned.SIGNALS)
    # A candidate first in every list, holding the whole query in its title, against one that
    # no list places and that holds nothing of the query.
    best = np.zeros(len(learned.SIGNALS))
    for name, value in [("place as shipped", 1000 / 61), ("place in words", 1000 / 61),
                        ("place in meaning", 1000 / 61), ("word score / best", 1.0), ("coverage", 1.0),
                        ("title coverage", 1.0), ("summary coverage", 1.0), ("cosine", 0.9),
                        ("cosine to the moved query", 0.9), ("best cosine (query)", 0.9),
                        ("best coverage (query)", 1.0), ("concepts (query)", 2.0),
                        ("log length", 5.0)]:  # fmt: skip
        best[learned.SIGNALS.index(name)] = value
    worst = best.copy()
    for name in ("place as shipped", "place in words", "place in meaning", "word score / best", "coverage",
                 "title coverage", "summary coverage"):  # fmt: skip
        worst[learned.SIGNALS.index(name)] = 0.0
    worst[learned.SIGNALS.index("cosine")] = worst[learned.SIGNALS.index("cosine to the moved query")] = 0.7
    worst[learned.SIGNALS.index("cosine − best")] = -0.2
    scores = model.predict(np.vstack([best, worst]))
    assert np.isfinite(scores).all()
    assert scores[0] > scores[1]


def _fillers(coordinator, pool, count=8):
    """Items about other things, so that the corpus holds more than a page."""
    subjects = ["parkeervergunningen", "zwembadtarieven", "bibliotheekuren", "afvalinzameling",
                "sportsubsidies", "marktvergunningen", "begraafplaatsen", "hondenbelasting",
                "kermisplaatsen", "speeltuinen"]  # fmt: skip
    for subject in subjects[:count]:
        make_item(coordinator, pool, f"Beleidsnotitie {subject}", summary=f"Regels voor {subject}.",
                  body=f"De gemeente past de regels voor {subject} aan.", visibility=Visibility.ALL_POOLS,
                  kind=ItemKind.OTHER)  # fmt: skip


def test_the_learned_order_reorders_the_fused_candidates_and_hides_nothing_it_should_not(pool, coordinator):
    make_corpus(coordinator, pool)
    _fillers(coordinator, pool)
    viewer = viewer_for(coordinator)
    for query in ("warmtenet", "isolatie van woningen", "hoe betrek je bewoners bij een warmtenet"):
        with ranking.using_options(ranking.Options(learned=False)):
            fused = search_items(viewer=viewer, text_query=query, per_page=50)
        ordered = search_items(viewer=viewer, text_query=query, per_page=50)
        before = [h.id for h in fused.hits]
        after = [h.id for h in ordered.hits]
        # Every item of the fused ranking stays; only items found by meaning alone may join, on
        # the first page, and they are counted.
        assert set(before) <= set(after)
        added = [pk for pk in after if pk not in before]
        assert all(after.index(pk) < learned.FIRST_PAGE for pk in added)
        assert ordered.total == len(after)
        assert ordered.total == search.facet_counts_for(viewer, query)[1]
        # The scores stay with the places: the ranking keeps the fusion's scale and order.
        assert [h.score for h in ordered.hits][: len(before)] == [h.score for h in fused.hits]


@pytest.mark.parametrize("depth, nearest", [(5, 3), (learned.CANDIDATES, ranking.MEANING_DEPTH)])
def test_what_is_read_while_the_query_is_embedded_changes_no_signal(
    pool, coordinator, monkeypatch, depth, nearest
):
    make_corpus(coordinator, pool)
    _fillers(coordinator, pool)
    # Fewer candidates and nearest items than the corpus holds, so that some word matches are not
    # candidates and some are not among the nearest.
    monkeypatch.setattr(learned, "CANDIDATES", depth)
    monkeypatch.setattr(ranking, "MEANING_DEPTH", nearest)
    seen = []
    original = learned.reordered

    def kept(evidence, stats):
        seen.append((evidence, stats))
        return original(evidence, stats)

    monkeypatch.setattr(learned, "reordered", kept)
    for query in ("warmtenet", "isolatie van woningen", "hoe betrek je bewoners bij een warmtenet"):
        search_items(viewer=viewer_for(coordinator), text_query=query)
    assert len(seen) == 3
    for evidence, stats in seen:
        ids = learned.candidates(evidence)
        # Every candidate the meaning did not bring was read before the meaning was in.
        found_by_meaning = {pk for pk, _s in evidence.meaning}
        assert all(pk in evidence.word_facts for pk in ids if pk not in found_by_meaning)
        # Read afresh, nothing read in advance, the signals are the same.
        afresh = dataclasses.replace(evidence, word_facts={}, nearest=vectors.Nearest(evidence.nearest.text))
        assert np.array_equal(learned.signals(evidence, ids, stats), learned.signals(afresh, ids, stats))


def test_an_item_the_viewer_may_not_see_is_never_added(pool, coordinator):
    hidden = make_item(coordinator, pool, "Intern verslag over riothermie", visibility=Visibility.POOL)
    shown = make_item(coordinator, pool, "Openbaar verslag over riothermie", visibility=Visibility.PUBLIC)
    _fillers(coordinator, pool, count=3)
    for query in ("riothermie", "warmte uit het riool", "wat levert warmte uit afvalwater op"):
        ids = [h.id for h in search_items(viewer=Viewer.anonymous(), text_query=query).hits]
        assert hidden.pk not in ids
        assert shown.pk in ids


@pytest.mark.parametrize("query", ["warmtnet", "isolatie", "lokale stroomcollectieven", "WUP"])
def test_the_learned_order_agrees_on_both_engines(pool, coordinator, query, monkeypatch):
    """The nearest items come from the HNSW index on PostgreSQL and from an exact search on SQLite;
    the learned order over them must be the one made from the exact nearest items."""
    make_corpus(coordinator, pool)
    _fillers(coordinator, pool)
    viewer = viewer_for(coordinator)
    served = search_items(viewer=viewer, text_query=query, per_page=50).hits
    monkeypatch.setattr(vectors.Nearest, "result", exact_nearest)
    exact = search_items(viewer=viewer, text_query=query, per_page=50).hits
    assert [h.item.title for h in served] == [h.item.title for h in exact]
    assert [h.score for h in served] == pytest.approx([h.score for h in exact], abs=1e-6)


def test_the_benchmark_can_switch_the_learned_order_off(pool, coordinator, monkeypatch):
    make_corpus(coordinator, pool)
    _fillers(coordinator, pool)
    viewer = viewer_for(coordinator)
    calls = []
    original = learned.reordered

    def counted(evidence, stats):
        calls.append(len(learned.candidates(evidence)))
        return original(evidence, stats)

    monkeypatch.setattr(learned, "reordered", counted)
    search_items(viewer=viewer, text_query="warmtenet")
    with ranking.using_options(ranking.Options(learned=False)):
        search_items(viewer=viewer, text_query="warmtenet")
    # "Kijk eerst hier" passes the request's words already parsed: no learned order there.
    parsed = search.prepare_query("warmtenet").query
    search_items(viewer=viewer, text_query="", parsed=parsed, meaning_text="warmtenet")
    assert len(calls) == 1 and calls[0] >= 2


def test_an_operator_can_switch_the_learned_order_off(monkeypatch):
    import importlib

    try:
        monkeypatch.setenv("FLEXPOOL_LEARNED_ORDER", "0")
        assert importlib.reload(ranking).Options().learned is False
        monkeypatch.setenv("FLEXPOOL_LEARNED_ORDER", "1")
        assert importlib.reload(ranking).Options().learned is True
    finally:
        monkeypatch.delenv("FLEXPOOL_LEARNED_ORDER")
        importlib.reload(ranking)
    assert ranking.options().learned is True
