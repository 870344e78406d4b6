"""The public page /openbaar/: the whole pool in aggregates, open to everyone, without persons.

For the case of conftest.py (arithmetic in test_ledger.py), 2026:
    hours settled: Assen 32 + shared request 10 = 42; per month January 32, February 10
    costs: 3,456.00 + 936.00 = 4,392.00
    contributions (with secondment): 4 full members x 5,900.00 + Meppel's 1,062.00 = 24,662.00
"""

from django.test import Client

from tests.reports.helpers import table


def test_the_public_figures_of_the_pool(world):
    response = Client().get("/openbaar/?jaar=2026")
    assert response.status_code == 200
    html = response.content.decode()
    stats = html.split('id="public-figures"', 1)[1].split("</ul>", 1)[0]
    for figure in (">6<", ">1<", ">42<", ">€ 24.662,00<", ">€ 4.392,00<"):
        assert figure in stats.replace('<span class="fp-stat">', ">").replace("</span>", "<")
    assert table(html, "public-months")[:3] == [["jan", "32"], ["feb", "10"], ["mrt", "0"]]
    assert table(html, "public-municipalities") == [
        ["Aa en Hunze", "Deelnemer", "0", "0", "€ 0,00", "€ 5.900,00"],
        ["Assen", "Geassocieerd lid", "1", "32", "€ 3.456,00", "€ 0,00"],
        ["Coevorden", "Deelnemer", "0", "3", "€ 270,00", "€ 5.900,00"],
        ["Emmen", "Deelnemer", "1", "5", "€ 450,00", "€ 5.900,00"],
        ["Hoogeveen", "Geassocieerd lid", "0", "2", "€ 216,00", "€ 0,00"],
        ["Meppel", "Deelnemer", "0", "0", "€ 0,00", "€ 6.962,00"],
    ]


def test_the_public_page_names_no_person(world):
    html = Client().get("/openbaar/?jaar=2026").content.decode()
    member = world["member"]
    assert member.name not in html and member.user.username not in html


def test_another_pool_has_its_own_public_figures(world):
    html = Client().get(f"/openbaar/?jaar=2026&pool={world['twente'].pk}").content.decode()
    assert [row[0] for row in table(html, "public-municipalities")] == ["Enschede", "Hengelo (O.)"]
    assert all(row[3:] == ["0", "€ 0,00", "€ 0,00"] for row in table(html, "public-municipalities"))
    assert "Assen" not in html


def test_a_year_without_settlements_shows_zeros(world):
    html = Client().get("/openbaar/?jaar=2025").content.decode()
    assert all(row[1] == "0" for row in table(html, "public-months"))
    assert all(row[5] == "€ 0,00" for row in table(html, "public-municipalities"))
