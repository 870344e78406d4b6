"""The normaliser: Dutch stemming, compounds, hyphens, plurals and accents (no database)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flexpool.knowledge import text


@pytest.mark.parametrize(
    "words",
    [
        ("warmtenet", "warmtenetten", "warmte-net", "Warmte net", "WARMTENETTEN", "warmtenets"),
        ("warmtepomp", "warmtepompen", "warmte-pompen"),
        ("wijkuitvoeringsplan", "wijkuitvoeringsplannen", "wijk-uitvoeringsplan"),
        ("participatieplan", "participatieplannen", "participatie plan"),
        ("raadsvoorstel", "raadsvoorstellen", "raads-voorstel"),
        ("isolatiemaatregel", "isolatiemaatregelen", "isolatie-maatregelen"),
        ("zonnepaneel", "zonnepanelen"),
        ("coördinatie", "coordinatie", "Coördinatie"),
        ("energiecoöperatie", "energiecooperatie", "energie-coöperaties"),
        ("gemeente", "gemeenten", "gemeentes"),
        ("studie", "studies"),
        ("aardgasvrije wijk", "aardgasvrije wijken", "aardgas-vrije wijk"),
    ],
)
def test_forms_of_one_word_meet(words):
    normalised = {text.normalise(w) for w in words}
    assert len(normalised) == 1, normalised


@pytest.mark.parametrize(
    "word,parts",
    [
        ("warmtenetten", ["warmt", "net"]),
        ("wijkuitvoeringsplan", ["wijk", "uitvoer", "plan"]),
        ("bewonersavonden", ["bewoner", "avond"]),
        ("transitievisie", ["transitie", "visie"]),
        ("warmtebronnen", ["warmt", "bron"]),
    ],
)
def test_compounds_split_into_stemmed_parts(word, parts):
    assert text.terms(word) == parts


@pytest.mark.parametrize("word", ["netwerk", "kosten", "drenthe", "assen", "2030"])
def test_ordinary_words_stay_whole(word):
    assert len(text.terms(word)) == 1


def test_stopwords_and_punctuation_are_dropped():
    assert text.normalise("De kosten van het warmte-net, en de baten!") == "kost warmt net bat"


def test_query_groups_keep_compound_parts_together():
    query = text.parse_query("warmtenetten in Assen")
    assert query.groups == (("warmt", "net"), ("ass",))
    assert text.parse_query("de het een").groups == ()


def test_highlight_marks_original_words_and_escapes_html():
    query = text.parse_query("warmtenet")
    snippet = text.highlight("<b>Het</b> warmte-net en de warmtenetten van Assen.", query)
    assert "&lt;b&gt;" in snippet
    assert "<mark>warmte</mark>-<mark>net</mark>" in snippet and "<mark>warmtenetten</mark>" in snippet


def test_highlight_picks_the_passage_with_the_terms():
    filler = " ".join(["tekst"] * 200)
    snippet = text.highlight(f"{filler} over isolatie van woningen {filler}", text.parse_query("isolatie"))
    assert snippet.startswith("…") and "<mark>isolatie</mark>" in snippet


def test_the_pipeline_can_be_switched_off_for_the_baseline():
    assert text.normalise("Warmtenetten", text.PLAIN) == "warmtenetten"


@given(st.text(max_size=200))
def test_normalise_never_fails_and_gives_safe_tokens(value):
    for term in text.normalise(value).split():
        assert term and " " not in term


@given(st.text(alphabet=st.characters(categories=["L", "N", "P", "Z"]), max_size=100))
def test_normalise_is_idempotent_on_its_tokens(value):
    # Indexing the index string again gives terms that are still found by the same query.
    once = text.normalise(value)
    assert text.parse_query(value).terms == list(dict.fromkeys(text.parse_query(value).terms))
    assert all(t.isalnum() or not t for t in once.split())
