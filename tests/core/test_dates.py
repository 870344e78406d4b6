"""One date style: "11 januari 2027", weeks as "week 2 (11–17 januari 2027)" (`flexpool.core.dates`)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

from flexpool.core import dates


def render(source: str, **context) -> str:
    return Template(source).render(Context(context))


def test_day_filter_writes_months_in_lower_case_dutch():
    with translation.override("nl"):
        assert render("{{ d|datum }}", d=date(2027, 1, 11)) == "11 januari 2027"
        assert render("{{ d|datum }}", d=date(2027, 2, 8)) == "8 februari 2027"
        assert render("{{ d|datum }}", d="2027-03-01") == "1 maart 2027"
        assert render("{{ d|datum }}", d=None) == ""
    with translation.override("en"):
        assert render("{{ d|datum }}", d=date(2027, 1, 11)) == "11 January 2027"


def test_date_and_time_in_local_time():
    moment = datetime(2027, 1, 11, 13, 5, tzinfo=ZoneInfo("UTC"))
    with translation.override("nl"):
        assert render("{{ t|datum_tijd }}", t=moment) == "11 januari 2027, 14:05"


def test_djangos_own_date_format_is_the_same_style():
    with translation.override("nl"):
        assert render("{{ d|date }}", d=date(2027, 1, 11)) == "11 januari 2027"


@pytest.mark.parametrize(
    ("monday", "text"),
    [
        (date(2027, 1, 11), "week 2 (11–17 januari 2027)"),
        (date(2027, 1, 25), "week 4 (25–31 januari 2027)"),
        (date(2027, 3, 29), "week 13 (29 maart – 4 april 2027)"),
        (date(2026, 12, 28), "week 53 (28 december 2026 – 3 januari 2027)"),
    ],
)
def test_week_label(monday, text):
    with translation.override("nl"):
        assert render("{{ w|week_label }}", w=monday) == text
        assert dates.week_text(monday) == text


def test_week_label_from_any_day_or_an_iso_week():
    with translation.override("nl"):
        assert dates.week_text(date(2027, 1, 14)) == "week 2 (11–17 januari 2027)"
        assert dates.week_text("2027-W02") == "week 2 (11–17 januari 2027)"
    with translation.override("en"):
        assert dates.week_text("2027-W02") == "week 2 (11–17 January 2027)"


def test_several_weeks_in_a_few_words():
    mondays = [date(2027, 2, 8), date(2027, 2, 15), date(2027, 2, 22), date(2027, 4, 12)]
    with translation.override("nl"):
        assert dates.weeks_text(mondays) == "week 6–8 en 15 (2027)"
        assert dates.weeks_text([date(2026, 12, 21), date(2027, 1, 4)]) == "week 52 (2026) en week 1 (2027)"
    with translation.override("en"):
        assert dates.weeks_text(mondays) == "week 6–8 and 15 (2027)"


def test_periods():
    with translation.override("nl"):
        assert dates.period_text(date(2026, 8, 1)) == "augustus 2026"
        assert dates.period_text(date(2026, 7, 1), quarter=True) == "kwartaal 3 van 2026"
