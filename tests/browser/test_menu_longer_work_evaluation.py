"""The menukaart, an extension waiting for a partner and an evaluation, in a browser at 1280 and 390 px."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from playwright.sync_api import expect

from flexpool.matching import services as matching
from tests.builders import PASSWORD
from tests.catalogue.test_pages import WUP, make_menu_item
from tests.hours.helpers import running_assignment
from tests.knowledge.helpers import make_item

SHOTS = Path("/tmp/shots-menu")


def _both_widths(page, url, name, shoot):
    SHOTS.mkdir(exist_ok=True)
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(url)
        assert page.evaluate("document.scrollingElement.scrollWidth") <= width, (url, width)
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    shoot(page, name)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_menu_extension_and_evaluation_pages(
    new_page, live_server, pool, coordinator, assen, emmen, member, shoot, axe_check
):
    knowledge = make_item(coordinator, pool, "Voorbeeld wijkuitvoeringsplan Assen-Oost")
    item = make_menu_item(coordinator, pool, knowledge_item_ids=[knowledge.pk])
    make_menu_item(
        coordinator, pool, title="Subsidieaanvraag SVOH", kind="kennisproduct",
        hours_per_week=Decimal("8"), weeks=6, competences=[("projectleiding", 2)],
    )  # fmt: skip
    shared = running_assignment(
        pool, coordinator, assen, member, shares=[("GM0106", Decimal(60)), ("GM0114", Decimal(40))]
    )
    extension = matching.request_extension(
        actor=coordinator, assignment=shared, end=date(2026, 9, 25), reason="De wijkaanpak loopt door."
    )
    matching.accept_extension(actor=assen, extension=extension)
    done = running_assignment(
        pool, coordinator, assen, member, hours_per_week="8", title="Warmteplan Assen-Oost"
    )
    matching.complete_request(actor=coordinator, request=done.request)
    base = live_server.url

    contact = new_page("assen", PASSWORD)
    _both_widths(contact, f"{base}/menukaart/", "menukaart", shoot)
    axe_check(contact)
    _both_widths(contact, f"{base}/menukaart/{item.pk}/", "menukaart-onderdeel", shoot)
    contact.get_by_role("link", name="Vraag starten met dit onderdeel").click()
    expect(contact.get_by_label("Titel")).to_have_value(WUP)
    expect(contact.locator("#prefill-note")).to_contain_text("van de menukaart")
    _both_widths(contact, contact.url, "vraag-vanuit-menukaart", shoot)
    _both_widths(contact, f"{base}/evaluaties/vraag/{done.request_id}/", "evaluatie-formulier", shoot)
    axe_check(contact)
    contact.locator("input[name=result][value='4']").check()
    contact.locator("input[name=cooperation][value='5']").check()
    contact.locator("input[name=again][value='5']").check()
    contact.get_by_label("Wat ging goed?").fill("Snel aan de slag en goed contact met bewoners.")
    contact.get_by_role("button", name="Evaluatie opslaan").click()
    expect(contact.locator("body")).to_contain_text("Uw evaluatie is opgeslagen")
    _both_widths(
        contact, f"{base}/rapportage/GM0106/?jaar={date.today().year}", "rapportage-evaluaties", shoot
    )
    expect(contact.locator("#report-evaluations")).to_contain_text("4,0 van 5")

    partner = new_page("emmen", PASSWORD)
    _both_widths(partner, f"{base}/verlengingen/{extension.pk}/", "verlenging-wacht-op-partner", shoot)
    axe_check(partner)
    expect(partner.locator("#consent")).to_contain_text("Emmen (40%): moet nog beslissen")
    partner.get_by_role("button", name="Akkoord met verlengen").click()
    expect(partner.locator("#extension-status")).to_have_text("Verlengd")

    coord = new_page("coordinator", PASSWORD)
    _both_widths(coord, f"{base}/verlengingen/inzet/{done.pk}/", "verlenging-formulier", shoot)
    _both_widths(coord, f"{base}/menukaart/nieuw/", "menukaart-formulier", shoot)
    axe_check(coord)
    _both_widths(coord, f"{base}/evaluaties/", "evaluaties", shoot)
    _both_widths(coord, f"{base}/verlengingen/", "verlengingen", shoot)
    _both_widths(coord, f"{base}/vragen/{shared.request_id}/", "vraag-met-verlenging", shoot)
