"""The proximity of the query's concepts in an item (no database)."""

from flexpool.knowledge import ranking, text


def _columns(*values: str) -> list[str]:
    return [text.normalise(value) for value in values]


def test_concepts_standing_close_earn_the_bonus_and_far_apart_do_not():
    query = text.parse_query("warmtenet subsidie")
    close = _columns("Subsidie voor het warmtenet", "", "")
    # Within one field, with more than PROXIMITY_SPAN words between them.
    apart = _columns(
        "", "", "Subsidie voor eigenaren die isoleren, zonnepanelen leggen en later op het warmtenet gaan"
    )
    assert ranking.proximity_factor(query, close) == 1 + ranking.PROXIMITY_BONUS
    assert ranking.proximity_factor(query, apart) == 1.0


def test_concepts_in_different_fields_never_stand_close():
    query = text.parse_query("warmtenet subsidie")
    # The last word of the title and the first of the summary are neighbours as text, not as fields.
    assert (
        ranking.proximity_factor(query, _columns("Aanleg van een warmtenet", "Subsidie aangevraagd", ""))
        == 1.0
    )


def test_a_query_of_one_concept_has_no_proximity():
    assert (
        ranking.proximity_factor(text.parse_query("warmtenet"), _columns("warmtenet warmtenet", "", ""))
        == 1.0
    )


def test_split_columns_give_the_factor_of_the_text():
    query = text.parse_query("isolatie huurwoningen subsidie")
    for columns in (
        _columns("Isolatie van huurwoningen", "Subsidie voor isolatie", "Huurwoningen krijgen subsidie"),
        _columns("", "", "isolatie " + "woord " * 10 + "huurwoningen subsidie"),
    ):
        split = [value.split() for value in columns]
        assert ranking.proximity_factor_of_terms(query, split) == ranking.proximity_factor(query, columns)
    assert ranking.proximity_factor(
        query, _columns("", "", "isolatie " + "woord " * 10 + "huurwoningen subsidie")
    ) == (1 + ranking.PROXIMITY_BONUS / 2)
