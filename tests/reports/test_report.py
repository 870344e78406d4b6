"""The transparency report per municipality, through its page, its PDF and the API, against the
case of conftest.py (the arithmetic of the contributions is in test_ledger.py).

Emmen (full member) filed the shared request and carries 50 % of its 10 February hours:
    hours: February 10 x 50 % = 5; use 5 x 90.00 = 450.00
    January:  contribution 3,100.00, use 0.00,   balance 0.00 - 3,100.00 = -3,100.00
    February: contribution 2,800.00, use 450.00, balance 450.00 - 2,800.00 = -2,350.00
    year: costs 450.00, contributions 5,900.00, balance -5,450.00
Assen (associate) filed its own request: January 32 hours x 108.00 = 3,456.00, no credit:
    balance 3,456.00 (January) + 0.00 (February) = 3,456.00
Hoogeveen (associate) filed nothing but carries 20 % of the shared request:
    hours 10 x 20 % = 2 (February); use 2 x 108.00 = 216.00; balance 216.00
Meppel (full, seconds 73 hours a year) used nothing:
    contributions 5,900.00 + secondment 1,062.00 = 6,962.00; balance -6,962.00
"""

from io import BytesIO

import pytest
from django.test import Client
from pypdf import PdfReader
from rest_framework.test import APIClient

from tests.reports.helpers import login, table

ZERO_MONTHS = ["0.00"] * 12


def months(**values: str) -> list[str]:
    names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    return [values.get(name, "0.00") for name in names]


def api(user):
    client = APIClient()
    client.force_authenticate(user)
    return client


def settled(label, hours, use, contribution, secondment, balance, funded="0.00"):
    return {
        "label": label,
        "hours": hours,
        "use": use,
        "contribution": contribution,
        "secondment": secondment,
        "funded": funded,
        "balance": balance,
    }


def test_the_report_of_emmen_through_the_api(world):
    data = api(world["users"]["emmen"]).get("/api/v1/reports/GM0114/?jaar=2026").json()
    assert (data["municipality"], data["name"], data["year"]) == ("GM0114", "Emmen", 2026)
    assert (data["requests_filed"], data["shared_requests"]) == (1, 1)
    assert sum(data["requests_by_status"].values()) == 1
    assert (data["proposals"], data["accepted"], data["assignments_running"], data["people"]) == (1, 1, 1, 1)
    assert data["hours_by_month"] == months(feb="5.00")
    assert data["hours_total"] == "5.00"
    assert data["settled"] == [
        settled("2026-01", "0.00", "0.00", "3100.00", "0.00", "-3100.00"),
        settled("2026-02", "5.00", "450.00", "2800.00", "0.00", "-2350.00"),
    ]
    assert (data["costs"], data["contributions"], data["balance"]) == ("450.00", "5900.00", "-5450.00")
    assert (data["funded"], data["funders"], data["host"]) == ("0.00", [], None)


@pytest.mark.parametrize(
    "code, filed, shared, hours, costs, contributions, balance",
    [
        ("GM0106", 1, 0, months(jan="32.00"), "3456.00", "0.00", "3456.00"),
        ("GM0118", 0, 1, months(feb="2.00"), "216.00", "0.00", "216.00"),
        ("GM0119", 0, 0, ZERO_MONTHS, "0.00", "6962.00", "-6962.00"),
        ("GM0109", 0, 1, months(feb="3.00"), "270.00", "5900.00", "-5630.00"),
    ],
)
def test_the_reports_of_the_other_municipalities(
    world, code, filed, shared, hours, costs, contributions, balance
):
    data = api(world["users"]["council"]).get(f"/api/v1/reports/{code}/?jaar=2026").json()
    assert (data["requests_filed"], data["shared_requests"]) == (filed, shared)
    assert data["hours_by_month"] == hours
    assert (data["costs"], data["contributions"], data["balance"]) == (costs, contributions, balance)


def test_the_report_page_shows_the_same_figures(world):
    response = login(Client(), world["users"]["emmen"]).get("/rapportage/GM0114/?jaar=2026")
    assert response.status_code == 200
    html = response.content.decode()
    assert table(html, "money") == [
        ["januari 2026", "0", "€ 0,00", "€ 3.100,00", "€ 0,00", "-€ 3.100,00"],
        ["februari 2026", "5", "€ 450,00", "€ 2.800,00", "€ 0,00", "-€ 2.350,00"],
    ]
    assert table(html, "money", "tfoot") == [
        ["Totaal", "5", "€ 450,00", "€ 5.900,00", "€ 0,00", "-€ 5.450,00"]
    ]
    assert table(html, "hours-per-month")[1] == ["feb", "5"]
    assert table(html, "hours-per-month", "tfoot") == [["Totaal", "5"]]
    facts = dict(table(html, "facts"))
    assert (facts["Vragen ingediend"], facts["waarvan gedeeld met andere gemeenten"]) == ("1", "1")
    assert facts["Ingezette poolleden"] == "1"
    # Members are counted, never named.
    assert world["member"].name not in html


def test_the_report_pdf_holds_the_figures(world):
    response = login(Client(), world["users"]["emmen"]).get("/rapportage/GM0114/rapportage.pdf?jaar=2026")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
    for figure in ("450,00", "5.900,00", "-€ 5.450,00", "2.800,00"):
        assert figure in text
    assert world["member"].name not in text


def test_a_contact_reads_only_its_own_report(world, hoogeveen):
    assen = world["users"]["assen"]
    client = login(Client(), assen)
    assert client.get("/rapportage/")["Location"].endswith("/rapportage/GM0106/")
    assert client.get("/rapportage/GM0106/?jaar=2026").status_code == 200
    for code in ("GM0114", "GM0118", "GM0153"):
        assert client.get(f"/rapportage/{code}/?jaar=2026").status_code == 404
        assert client.get(f"/rapportage/{code}/rapportage.pdf?jaar=2026").status_code == 404
        assert api(assen).get(f"/api/v1/reports/{code}/?jaar=2026").status_code == 404
    # A municipality that only shares in a request reads its own share, and nothing else.
    response = api(hoogeveen).get("/api/v1/reports/GM0118/?jaar=2026")
    assert response.status_code == 200 and response.json()["costs"] == "216.00"
    assert api(hoogeveen).get("/api/v1/reports/GM0114/?jaar=2026").status_code == 404


def test_people_of_another_pool_do_not_read_this_pools_reports(world):
    for role in ("coordinator-twente", "enschede"):
        user = world["users"][role]
        assert login(Client(), user).get("/rapportage/GM0106/?jaar=2026").status_code == 404
        assert api(user).get("/api/v1/reports/GM0106/?jaar=2026").status_code == 404
    own = api(world["users"]["enschede"]).get("/api/v1/reports/GM0153/?jaar=2026")
    assert own.status_code == 200 and own.json()["pool"] == "Warmteteam Twente"


@pytest.mark.parametrize("role", ["coordinator", "finance", "council"])
def test_the_pool_reads_every_municipalitys_report(world, role):
    user = world["users"][role]
    for code in ("GM0106", "GM0114"):
        assert login(Client(), user).get(f"/rapportage/{code}/?jaar=2026").status_code == 200
        assert api(user).get(f"/api/v1/reports/{code}/?jaar=2026").status_code == 200


def test_a_pool_member_and_anonymous_visitors_read_no_report(world):
    member = world["users"]["member"]
    assert login(Client(), member).get("/rapportage/GM0106/").status_code == 403
    assert api(member).get("/api/v1/reports/GM0106/").status_code == 403
    assert APIClient().get("/api/v1/reports/GM0106/").status_code in (401, 403)
