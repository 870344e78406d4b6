"""The thesaurus by meaning (`knowledge.entry_vectors`) and the learned order's reading of the
signals its trees were learnt with."""

import json

import numpy as np
import pytest

from flexpool.knowledge import entry_vectors, learned, text, thesaurus, vectors


def _entry_with(phrase: str, near: list) -> bool:
    return any(text.phrase_key(phrase) in keys for _similarity, keys in near)


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
    similarities = [similarity for similarity, _keys in near]
    assert similarities == sorted(similarities, reverse=True)


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
