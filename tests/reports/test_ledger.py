"""The fairness ledger (reports.figures.ledger and the page /grootboek/) against the case of
conftest.py, computed by hand.

Contributions. 2026 has 365 days; every yearly contribution is 36,500.00, so 100.00 a day, and
only full members are credited (associates pay per use):
    January  (31 days): 31 x 100.00 = 3,100.00
    February (28 days): cumulative 59 x 100.00 - 3,100.00 = 5,900.00 - 3,100.00 = 2,800.00
    year so far: 5,900.00 for each of Aa en Hunze, Coevorden, Emmen and Meppel.
Secondment. Meppel seconds 73 hours a year, credited at the full level-2 tariff of 90.00:
    73 x 90.00 = 6,570.00 a year = 18.00 a day
    January 31 x 18.00 = 558.00; February 59 x 18.00 - 558.00 = 1,062.00 - 558.00 = 504.00
Use.
    Assen (associate, 108.00): 2 weeks x 16 hours = 32 hours x 108.00 = 3,456.00 (January)
    shared request, 10 hours in February (each at its own tariff):
      Emmen 50 %     = 5 hours x  90.00 = 450.00
      Coevorden 30 % = 3 hours x  90.00 = 270.00
      Hoogeveen 20 % = 2 hours x 108.00 = 216.00        together 936.00
Per municipality (contributed = contribution + secondment; balance = contributed - use;
use as % of contributed, rounded):
    Aa en Hunze  5,900.00 +     0 = 5,900.00   use     0.00   balance  5,900.00   0 %
    Assen            0.00             0.00   use 3,456.00   balance -3,456.00   -
    Coevorden    5,900.00             5,900.00   use   270.00   balance  5,630.00   270 / 5,900 = 4.58 -> 5 %
    Emmen        5,900.00             5,900.00   use   450.00   balance  5,450.00   450 / 5,900 = 7.63 -> 8 %
    Hoogeveen        0.00             0.00   use   216.00   balance   -216.00   -
    Meppel       5,900.00 + 1,062.00 = 6,962.00   use     0.00   balance  6,962.00   0 %
Per period, all municipalities:
    January:  contributed 4 x 3,100.00 + 558.00 = 12,958.00; use 3,456.00;
              cumulative 12,958.00 - 3,456.00 = 9,502.00
    February: contributed 4 x 2,800.00 + 504.00 = 11,704.00; use 936.00;
              cumulative 9,502.00 + 11,704.00 - 936.00 = 20,270.00
    check: all contributed 24,662.00 - all use 4,392.00 = 20,270.00.
"""

from decimal import Decimal

import pytest
from django.test import Client

from flexpool.regions.models import Municipality
from flexpool.reports import figures
from tests.reports.helpers import login, table

D = Decimal
EXPECTED_ROWS = [
    # name, tier, contribution, secondment, use, hours, balance, use %
    ("Aa en Hunze", "Deelnemer", D("5900.00"), D("0.00"), D("0.00"), D("0.00"), D("5900.00"), 0),
    ("Assen", "Geassocieerd lid", D("0.00"), D("0.00"), D("3456.00"), D("32.00"), D("-3456.00"), None),
    ("Coevorden", "Deelnemer", D("5900.00"), D("0.00"), D("270.00"), D("3.00"), D("5630.00"), 5),
    ("Emmen", "Deelnemer", D("5900.00"), D("0.00"), D("450.00"), D("5.00"), D("5450.00"), 8),
    ("Hoogeveen", "Geassocieerd lid", D("0.00"), D("0.00"), D("216.00"), D("2.00"), D("-216.00"), None),
    ("Meppel", "Deelnemer", D("5900.00"), D("1062.00"), D("0.00"), D("0.00"), D("6962.00"), 0),
]
EXPECTED_POINTS = [
    ("2026-01", D("12958.00"), D("3456.00"), D("9502.00")),
    ("2026-02", D("11704.00"), D("936.00"), D("20270.00")),
]


def test_the_ledger_figures_are_those_computed_by_hand(world):
    rows, points = figures.ledger(world["pool"], 2026)
    assert [
        (
            r.municipality.name,
            str(r.tier),
            r.contribution,
            r.secondment,
            r.use,
            r.hours,
            r.balance,
            r.use_percent,
        )
        for r in rows
    ] == EXPECTED_ROWS
    assert [(p.label, p.contributed, p.use, p.cumulative_balance) for p in points] == EXPECTED_POINTS


def test_the_ledger_of_all_years_equals_the_one_year_with_data(world):
    rows, points = figures.ledger(world["pool"], None)
    assert [(r.municipality.name, r.balance) for r in rows] == [(r[0], r[6]) for r in EXPECTED_ROWS]
    assert points[-1].cumulative_balance == D("20270.00")
    rows_2025, points_2025 = figures.ledger(world["pool"], 2025)
    assert points_2025 == []
    assert len(rows_2025) == 6 and all(not r.use and not r.contributed for r in rows_2025)


def test_the_ledger_of_one_municipality(world):
    assen = Municipality.objects.get(code="GM0106")
    rows, points = figures.ledger(world["pool"], 2026, [assen.pk])
    assert [(r.municipality.name, r.use, r.balance) for r in rows] == [("Assen", D("3456.00"), D("-3456.00"))]
    # Assen has a line in both months (it is a member), in February without use.
    assert [(p.label, p.contributed, p.use, p.cumulative_balance) for p in points] == [
        ("2026-01", D("0.00"), D("3456.00"), D("-3456.00")),
        ("2026-02", D("0.00"), D("0.00"), D("-3456.00")),
    ]


@pytest.mark.parametrize("role", ["coordinator", "finance", "council"])
def test_the_ledger_page_shows_every_municipality(world, role):
    response = login(Client(), world["users"][role]).get("/grootboek/?jaar=2026")
    assert response.status_code == 200
    html = response.content.decode()
    assert table(html, "ledger") == [
        ["Aa en Hunze", "Deelnemer", "€ 5.900,00", "€ 0,00", "€ 0,00", "0", "€ 5.900,00", "0%"],
        ["Assen", "Geassocieerd lid", "€ 0,00", "€ 0,00", "€ 3.456,00", "32", "-€ 3.456,00", "–"],
        ["Coevorden", "Deelnemer", "€ 5.900,00", "€ 0,00", "€ 270,00", "3", "€ 5.630,00", "5%"],
        ["Emmen", "Deelnemer", "€ 5.900,00", "€ 0,00", "€ 450,00", "5", "€ 5.450,00", "8%"],
        ["Hoogeveen", "Geassocieerd lid", "€ 0,00", "€ 0,00", "€ 216,00", "2", "-€ 216,00", "–"],
        ["Meppel", "Deelnemer", "€ 5.900,00", "€ 1.062,00", "€ 0,00", "0", "€ 6.962,00", "0%"],
    ]
    assert table(html, "ledger-periods") == [
        ["januari 2026", "€ 12.958,00", "€ 3.456,00", "€ 9.502,00"],
        ["februari 2026", "€ 11.704,00", "€ 936,00", "€ 20.270,00"],
    ]


def test_a_contact_sees_only_its_own_row(world):
    response = login(Client(), world["users"]["assen"]).get("/grootboek/?jaar=2026")
    assert response.status_code == 200
    html = response.content.decode()
    assert table(html, "ledger") == [
        ["Assen", "Geassocieerd lid", "€ 0,00", "€ 0,00", "€ 3.456,00", "32", "-€ 3.456,00", "–"]
    ]
    assert table(html, "ledger-periods") == [
        ["januari 2026", "€ 0,00", "€ 3.456,00", "-€ 3.456,00"],
        ["februari 2026", "€ 0,00", "€ 0,00", "-€ 3.456,00"],
    ]
    for other in ("Emmen", "Coevorden", "Meppel", "5.900,00"):
        assert other not in html


def test_a_coordinator_of_another_pool_does_not_see_this_ledger(world):
    client = login(Client(), world["users"]["coordinator-twente"])
    assert client.get(f"/grootboek/?jaar=2026&pool={world['pool'].pk}").status_code == 404
    html = client.get("/grootboek/?jaar=2026").content.decode()
    assert [row[0] for row in table(html, "ledger")] == ["Enschede", "Hengelo (O.)"]
    assert "Assen" not in html


def test_a_pool_member_has_no_ledger(world):
    assert login(Client(), world["users"]["member"]).get("/grootboek/").status_code == 403


def test_anonymous_visitors_are_sent_to_the_login(world):
    response = Client().get("/grootboek/")
    assert response.status_code == 302 and response["Location"].startswith("/inloggen/")
