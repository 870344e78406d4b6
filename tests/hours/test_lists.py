"""The hours lists (the member's own hours and the approver's list): filter, sort, search, pages,
export of exactly the filtered rows, scoping and bounded queries."""

import csv
import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from flexpool.hours import services
from flexpool.pool.models import PoolMember
from tests import builders
from tests.builders import client_for
from tests.hours.conftest import TODAY
from tests.hours.helpers import running_assignment


def csv_rows(response):
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


@pytest.fixture
def hours_world(settled_world):
    """Besides the settled world: a second member on an Emmen request, with five weeks waiting."""
    users = settled_world["users"]
    pool = settled_world["assignment"].request.pool
    other = builders.make_member(pool, "Fictief Tweede Lid", username="tweede")
    other = PoolMember.objects.get(pk=other.pk)
    emmen_assignment = running_assignment(
        pool, users["coordinator"], users["emmen"], other, title="Warmtenet Emmen"
    )
    for n in range(5):
        services.write_hours(
            actor=other.user,
            assignment=emmen_assignment,
            week=date(2026, 2, 2) + timedelta(weeks=n),
            hours=str(10 + n),
            today=TODAY,
        )
    users["tweede"] = other.user
    return settled_world


def test_own_hours_filter_sort_and_export(hours_world):
    client = client_for("member", hours_world["users"])
    response = client.get(reverse("hours-mine") + "?status=goedgekeurd&sorteer=week")
    rows = response.context["list"].rows
    assert [e.week for e in rows] == [date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19)]
    assert 'aria-sort="ascending"' in response.content.decode()
    exported = csv_rows(client.get(reverse("hours-mine") + "?status=goedgekeurd&sorteer=week&export=csv"))
    assert [r[0] for r in exported[1:]] == ["05-01-2026", "12-01-2026", "19-01-2026"]  # for Dutch Excel
    assert {r[5] for r in exported[1:]} == {"Goedgekeurd"}
    book = load_workbook(io.BytesIO(client.get(reverse("hours-mine") + "?export=xlsx").content)).active
    values = list(book.iter_rows(values_only=True))
    assert len(values) == 5  # heading and four entries, all the member's own
    assert all(v[4] in (16, 12) for v in values[1:]) and all(v[2] == "Assen" for v in values[1:])


def test_a_member_sees_only_its_own_hours(hours_world):
    client = client_for("tweede", hours_world["users"])
    response = client.get(reverse("hours-mine"))
    assert response.context["list"].total == 5
    assert all(e.assignment.request.title == "Warmtenet Emmen" for e in response.context["list"].rows)
    assert len(csv_rows(client.get(reverse("hours-mine") + "?export=csv"))) == 6


def test_the_timesheet_week_survives_the_filters(hours_world):
    client = client_for("member", hours_world["users"])
    response = client.get(reverse("hours-mine") + "?week=2026-02-02&status=ingediend")
    assert ("week", "2026-02-02") in response.context["list"].hidden
    assert response.context["week"] == date(2026, 2, 2)


def test_approval_list_waits_by_default_and_filters_to_other_statuses(hours_world):
    users = hours_world["users"]
    assen = client_for("assen", users)
    waiting = assen.get(reverse("hours-approve"))
    assert [e.hours for e in waiting.context["list"].rows] == [Decimal("12")]
    approved = assen.get(reverse("hours-approve") + "?status=goedgekeurd")
    assert approved.context["list"].total == 3
    assert "Gekozen uren goedkeuren" not in approved.content.decode()
    everything = csv_rows(assen.get(reverse("hours-approve") + "?status=&export=csv"))
    assert len(everything) == 5 and {r[3] for r in everything[1:]} == {"Assen"}
    # Emmen: its own five waiting weeks, in pages, and never Assen's.
    emmen = client_for("emmen", users)
    response = emmen.get(reverse("hours-approve") + "?sorteer=-uren")
    hours = [e.hours for e in response.context["list"].rows]
    assert hours == sorted(hours, reverse=True) and len(hours) == 5
    rows = csv_rows(emmen.get(reverse("hours-approve") + "?sorteer=-uren&q=tweede&export=csv"))
    assert [Decimal(r[5].replace(",", ".")) for r in rows[1:]] == hours
    assert all(r[0] == "Fictief Tweede Lid" and r[3] == "Emmen" for r in rows[1:])


def test_approval_list_bad_parameters_fall_back(hours_world):
    emmen = client_for("emmen", hours_world["users"])
    for query in (
        "?status=xyz",
        "?pagina=abc",
        "?pagina=999999999999999999",
        "?van=2026-13-01",
        "?poollid=x",
    ):
        response = emmen.get(reverse("hours-approve") + query)
        assert response.status_code == 200, query
        assert response.context["list"].notices, query


@pytest.mark.parametrize("name,role", [("hours-mine", "member"), ("hours-approve", "assen")])
@pytest.mark.parametrize("export", ["", "csv", "xlsx"])
def test_hours_lists_queries_stay_the_same(hours_world, name, role, export, django_assert_max_num_queries):
    users = hours_world["users"]
    client = client_for(role, users)
    address = reverse(name) + "?status=&sorteer=-uren&q=e" + (f"&export={export}" if export else "")
    assignment = hours_world["assignment"]

    def grow(weeks):
        for n in weeks:
            monday = date(2026, 2, 9) + timedelta(weeks=n)
            if monday > date(2026, 6, 22):
                break
            services.write_hours(
                actor=users["member"], assignment=assignment, week=monday, hours="4", today=date(2026, 7, 1)
            )

    grow(range(0, 2))
    with django_assert_max_num_queries(60) as small:
        assert client.get(address).status_code == 200
    grow(range(2, 19))
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(address).status_code == 200
