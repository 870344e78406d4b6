"""Dutch decimals in forms and sentences, and plurals instead of "(s)"."""

from decimal import Decimal

import pytest
from django.utils import translation

from flexpool.core.numbers import number_text
from flexpool.engines.matching.criteria import competence_fit
from flexpool.matching.criteria_text import detail_text
from flexpool.matching.selfservice_forms import ContractForm
from flexpool.notifications.kinds import Kind
from flexpool.notifications.models import Notification


def test_numbers_in_the_active_language():
    with translation.override("nl"):
        assert number_text(Decimal("16.0")) == "16"
        assert number_text(Decimal("16.50")) == "16,5"
        assert number_text(Decimal("8904.00"), 2) == "8.904,00"
    with translation.override("en"):
        assert number_text(Decimal("16.50")) == "16.5"
        assert number_text(Decimal("8904.00"), 2) == "8,904.00"


def test_a_dutch_form_shows_and_reads_a_decimal_comma():
    with translation.override("nl"):
        form = ContractForm(initial={"contract_hours": Decimal("16.0")})
        html = str(form["contract_hours"])
        assert 'value="16"' in html and "16.0" not in html
        assert 'inputmode="decimal"' in html
        assert 'value="16,5"' in str(
            ContractForm(initial={"contract_hours": Decimal("16.5")})["contract_hours"]
        )
        bound = ContractForm(data={"contract_hours": "16,5", "start": "2027-01-11"})
        assert bound.is_valid(), bound.errors
        assert bound.cleaned_data["contract_hours"] == Decimal("16.5")
        assert ContractForm(data={"contract_hours": "16.5", "start": "2027-01-11"}).is_valid()


def test_an_english_form_shows_a_decimal_point():
    with translation.override("en"):
        html = str(ContractForm(initial={"contract_hours": Decimal("16.5")})["contract_hours"])
        assert 'value="16.5"' in html


@pytest.mark.parametrize(
    ("count", "dutch", "english"),
    [
        (1, "1 competentie boven het gevraagde niveau", "1 competence above the required level"),
        (2, "2 competenties boven het gevraagde niveau", "2 competences above the required level"),
    ],
)
def test_criterion_plural(count, dutch, english):
    engine_phrase = f"{count} competentie{'s' if count > 1 else ''} boven niveau"
    with translation.override("nl"):
        assert detail_text(engine_phrase) == dutch
    with translation.override("en"):
        assert detail_text(engine_phrase) == english


def test_every_phrase_of_the_engine_is_known():
    """The engine's competence phrases, produced by the engine itself, all have a translation."""
    from flexpool.engines.matching.criteria import MatchFacts

    class Member:
        def __init__(self, levels):
            self.levels = levels

        def level(self, code):
            return self.levels.get(code, 0)

    class Request:
        required = {"a": 1, "b": 1}

    for levels in ({"a": 1, "b": 1}, {"a": 2, "b": 1}, {"a": 2, "b": 3}):
        facts = MatchFacts(Request(), Member(levels), 0.0, 10, None)  # type: ignore[arg-type]
        _score, phrase = competence_fit(facts)
        with translation.override("en"):
            assert detail_text(phrase) != phrase, phrase


@pytest.mark.parametrize(
    ("count", "text"),
    [(1, "Anna vraagt u 1 competentie te valideren"), (3, "Anna vraagt u 3 competenties te valideren")],
)
def test_notification_plural(count, text):
    notification = Notification(kind=Kind.COMPETENCE_CLAIMED, params={"member": "Anna", "count": count})
    with translation.override("nl"):
        assert notification.text == text


def test_notification_weeks_are_written_for_people():
    notification = Notification(kind=Kind.HOURS_MISSING, params={"weeks": "2027-W02, 2027-W03"})
    with translation.override("nl"):
        assert notification.text == "U hebt nog geen uren geschreven voor week 2–3 (2027)"
