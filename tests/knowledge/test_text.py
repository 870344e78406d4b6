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
        # Plurals in -s after -e, which the stemmer keeps whole, and English plurals in -es.
        ("subsidie", "subsidies", "Subsidies"),
        ("organisatie", "organisaties"),
        ("vacature", "vacatures"),
        ("kerncentrale", "kerncentrales"),
        ("energiecoach", "energiecoaches", "energie-coaches"),
        ("aardgasvrije wijk", "aardgasvrije wijken", "aardgas-vrije wijk"),
    ],
)
def test_forms_of_one_word_meet(words):
    # Written as one word, hyphenated or plural: the same terms. Written apart: the same parts
    # (a compound also keeps its whole word, so the parts are what every form has in common).
    joined = {text.normalise(w) for w in words if w.isalpha()}
    assert len(joined) <= 1, joined
    whole = text.terms(words[0])[0]
    for w in words:
        if "-" in w and " " not in w:
            assert text.terms(w)[0] == whole, w
    parts = set(text.terms(words[0])[1:] if len(text.terms(words[0])) > 1 else text.terms(words[0]))
    for w in words:
        assert parts <= set(text.terms(w)), (w, text.terms(w))


@pytest.mark.parametrize(
    "word,parts",
    [
        ("warmtenetten", ["warmtenet", "warmt", "net"]),
        ("wijkuitvoeringsplannen", ["wijkuitvoeringsplan", "wijk", "uitvoer", "plan"]),
        ("bewonersavonden", ["bewonersavond", "bewoner", "avond"]),
        ("transitievisie", ["transitievisie", "transitie", "visie"]),
        ("warmtebronnen", ["warmtebron", "warmt", "bron"]),
        # Not in the curated lexicon: split against the general Dutch word list.
        ("dakisolatie", ["dakisolatie", "dak", "isolatie"]),
        ("kostenverdeelsleutel", ["kostenverdeelsleutel", "kost", "verdel", "sleutel"]),
        ("samenwerkingsovereenkomst", ["samenwerkingsovereenkomst", "samenwerk", "overeenkomst"]),
    ],
)
def test_compounds_give_the_whole_word_and_its_stemmed_parts(word, parts):
    assert text.terms(word) == parts


@pytest.mark.parametrize("word", ["overheid", "ziekenhuis", "belangrijk", "gemeente", "landelijk"])
def test_common_words_are_not_cut_into_smaller_words(word):
    # Koehn-Knight: a word more frequent than its would-be parts stays whole.
    assert len(text.terms(word)) == 1


@pytest.mark.parametrize(
    "word,base",
    [
        ("subsidies", "subsidie"),
        ("affiches", "affiche"),  # French: the singular ends in -e
        ("coaches", "coach"),  # English: it does not
        ("crashes", "crash"),
        ("precies", "precies"),  # no plural: "precie" is no word
        ("proces", "proces"),
    ],
)
def test_a_plural_in_es_is_read_as_its_singular(word, base):
    assert text.singular(word) == base


@pytest.mark.parametrize("word", ["netwerk", "kosten", "drenthe", "assen", "2030"])
def test_ordinary_words_stay_whole(word):
    assert len(text.terms(word)) == 1


def test_stopwords_and_punctuation_are_dropped():
    assert text.normalise("De kosten van het warmte-net, en de baten!") == "kost warmtenet warmt net bat"


def test_a_query_has_one_concept_per_word_with_the_compound_parts_weighed_less():
    query = text.parse_query("warmtenetten in Assen")
    assert [c.word for c in query.concepts] == ["warmtenetten", "assen"]
    assert query.concepts[0].alternatives == ((("warmtenet", 1.0), ("warmt", 0.5), ("net", 0.5)),)
    assert query.terms == ["warmtenet", "warmt", "net", "ass"]
    assert text.parse_query("de het een").concepts == ()


def test_question_words_are_not_searched_for():
    assert [c.word for c in text.parse_query("Hoeveel kost een warmtenet per woning?").concepts] == [
        "kost",
        "warmtenet",
        "woning",
    ]


def test_the_thesaurus_adds_alternatives_and_recognises_phrases():
    thesaurus = {
        ("wup",): ("wijkuitvoeringsplan",),
        ("wet", "collectiev", "warmt"): ("Wcw",),
    }
    query = text.parse_query("WUP volgens de Wet collectieve warmte", thesaurus=thesaurus)
    assert [c.word for c in query.concepts] == ["wup", "volgens", "wet collectieve warmte"]
    assert query.concepts[0].sources == ("word", "thesaurus")
    # A synonym weighs half the word as typed (text.SYNONYM_WEIGHT).
    assert query.concepts[0].alternatives[1][0] == ("wijkuitvoeringsplan", text.SYNONYM_WEIGHT)
    assert query.concepts[2].alternatives[1] == (("wcw", text.SYNONYM_WEIGHT),)


def test_spelling_corrections_replace_the_typed_word_and_bring_its_synonyms():
    query = text.with_corrections("warmtnet", {"warmtnet": "warmtenet"})
    assert query.concepts[0].sources == ("spelling",)
    assert "warmtenet" in query.terms and "warmtnet" not in query.terms
    # A corrected word takes part in the thesaurus's phrases as if it had been typed right.
    thesaurus = {("transitievisie", "warmt"): ("TVW",), ("tvw",): ("transitievisie warmte",)}
    query = text.with_corrections(
        "transitevisie warmte", {"transitevisie": "transitievisie"}, thesaurus=thesaurus
    )
    assert [c.word for c in query.concepts] == ["transitievisie warmte"]
    assert query.concepts[0].sources == ("spelling", "thesaurus")
    assert "tvw" in query.terms


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


@pytest.mark.parametrize(
    ("query", "question"),
    [
        ("wat doet een energiecoach", True),
        ("Hoe vraag ik een projectleider aan", True),
        ("is er subsidie voor isolatie", True),
        ("subsidie isolatie?", True),
        ("warmtenet kosten per woning", False),
        ("watermanagement", False),
        ("", False),
    ],
)
def test_a_question_is_known_by_its_first_word_or_question_mark(query, question):
    assert text.is_question(query) is question
