"""The thesaurus by meaning (`knowledge.entry_vectors`) and the learned order's reading of the
signals its trees were learnt with."""

import json

import numpy as np
import pytest

from flexpool.knowledge import entry_vectors, learned, search, text, thesaurus, vectors
from flexpool.knowledge.models import Visibility
from flexpool.knowledge.visibility import viewer_for
from tests.knowledge.helpers import make_item


def _entry_with(phrase: str, near: list) -> bool:
    return any(text.phrase_key(phrase) in entry.keys for entry in near)


@pytest.mark.django_db
def test_every_shipped_phrase_has_its_vector_and_it_is_the_models():
    with np.load(entry_vectors.VECTORS_FILE) as stored:
        shipped = dict(zip(stored["phrases"].tolist(), stored["vectors"].astype(np.float32), strict=True))
    phrases = {" ".join(p.split()) for listed in thesaurus.phrase_lists() for p in listed}
    assert len(phrases) > 1000
    assert phrases <= set(shipped), "run bench/knowledge/store_entry_vectors.py"
    sample = sorted(phrases)[::97]
    fresh = vectors.embed_queries(sample)
    for phrase, vector in zip(sample, fresh, strict=True):
        assert float(shipped[phrase] @ vector) > 0.999


@pytest.mark.django_db
def test_words_the_thesaurus_does_not_hold_come_near_the_entry_they_mean():
    # Neither query holds a phrase of the thesaurus as written.
    assert not thesaurus.also_found("mensen uitlenen")
    near = entry_vectors.nearest(vectors.embed_query("mensen uitlenen aan een buurgemeente"))
    assert len(near) == entry_vectors.NEAREST_ENTRIES
    assert _entry_with("detachering", near)
    near = entry_vectors.nearest(vectors.embed_query("te weinig stroomkabels in de wijk"))
    assert _entry_with("netcongestie", near)
    similarities = [entry.similarity for entry in near]
    assert similarities == sorted(similarities, reverse=True)


@pytest.mark.django_db
def test_each_near_entry_brings_the_vector_of_its_phrase_nearest_to_the_query():
    query = vectors.embed_query("mensen uitlenen aan een buurgemeente")
    for entry in entry_vectors.nearest(query):
        assert float(entry.vector @ query) == pytest.approx(entry.similarity, abs=1e-5)
        phrases = next(listed for listed in thesaurus.phrase_lists()
                       if tuple(k for k in map(text.phrase_key, listed) if k) == entry.keys)  # fmt: skip
        own = entry_vectors.phrase_vectors(phrases) @ query
        assert entry.similarity == pytest.approx(float(own.max()), abs=1e-5)


@pytest.mark.django_db
def test_an_item_that_speaks_of_the_nearest_entry_in_other_words_comes_near_it(
    pool, coordinator, monkeypatch
):
    # The query holds no phrase of the thesaurus; the detachering item holds neither the query's
    # words nor the word detachering: only its meaning brings it near the entry.
    query = "mensen uitlenen aan een buurgemeente"
    assert entry_vectors.nearest(vectors.embed_query(query))[0].keys[0] == text.phrase_key("detachering")
    shared = Visibility.ALL_POOLS
    lent = make_item(
        coordinator, pool, "Beleidsadviseur twee dagen per week bij Tynaarlo",
        summary="Afspraken over een medewerker die tijdelijk voor een andere organisatie werkt.",
        body="De medewerker blijft in dienst van Assen en werkt een jaar onder leiding van Tynaarlo.",
        visibility=shared,
    )  # fmt: skip
    for subject in ("parkeervergunningen", "zwembadtarieven", "afvalinzameling"):
        make_item(coordinator, pool, f"Beleidsnotitie {subject}", summary=f"Regels voor {subject}.",
                  body=f"De gemeente past de regels voor {subject} aan.", visibility=shared)  # fmt: skip
    seen = []
    original = learned.reordered

    def kept(evidence, stats):
        seen.append((evidence, stats))
        return original(evidence, stats)

    monkeypatch.setattr(learned, "reordered", kept)
    search.search_items(viewer=viewer_for(coordinator), text_query=query)
    evidence, stats = seen[0]
    ids = learned.candidates(evidence)
    rows = learned.signals(evidence, ids, stats)
    near = rows[:, learned.SIGNALS.index("cosine to the nearest entry")]
    below_best = rows[:, learned.SIGNALS.index("cosine to the nearest entry − best")]
    assert ids[int(np.argmax(near))] == lent.id
    assert below_best.max() == 0.0 and (below_best < 0).sum() == len(ids) - 1
    assert rows[ids.index(lent.id), learned.SIGNALS.index("nearest entry held")] == 0.0


@pytest.mark.django_db
def test_a_line_a_coordinator_adds_is_embedded_and_counts_at_once(coordinator):
    query = vectors.embed_query("de warmte van het datacenter gebruiken")
    assert not _entry_with("datacenterwarmte", entry_vectors.nearest(query))
    thesaurus.save_entry(
        actor=coordinator,
        values=thesaurus.EntryValues(["datacenterwarmte", "restwarmte uit een datacenter"]),
    )
    near = entry_vectors.nearest(query)
    assert _entry_with("datacenterwarmte", near[:1])


def test_an_item_holds_an_entry_when_it_holds_every_word_of_one_of_its_phrases():
    keys = (text.phrase_key("detachering"), text.phrase_key("personeel uitlenen"))
    assert entry_vectors.holds(keys, {*keys[1], "gemeente"})
    assert entry_vectors.holds(keys, {*keys[0], "gemeente"})
    assert not entry_vectors.holds(keys, {keys[1][0], "gemeente"})
    assert not entry_vectors.holds((), {*keys[0]})


def test_trees_read_the_columns_of_the_signals_they_were_learnt_with():
    # One tree over the model's signal 0, which is column 2 of the rows the search computes.
    tree = {"signal": [0, -1, -1], "threshold": [0.5, 0, 0], "left": [1, 0, 0], "right": [2, 0, 0],
            "value": [0, 1.0, 4.0]}  # fmt: skip
    rows = np.array([[9.0, 9.0, 0.1], [0.0, 0.0, 0.9]])
    assert learned.Trees([tree], columns=[2]).predict(rows) == pytest.approx([1.0, 4.0])
    assert learned.Trees([tree]).predict(rows) == pytest.approx([4.0, 1.0])


def test_a_stored_order_that_needs_a_signal_the_search_lacks_is_refused(tmp_path, monkeypatch):
    stored = json.loads(learned.MODEL_FILE.read_text())
    stored["signals"][0] = "a signal nobody computes"
    other = tmp_path / "learned_ranking.json"
    other.write_text(json.dumps(stored))
    monkeypatch.setattr(learned, "MODEL_FILE", other)
    learned.model.cache_clear()
    try:
        with pytest.raises(ValueError, match="a signal nobody computes"):
            learned.model()
    finally:
        learned.model.cache_clear()


@pytest.mark.django_db
def test_without_the_meaning_nothing_is_embedded(coordinator, monkeypatch):
    thesaurus.save_entry(
        actor=coordinator, values=thesaurus.EntryValues(["kasgaswarmte", "warmte uit kassen"])
    )

    def refuse(texts):
        raise AssertionError(f"embedded {texts} while the meaning is off")

    monkeypatch.setattr(vectors, "embed_queries", refuse)
    assert entry_vectors.nearest(None) == []
