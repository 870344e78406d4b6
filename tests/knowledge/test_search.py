"""Search on the database's own engine: matches, ranking, facets, snippets and visibility.

The suite runs on SQLite and on PostgreSQL (CI); the expected lists below are the same for both,
which is what shows that both engines give the same results.
"""

import re

import pytest
from django.db import DataError, connection, transaction

from flexpool.knowledge import indexing, ranking, search
from flexpool.knowledge.models import KnowledgeItem, TermStat, Visibility
from flexpool.knowledge.search import Filters, search_items, search_requests
from flexpool.knowledge.text import parse_query
from flexpool.knowledge.visibility import Viewer, viewer_for
from tests import builders
from tests.knowledge.helpers import make_corpus, make_item

# The same numbers on SQLite and PostgreSQL (BM25F in Python over the engine's matches).
SCORES = [
    ("Geleerde les: isolatieaanpak met bewoners", 1.1994),
    ("Raadsvoorstel warmte-net Coevorden", 0.9203),
    ("Haalbaarheidsstudie warmtenet Kloosterveen", 0.8289),
    ("Transitievisie Warmte Hoogeveen", 0.5591),
    ("Sjabloon plan van aanpak wijkuitvoeringsplan", 0.4737),
    ("Participatieplan aardgasvrije wijk Emmerhout", 0.2039),
]


@pytest.fixture(autouse=True)
def words_only():
    """These tests are about the word search; its fusion with the ranking by meaning is tested in
    tests/knowledge/test_meaning.py."""
    with ranking.using_options(ranking.Options(meaning=False)):
        yield


@pytest.fixture
def corpus(pool, coordinator):
    return make_corpus(coordinator, pool)


def titles(result):
    return [hit.item.title for hit in result.hits]


def test_the_engine_has_its_index(db):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE name = 'knowledge_item_fts'")
        else:
            cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'knowledge_%%_search_gin'")
        assert cursor.fetchall()


@pytest.mark.parametrize("query", ["warmtenet", "warmtenetten", "warmte-net", "Warmte netten"])
def test_compound_plural_and_hyphen_find_the_same_items(corpus, coordinator, query):
    result = search_items(viewer=viewer_for(coordinator), text_query=query)
    assert result.mode == "any"
    assert titles(result)[:4] == [
        "Raadsvoorstel warmte-net Coevorden",
        "Haalbaarheidsstudie warmtenet Kloosterveen",
        "Transitievisie Warmte Hoogeveen",
        "Sjabloon plan van aanpak wijkuitvoeringsplan",
    ]


@pytest.mark.parametrize(
    "query,expected",
    [
        ("coordinatie energiecooperaties", ["Coördinatie energiecoöperaties"]),
        ("isoleren", ["Geleerde les: isolatieaanpak met bewoners"]),
        ("participatieplannen aardgasvrij", ["Participatieplan aardgasvrije wijk Emmerhout"]),
        ("transitievisies", ["Transitievisie Warmte Hoogeveen"]),
        ("wijkuitvoeringsplannen", ["Sjabloon plan van aanpak wijkuitvoeringsplan"]),
    ],
)
def test_accents_plurals_and_compounds(corpus, coordinator, query, expected):
    assert titles(search_items(viewer=viewer_for(coordinator), text_query=query))[: len(expected)] == expected


def test_scores_are_the_same_on_every_engine(corpus, coordinator):
    # Scores are computed in Python from the index columns and term statistics, not by the engine.
    result = search_items(viewer=viewer_for(coordinator), text_query="warmtenet bewoners")
    assert result.mode == "any"
    assert [(h.item.title, round(h.score, 4)) for h in result.hits] == SCORES


def test_a_synonym_that_no_item_uses_does_not_reweigh_its_word(corpus, coordinator):
    # How much a word counts in the coverage comes from the words the items hold; a new thesaurus
    # line with a word no item uses ("Assen-Noord") must leave the ranking as it was.
    from flexpool.knowledge import thesaurus

    def ranking():
        hits = search_items(viewer=viewer_for(coordinator), text_query="warmtenet Kloosterveen").hits
        return [(h.item.title, round(h.score, 6)) for h in hits]

    before = ranking()
    thesaurus.save_entry(actor=coordinator, values=thesaurus.EntryValues(["Kloosterveen", "Assen-Noord"]))
    try:
        assert ranking() == before
    finally:
        thesaurus._changed()  # the line is rolled back with the test; the cached list must go too


def test_items_with_some_of_the_words_are_found_and_more_words_rank_higher(corpus, coordinator):
    # No item mentions a swimming pool: the items about heat networks are still found.
    result = search_items(viewer=viewer_for(coordinator), text_query="warmtenet zwembad")
    assert titles(result)[:2] == [
        "Raadsvoorstel warmte-net Coevorden",
        "Haalbaarheidsstudie warmtenet Kloosterveen",
    ]
    # An item with both words ranks above items with one of them, however often they say it.
    both = search_items(viewer=viewer_for(coordinator), text_query="warmtenet Kloosterveen")
    assert titles(both)[0] == "Haalbaarheidsstudie warmtenet Kloosterveen"


def test_abbreviations_from_the_thesaurus_find_the_written_out_words(corpus, coordinator):
    # The default thesaurus (migration 0006) says WUP = wijkuitvoeringsplan.
    result = search_items(viewer=viewer_for(coordinator), text_query="WUP")
    assert titles(result)[0] == "Sjabloon plan van aanpak wijkuitvoeringsplan"


def test_a_misspelt_word_is_corrected_from_the_index_and_suggested(corpus, coordinator):
    result = search_items(viewer=viewer_for(coordinator), text_query="warmtnet")
    assert result.suggestion == "warmtenet" and result.corrected
    assert titles(result)[:2] == [
        "Raadsvoorstel warmte-net Coevorden",
        "Haalbaarheidsstudie warmtenet Kloosterveen",
    ]
    # A word that is in the index is not "corrected".
    assert search_items(viewer=viewer_for(coordinator), text_query="warmtenet").suggestion == ""


def test_a_corrected_word_gets_the_synonyms_of_the_phrase_it_is_part_of(pool, coordinator):
    # The default thesaurus says TVW = transitievisie warmte; the item says only "TVW".
    make_item(coordinator, pool, "Plan van aanpak actualisatie TVW", summary="Planning en rollen.")
    make_item(coordinator, pool, "Transitievisie warmte Assen", summary="De visie.")
    with ranking.using_options(ranking.Options(meaning=False)):
        typed = search_items(viewer=viewer_for(coordinator), text_query="transitevisie warmte")
        right = search_items(viewer=viewer_for(coordinator), text_query="transitievisie warmte")
    assert typed.suggestion == "transitievisie warmte"
    assert "Plan van aanpak actualisatie TVW" in titles(typed)
    assert [(h.id, h.score) for h in typed.hits] == [(h.id, h.score) for h in right.hits]


def test_a_misspelt_compound_is_corrected_in_the_part_that_is_wrong(pool, coordinator):
    # No item holds "isolatiesubsidie" as one word, so the typed word is too far from every word
    # of the index as a whole; its parts are not.
    make_item(coordinator, pool, "Subsidie voor isolatie van de woning", summary="Regeling.")
    make_item(coordinator, pool, "Gevelisolatie in Emmen", summary="Aanpak.")
    make_item(coordinator, pool, "Bewonersavond warmtenet", summary="Verslag.")
    viewer = viewer_for(coordinator)
    for typed in ("isolatiesubsdie", "isloatiesubsidie"):
        result = search_items(viewer=viewer, text_query=typed)
        assert result.suggestion == "isolatiesubsidie" and result.corrected, typed
        assert titles(result)[0] == "Subsidie voor isolatie van de woning"
        assert "Bewonersavond warmtenet" not in titles(result)
    # A part the index holds next to one that is nowhere near a word of it: no suggestion.
    nothing = search_items(viewer=viewer, text_query="isolatiexqzwv")
    assert nothing.suggestion == "" and not nothing.corrected


def test_a_compound_of_real_words_is_not_taken_for_a_typo(pool, coordinator):
    # "toedeling" is a Dutch word (rare, so the compound is not split) that no item holds; it is
    # two letters from "tweedeling", which an item holds. A word is not a typo.
    make_item(coordinator, pool, "Kosten van het warmtenet", summary="Bedragen.")
    make_item(coordinator, pool, "De tweedeling in de wijk", summary="Verschillen.")
    result = search_items(viewer=viewer_for(coordinator), text_query="kostentoedeling")
    assert result.suggestion == "" and not result.corrected


def test_snippet_highlights_the_words_found(corpus, coordinator):
    result = search_items(viewer=viewer_for(coordinator), text_query="warmtenetten")
    snippets = {h.item.title: str(h.snippet) for h in result.hits}
    assert "<mark>warmtenet</mark>" in snippets["Haalbaarheidsstudie warmtenet Kloosterveen"]
    assert "<mark>Warmtenetten</mark>" in snippets["Transitievisie Warmte Hoogeveen"]


def test_facets_are_counted_through_the_index_and_the_planner_setting_comes_back(corpus, coordinator):
    from flexpool.knowledge import fulltext

    def sequential_scans(setting: str = "enable_seqscan") -> str:
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting(%s)", [setting])
            return cursor.fetchone()[0]

    viewer = viewer_for(coordinator)
    if connection.vendor != "postgresql":  # SQLite has no such setting: the counting runs as it is
        with fulltext.index_scans_preferred(connection):
            assert search.facet_counts_for(viewer, "warmtenet")[1] == 5
        return
    with transaction.atomic():
        with fulltext.index_scans_preferred(connection):
            assert sequential_scans() == "off"
        assert sequential_scans() == "on"
        # Inside a caller's transaction the count leaves the setting as it found it.
        assert search.facet_counts_for(viewer, "warmtenet")[1] == 5
        assert sequential_scans() == "on"


def test_the_facet_count_finds_its_matches_through_the_text_index(corpus, coordinator):
    """On PostgreSQL the text condition is planned on its own, so the matches come from the GIN
    index even where the visibility index could serve; the narrow columns it reads are those of the
    model's narrow index."""
    from django.test.utils import CaptureQueriesContext

    from flexpool.knowledge import fulltext

    narrow = next(index for index in KnowledgeItem._meta.indexes if index.name == fulltext.ITEMS.narrow_index)
    columns = tuple(KnowledgeItem._meta.get_field(name).column for name in narrow.fields)
    assert fulltext.ITEMS.narrow_columns == columns
    with CaptureQueriesContext(connection) as captured:
        assert search.facet_counts_for(viewer_for(coordinator), "warmtenet")[1] == 5
    counting = [q["sql"] for q in captured.captured_queries if "GROUP BY" in q["sql"]]
    assert len(counting) == 1
    if connection.vendor != "postgresql":
        return
    with transaction.atomic(), fulltext.index_scans_preferred(connection), connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + counting[0])
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert set(re.findall(r"Index Scan on (\w+)", plan)) == {"knowledge_knowledgeitem_search_gin"}, plan


def test_the_facet_count_planned_with_the_visibility_counts_the_same(corpus, coordinator):
    """The statement that plans the text together with the visibility and filters stays as the
    baseline of bench/knowledge/facet_plans.py: on PostgreSQL another statement, the same counts."""
    import dataclasses

    from django.test.utils import CaptureQueriesContext

    from flexpool.knowledge import fulltext

    query = search.prepare_query("warmtenetten gemeente").query
    where = search.where_for(viewer_for(coordinator), search.Filters())
    results, statements = [], []
    for spec in (fulltext.ITEMS, dataclasses.replace(fulltext.ITEMS, text_planned_apart=False)):
        with CaptureQueriesContext(connection) as captured:
            results.append(
                fulltext.facet_counts(
                    connection, spec, query, mode="any", where=where, columns=["t.kind", "t.municipality_id"]
                )
            )
        statements.append(captured.captured_queries[-1]["sql"])
    assert results[0][1] > 0
    assert results[1] == results[0]
    assert (statements[1] != statements[0]) == (connection.vendor == "postgresql")


def test_the_weights_of_given_items_are_read_and_the_planner_setting_comes_back(corpus):
    """Long queries read their candidates' weights apart (`term_weights`); on PostgreSQL through
    the key alone, with bitmap scans allowed again afterwards."""
    from flexpool.knowledge import fulltext, text
    from flexpool.knowledge.models import KnowledgeItem

    item = KnowledgeItem.objects.get(title="Transitievisie Warmte Hoogeveen")
    other = KnowledgeItem.objects.exclude(pk=item.pk).first()
    terms = text.parse_query("warmtenetten kosten").terms
    rows = fulltext.term_weights(connection, [item.pk, other.pk], terms)
    assert {(pk, term) for pk, term, _w in rows} >= {(item.pk, "warmtenet")}
    assert all(weight > 0 and term in terms for _pk, term, weight in rows)
    if connection.vendor != "postgresql":
        return

    def bitmap_scans() -> str:
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('enable_bitmapscan')")
            return cursor.fetchone()[0]

    assert bitmap_scans() == "on"
    # A statement that fails inside raises its own error, and the setting comes back all the same.
    with (
        pytest.raises(DataError, match="division by zero"),
        fulltext.planned_without(connection, "enable_bitmapscan"),
    ):
        assert bitmap_scans() == "off"
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 / 0")
    assert bitmap_scans() == "on"


def test_facets_count_the_matches(corpus, coordinator):
    result = search_items(viewer=viewer_for(coordinator), text_query="warmtenet")
    kinds = {f.value: f.count for f in result.facets["kind"]}
    # Every item with any of the query's terms (here also the part "warmte"), as the results.
    assert kinds == {"raadsvoorstel": 2, "onderzoek": 1, "sjabloon": 1, "les": 1}
    assert {f.value: f.count for f in result.facets["year"]} == {2025: 2, 2024: 2, 2022: 1}
    assert result.total == len(result.hits) == 5
    filtered = search_items(
        viewer=viewer_for(coordinator),
        text_query="warmtenet",
        filters=Filters(kind="raadsvoorstel", year=2025),
    )
    assert titles(filtered) == ["Raadsvoorstel warmte-net Coevorden"]


def test_browse_without_a_query_lists_newest_first(corpus, coordinator):
    result = search_items(viewer=viewer_for(coordinator), text_query="", per_page=3)
    assert result.mode == "browse" and result.total == 7 and result.pages == 3
    assert titles(result)[0] in {
        "Geleerde les: isolatieaanpak met bewoners",
        "Raadsvoorstel warmte-net Coevorden",
    }


# Visibility ------------------------------------------------------------------------------------


@pytest.fixture
def two_pools(pool, coordinator, assen, reference_data):
    other = builders.make_pool("Warmteteam Twente", "ES16", codes=["GM0153", "GM0164"])
    other_coordinator = builders.make_coordinator(other, username="coordinator-twente")
    enschede = builders.make_contact("GM0153", "enschede")
    own = make_item(coordinator, pool, "Interne notitie warmtenet Drenthe", visibility=Visibility.POOL)
    shared = make_item(coordinator, pool, "Gedeelde notitie warmtenet", visibility=Visibility.ALL_POOLS)
    public = make_item(coordinator, pool, "Openbare notitie warmtenet", visibility=Visibility.PUBLIC)
    theirs = make_item(other_coordinator, other, "Twentse notitie warmtenet", municipality="GM0153")
    return {
        "own": own, "shared": shared, "public": public, "theirs": theirs,
        "other_coordinator": other_coordinator, "enschede": enschede,
    }  # fmt: skip


def _found(user):
    viewer = viewer_for(user) if user is not None else Viewer.anonymous()
    return set(titles(search_items(viewer=viewer, text_query="notitie warmtenet")))


def test_an_item_of_one_pool_is_not_visible_to_another_unless_shared(two_pools, coordinator, assen, member):
    drenthe = {
        "Interne notitie warmtenet Drenthe",
        "Gedeelde notitie warmtenet",
        "Openbare notitie warmtenet",
    }
    assert _found(coordinator) == drenthe
    assert _found(assen) == drenthe
    assert _found(member.user) == drenthe
    assert _found(two_pools["other_coordinator"]) == {
        "Gedeelde notitie warmtenet", "Openbare notitie warmtenet", "Twentse notitie warmtenet",
    }  # fmt: skip
    assert _found(two_pools["enschede"]) == _found(two_pools["other_coordinator"])
    assert _found(None) == {"Openbare notitie warmtenet"}


def test_facets_do_not_reveal_invisible_items(two_pools):
    result = search_items(viewer=Viewer.anonymous(), text_query="notitie")
    assert result.total == 1 and sum(f.count for f in result.facets["kind"]) == 1


# Index maintenance -----------------------------------------------------------------------------


def test_statistics_follow_changes_and_match_a_rebuild(corpus, coordinator):
    from flexpool.knowledge import services

    item = corpus["Transitievisie Warmte Hoogeveen"]
    services.delete_item(actor=coordinator, item=corpus["Coördinatie energiecoöperaties"])
    values = services.ItemValues(
        title="Transitievisie Warmte Hoogeveen (herzien)", kind=item.kind, published_on=item.published_on,
        summary="Herziene TVW met warmtepompen.",
    )  # fmt: skip
    services.update_item(actor=coordinator, item=item, values=values)
    incremental = dict(TermStat.objects.values_list("index", "term").annotate().values_list("term", "df"))
    totals = TermStat.objects.get(index="item", term="")
    before = (totals.df, totals.total_length)
    indexing.rebuild()
    rebuilt = dict(TermStat.objects.filter(index="item").values_list("term", "df"))
    totals = TermStat.objects.get(index="item", term="")
    assert (
        before
        == (totals.df, totals.total_length)
        == (6, sum(KnowledgeItem.objects.values_list("search_length", flat=True)))
    )
    assert {k: v for k, v in incremental.items() if v} | {"": 6} == {
        k: v for k, v in rebuilt.items() if v
    } | {"": 6}
    assert titles(search_items(viewer=viewer_for(coordinator), text_query="herziene warmtepompen"))[0] == (
        "Transitievisie Warmte Hoogeveen (herzien)"
    )
    assert not search_items(viewer=viewer_for(coordinator), text_query="coördinatie").hits


def test_requests_are_indexed_when_saved(pool, assen, emmen):
    earlier = builders.make_request(
        pool, emmen, title="Projectleider warmtenet Emmen", description="Aanleg van warmtenetten."
    )
    builders.make_request(pool, assen, title="Eigen vraag warmtenet Assen")
    found = search_requests(
        query=parse_query("warmte-net"),
        pool_ids=(pool.pk,),
        exclude_municipality=assen.contact.municipality_id,
    )
    assert [request_id for request_id, _score in found] == [earlier.pk]
    earlier.title = "Projectleider isolatie"
    earlier.description = "Isolatie van woningen."
    earlier.save()
    assert not search_requests(
        query=parse_query("warmtenet"),
        pool_ids=(pool.pk,),
        exclude_municipality=assen.contact.municipality_id,
    )


# The same first page, to 1e-6 in the score, on SQLite and PostgreSQL (CI runs this file on both):
# the ranking is computed in Python from plain columns, the thesaurus and the spelling correction
# are applied in Python, so the engines only have to agree on which rows hold a term.
ENGINE_AGREEMENT = {
    "isolatie": [
        ("Geleerde les: isolatieaanpak met bewoners", 2.011937),
        ("Transitievisie Warmte Hoogeveen", 1.163151),
    ],
    "WUP": [
        ("Sjabloon plan van aanpak wijkuitvoeringsplan", 2.045971),
    ],
    "warmtnet": [
        ("Raadsvoorstel warmte-net Coevorden", 2.113672),
        ("Haalbaarheidsstudie warmtenet Kloosterveen", 2.048563),
        ("Transitievisie Warmte Hoogeveen", 1.37345),
        ("Sjabloon plan van aanpak wijkuitvoeringsplan", 1.150728),
        ("Geleerde les: isolatieaanpak met bewoners", 0.155934),
    ],
    "hoe betrek je bewoners bij een warmtenet": [
        ("Geleerde les: isolatieaanpak met bewoners", 0.289124),
        ("Raadsvoorstel warmte-net Coevorden", 0.221853),
        ("Haalbaarheidsstudie warmtenet Kloosterveen", 0.199813),
        ("Transitievisie Warmte Hoogeveen", 0.134787),
        ("Sjabloon plan van aanpak wijkuitvoeringsplan", 0.114197),
        ("Participatieplan aardgasvrije wijk Emmerhout", 0.049145),
    ],
    "participatieplannen aardgasvrije wijken": [
        ("Participatieplan aardgasvrije wijk Emmerhout", 13.434),
        ("Sjabloon plan van aanpak wijkuitvoeringsplan", 0.339725),
        ("Transitievisie Warmte Hoogeveen", 0.015124),
        ("Raadsvoorstel warmte-net Coevorden", 0.013041),
    ],
    "energie-coöperatie": [
        ("Coördinatie energiecoöperaties", 5.438885),
        ("Geleerde les: isolatieaanpak met bewoners", 0.038307),
    ],
}


@pytest.mark.parametrize("query", sorted(ENGINE_AGREEMENT))
def test_results_agree_on_both_engines(corpus, coordinator, query):
    hits = search_items(viewer=viewer_for(coordinator), text_query=query).hits
    expected = ENGINE_AGREEMENT[query]
    assert [h.item.title for h in hits] == [title for title, _score in expected]
    assert [h.score for h in hits] == pytest.approx([score for _title, score in expected], abs=1e-6)


def test_feedback_moves_up_an_item_about_what_the_best_items_are_about(db):
    query = parse_query("warmte")
    about = "warmt aquathermie oppervlaktewater warmtewisselaar"
    rows = {pk: [about, "", f"tekst {pk}"] for pk in range(1, 6)}  # the best five share a subject
    rows[6] = ["warmt parkeren", "", "laadpalen"]
    rows[7] = ["warmt", "", "aquathermie oppervlaktewater"]
    ranked = [(pk, 10.0 - pk) for pk in range(1, 6)] + [(6, 2.0), (7, 1.9)]
    reranked = [pk for pk, _s in ranking.with_feedback(ranked, query, rows)]
    assert reranked.index(7) < reranked.index(6)
    # An item that holds none of those terms keeps its score.
    assert dict(ranking.with_feedback(ranked, query, rows))[6] == 2.0
