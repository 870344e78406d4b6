"""Agreements, the expiring list, host and funders, and what a contact and a member see, in a real
browser at 1280 and at 390 px wide (screenshots in var/screenshots and, when SHOTS_DIR is set, there)."""

from __future__ import annotations

import os
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from playwright.sync_api import expect

from flexpool.agreements import services
from flexpool.agreements.models import AgreementKind, OrganisationKind
from flexpool.pool.models import Membership
from tests import builders
from tests.agreements.conftest import PDF
from tests.builders import PASSWORD

WIDTHS = (1280, 390)


def _shots(page, shoot, name):
    shoot(page, name)
    extra = os.environ.get("SHOTS_DIR")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(extra) / f"{name}.png"), full_page=True)


def _fits(page, width):
    if width < 1000:
        assert page.evaluate("document.scrollingElement.scrollWidth") <= width, page.url


def test_agreements_host_and_funders(
    new_page, live_server, pool, coordinator, assen, emmen, shoot, axe_check, tmp_path
):
    today = date.today()
    services.set_host(
        actor=coordinator,
        pool=pool,
        kind=OrganisationKind.PROVINCE,
        name="Provincie Drenthe",
        role="Heeft de procesbegeleiders in dienst; de gemeenten sturen het werk aan.",
    )
    funder = services.add_funder(
        actor=coordinator, pool=pool, name="Nationaal Programma Lokale Warmtetransitie", kind="programma"
    )
    services.set_contribution(actor=coordinator, funder=funder, year=today.year, amount_eur=Decimal("60000"))
    services.create_agreement(
        actor=coordinator,
        pool=pool,
        values=services.AgreementValues(
            kind=AgreementKind.SERVICE,
            title="DVO Emmen",
            starts_on=today - timedelta(days=300),
            ends_on=today + timedelta(days=60),
            municipalities=[builders.municipality("GM0114")],
            host_is_party=True,
            membership=Membership.objects.get(pool=pool, municipality__code="GM0114"),
            signed=True,
            signed_on=today - timedelta(days=310),
        ),
        upload=services.Upload("dvo-emmen.pdf", PDF),
    )
    document = tmp_path / "samenwerkingsovereenkomst.pdf"
    document.write_bytes(PDF)

    coord = new_page("coordinator", PASSWORD)
    coord.get_by_role("link", name="Overeenkomsten").click()
    coord.get_by_role("link", name="Nieuwe overeenkomst").click()
    coord.get_by_label("Soort overeenkomst").select_option("samenwerking")
    coord.get_by_label("Titel").fill("Samenwerkingsovereenkomst Flexteam Warmte Drenthe")
    coord.get_by_label("Assen").check()
    coord.get_by_label("Emmen").check()
    coord.get_by_label("De gastorganisatie is partij").check()
    coord.get_by_label("Ingangsdatum").fill(date(today.year - 1, 7, 1).isoformat())
    coord.get_by_label("Einddatum", exact=True).fill(date(today.year + 2, 12, 31).isoformat())
    coord.get_by_label("Ondertekend", exact=True).check()
    coord.get_by_label("Ondertekend op").fill(date(today.year - 1, 6, 10).isoformat())
    coord.get_by_label("Bestand (mag later)").set_input_files(str(document))
    coord.get_by_role("button", name="Opslaan").click()
    expect(coord.locator("h1")).to_have_text("Samenwerkingsovereenkomst Flexteam Warmte Drenthe")
    expect(coord.locator("#versions")).to_contain_text("samenwerkingsovereenkomst.pdf")
    axe_check(coord)

    for width in WIDTHS:
        coord.set_viewport_size({"width": width, "height": 900})
        coord.goto(f"{live_server.url}/overeenkomsten/")
        expect(coord.locator("#agreements")).to_contain_text("nog 60 dagen")
        _fits(coord, width)
        _shots(coord, shoot, f"overeenkomsten-{width}")
        coord.get_by_label("Loopt binnen 90 dagen af").check()
        coord.get_by_role("button", name="Tonen").click()
        expect(coord.locator("#agreements tbody tr")).to_have_count(1)
        expect(coord.locator("#agreements")).to_contain_text("DVO Emmen")
        _fits(coord, width)
        _shots(coord, shoot, f"overeenkomsten-aflopend-{width}")
        coord.get_by_role("link", name="DVO Emmen").click()
        expect(coord.get_by_role("status").first).to_contain_text("loopt over 60 dagen af")
        _fits(coord, width)
        _shots(coord, shoot, f"overeenkomst-detail-{width}")
        coord.goto(f"{live_server.url}/overeenkomsten/nieuw/")
        _fits(coord, width)
        _shots(coord, shoot, f"overeenkomst-nieuw-{width}")
        coord.goto(f"{live_server.url}/pool/financiering/")
        _fits(coord, width)
        _shots(coord, shoot, f"financiering-{width}")
        coord.goto(f"{live_server.url}/")
        expect(coord.locator("main")).to_contain_text("Overeenkomst DVO Emmen loopt over 60 dagen af")
        _shots(coord, shoot, f"dashboard-aandacht-{width}")
    axe_check(coord)

    coord.set_viewport_size({"width": 1280, "height": 900})
    coord.goto(f"{live_server.url}/pool/financiering/")
    row = coord.locator("tr", has_text="Nationaal Programma")
    row.locator("summary").click()
    row.get_by_label("Of: percentage van de kosten").fill("10")
    row.get_by_role("button", name="Bijdrage opslaan").click()
    expect(coord.locator("#funders")).to_contain_text("10% van de kosten")

    contact = new_page("emmen", PASSWORD)
    contact.goto(f"{live_server.url}/overeenkomsten/")
    expect(contact.locator("#agreements tbody tr")).to_have_count(2)
    expect(contact.get_by_role("link", name="Nieuwe overeenkomst")).to_have_count(0)
    axe_check(contact)
    contact.set_viewport_size({"width": 390, "height": 844})
    _fits(contact, 390)
    _shots(contact, shoot, "overeenkomsten-gemeente-390")
