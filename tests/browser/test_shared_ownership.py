"""A shared request from the form to every partner's consent, and the memberships page, in a real browser."""

from datetime import date
from decimal import Decimal

from playwright.sync_api import expect

from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.demand.models import CapacityRequest
from flexpool.matching import services as matching
from tests.builders import PASSWORD


def test_a_shared_request_waits_for_every_partner(
    new_page, live_server, pool, coordinator, assen, emmen, member, shoot, axe_check
):
    today = date.today()
    contact = new_page("assen", PASSWORD)
    contact.goto(f"{live_server.url}/vragen/nieuw/")
    contact.get_by_label("Titel").fill("Energiecoaches Assen en Emmen")
    contact.get_by_label("Omschrijving").fill("Opleiden van vrijwillige energiecoaches.")
    contact.get_by_label("Uren per week").fill("16")
    contact.get_by_label("Startdatum").fill(today.isoformat())
    contact.get_by_label("Einddatum").fill(date(today.year + 1, 6, 30).isoformat())
    contact.get_by_label("Gevraagde competentie").select_option("projectleiding")
    contact.locator("#sharing summary").click()
    contact.get_by_label("Aandeel van uw gemeente (%)").fill("60")
    contact.get_by_label("Partnergemeente 1").select_option("GM0114")
    contact.get_by_label("Aandeel van partner 1 (%)").fill("30")
    contact.get_by_role("button", name="Indienen bij de pool").click()
    expect(contact.locator("#id_own_share_error")).to_contain_text("samen moet dat 100% zijn")
    axe_check(contact)
    shoot(contact, "gedeelde-vraag-fout")
    contact.get_by_label("Aandeel van partner 1 (%)").fill("40")
    contact.get_by_role("button", name="Indienen bij de pool").click()
    expect(contact.locator("#request-status")).to_have_text("Ingediend")

    request = CapacityRequest.objects.get(title="Energiecoaches Assen en Emmen")
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )

    contact.reload()
    contact.get_by_role("button", name="Voorstel accepteren").click()
    expect(contact.locator("#request-status")).to_have_text("Voorgesteld")
    expect(contact.locator("#consent")).to_contain_text("Emmen (40%): moet nog beslissen")

    partner = new_page("emmen", PASSWORD)
    partner.goto(contact.url)
    axe_check(partner)
    shoot(partner, "gedeelde-vraag-wacht-op-partner")
    partner.get_by_role("button", name="Voorstel accepteren").click()
    expect(partner.locator("#request-status")).to_have_text("Geaccepteerd")


def test_memberships_page(new_page, live_server, pool, coordinator, shoot, axe_check):
    coord = new_page("coordinator", PASSWORD)
    coord.get_by_role("link", name="Lidmaatschappen").click()
    axe_check(coord)
    row = coord.locator("tr", has_text="Emmen")
    row.locator("summary").click()
    row.get_by_label("Vertrek per (lid tot en met)").fill("2020-01-01")
    row.get_by_role("button", name="Vertrek melden").click()
    expect(coord.get_by_role("alert").first).to_contain_text("De opzegtermijn is 12 maanden")
    axe_check(coord)
    shoot(coord, "lidmaatschappen")


def test_memberships_page_of_a_coordinator_of_two_pools(
    new_page, live_server, pool, coordinator, other_pool, shoot, axe_check
):
    other_pool.coordinators.add(coordinator)
    coord = new_page("coordinator", PASSWORD)
    coord.get_by_role("link", name="Lidmaatschappen").click()
    coord.get_by_label("Pool").select_option(label=other_pool.name)
    coord.get_by_role("button", name="Tonen").click()
    expect(coord.get_by_label("Pool")).to_have_value(str(other_pool.pk))
    assert f"pool={other_pool.pk}" in coord.url
    axe_check(coord)
    shoot(coord, "lidmaatschappen-twee-pools")
    coord.set_viewport_size({"width": 390, "height": 844})
    assert coord.evaluate("document.documentElement.scrollWidth") <= 390
    shoot(coord, "lidmaatschappen-twee-pools-390")
