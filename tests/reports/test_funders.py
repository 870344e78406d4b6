"""Funders through settlement, the fairness ledger and the council report (page and PDF).

The case of conftest.py, with two funders set before January and February 2026 are settled:
the province pays 25 % of the cost, the national programme 3,650.00 a year (10.00 a day).

    January:  cost 3,456.00 (Assen only). Province 25 % = 864.00; programme 31 x 10.00 = 310.00;
              together 1,174.00, all of it Assen's.
    February: cost 936.00 (Emmen 450.00, Coevorden 270.00, Hoogeveen 216.00). Province 234.00;
              programme 28 x 10.00 = 280.00; together 514.00, split by use:
              Emmen 247.12 or .11, Coevorden 148.27, Hoogeveen 118.62 or .61 (largest remainder).
    The year: province 1,098.00, programme 590.00.
"""

from decimal import Decimal
from io import BytesIO

import pytest
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from flexpool.agreements import services as funding
from flexpool.agreements.models import OrganisationKind
from flexpool.hours.models import Settlement
from flexpool.reports import figures
from tests.reports.helpers import login, table

ZERO = Decimal("0.00")


@pytest.fixture
def funders(pool, coordinator):
    funding.set_host(actor=coordinator, pool=pool, kind=OrganisationKind.PROVINCE, name="Provincie Drenthe")
    province = funding.add_funder(actor=coordinator, pool=pool, name="Provincie Drenthe", kind="provincie")
    programme = funding.add_funder(
        actor=coordinator, pool=pool, name="Nationaal Programma Lokale Warmtetransitie", kind="programma"
    )
    funding.set_contribution(actor=coordinator, funder=province, year=2026, percentage=Decimal("25"))
    funding.set_contribution(actor=coordinator, funder=programme, year=2026, amount_eur=Decimal("3650.00"))


@pytest.fixture
def funded(funders, world):
    return world


def test_municipalities_and_funders_together_pay_the_whole_cost_to_the_cent(funded):
    january, february = Settlement.objects.filter(pool=funded["pool"]).order_by("period__start")
    assert {f.name: f.amount for f in january.funding.all()} == {
        "Provincie Drenthe": Decimal("864.00"),
        "Nationaal Programma Lokale Warmtetransitie": Decimal("310.00"),
    }
    assert january.lines.get(municipality__code="GM0106").funder_credit == Decimal("1174.00")
    assert {f.name: f.amount for f in february.funding.all()}["Provincie Drenthe"] == Decimal("234.00")
    parts = dict(february.lines.values_list("municipality__code", "funder_credit"))
    assert parts["GM0109"] == Decimal("148.27")
    assert {parts["GM0114"], parts["GM0118"]} <= {
        Decimal("247.11"),
        Decimal("247.12"),
        Decimal("118.61"),
        Decimal("118.62"),
    }
    for settlement in (january, february):
        lines = list(settlement.lines.all())
        municipalities = sum((line.use_amount - line.funder_credit for line in lines), ZERO)
        funders = sum((f.amount for f in settlement.funding.all()), ZERO)
        assert municipalities + funders == settlement.total_use
        assert settlement.total_funding == funders
        assert all(line.balance == line.use_amount - line.contribution_credit - line.secondment_credit
                   - line.funder_credit for line in lines)  # fmt: skip


def test_the_settlement_page_shows_each_funder_as_a_line(funded):
    january = Settlement.objects.filter(pool=funded["pool"]).order_by("period__start").first()
    html = (
        login(Client(), funded["users"]["finance"])
        .get(reverse("settlement-detail", args=[january.pk]))
        .content.decode()
    )
    assert table(html, "settlement-funders") == [
        ["Nationaal Programma Lokale Warmtetransitie", "€ 310,00"],
        ["Provincie Drenthe", "€ 864,00"],
    ]


def test_the_ledger_shows_the_funders_and_counts_only_own_use(funded):
    rows, points = figures.ledger(funded["pool"], 2026)
    assen = next(r for r in rows if r.municipality.code == "GM0106")
    assert (assen.use, assen.funded, assen.own_use) == (
        Decimal("3456.00"),
        Decimal("1174.00"),
        Decimal("2282.00"),
    )
    assert assen.balance == Decimal("-2282.00")
    # Cumulative: 20,270.00 without funders, plus the 1,688.00 they paid.
    assert points[-1].cumulative_balance == Decimal("21958.00")
    html = login(Client(), funded["users"]["coordinator"]).get("/grootboek/?jaar=2026").content.decode()
    assert table(html, "ledger-funders") == [
        ["Nationaal Programma Lokale Warmtetransitie", "€ 590,00"],
        ["Provincie Drenthe", "€ 1.098,00"],
    ]
    assen_row = next(r for r in table(html, "ledger") if r[0] == "Assen")
    assert "€ 1.174,00" in assen_row
    assert "Provincie Drenthe (provincie)" in html


def test_the_council_report_shows_the_funders_on_the_page_and_in_the_pdf(funded):
    client = login(Client(), funded["users"]["assen"])
    html = client.get("/rapportage/GM0106/?jaar=2026").content.decode()
    assert table(html, "report-funders") == [
        ["Nationaal Programma Lokale Warmtetransitie", "€ 590,00"],
        ["Provincie Drenthe", "€ 1.098,00"],
    ]
    assert "Daarvan kwam € 1.174,00 ten goede aan Assen" in html
    assert table(html, "money")[0][5] == "€ 1.174,00"
    response = client.get("/rapportage/GM0106/rapportage.pdf?jaar=2026")
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
    for figure in ("Provincie Drenthe", "Nationaal Programma Lokale Warmtetransitie", "1.098,00", "1.174,00"):
        assert figure in text


def test_without_funders_the_pages_show_no_funder_columns(world):
    html = login(Client(), world["users"]["coordinator"]).get("/grootboek/?jaar=2026").content.decode()
    assert (
        table(html, "ledger-funders") == []
        and "Betaald door financiers" not in table(html, "ledger", "thead")[0]
    )
