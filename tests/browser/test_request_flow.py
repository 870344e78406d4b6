"""The whole flow in a real browser, with an axe-core check on every page it passes."""

from datetime import date

from playwright.sync_api import expect

from flexpool.matching.models import Assignment
from tests.builders import PASSWORD


def test_request_to_running_assignment(
    new_page, live_server, pool, coordinator, assen, emmen, member, shoot, axe_check
):
    url = live_server.url
    today = date.today()

    contact = new_page("assen", PASSWORD)
    axe_check(contact)
    shoot(contact, "dashboard-gemeente")
    contact.get_by_role("link", name="Nieuwe vraag", exact=True).click()
    axe_check(contact)
    contact.get_by_label("Titel").fill("Projectleider wijkuitvoeringsplan Assen-Oost")
    contact.get_by_label("Omschrijving").fill("Opstellen van het wijkuitvoeringsplan met bewoners.")
    contact.get_by_label("Uren per week").fill("12")
    contact.get_by_label("Startdatum").fill(today.isoformat())
    contact.get_by_label("Einddatum").fill(date(today.year + 1, 6, 30).isoformat())
    contact.get_by_label("Gevraagde competentie").select_option("projectleiding")
    shoot(contact, "nieuwe-vraag")
    contact.get_by_role("button", name="Indienen bij de pool").click()
    expect(contact.locator("#request-status")).to_have_text("Ingediend")
    axe_check(contact)
    detail_url = contact.url
    pk = int(detail_url.rstrip("/").split("/")[-1])

    coord = new_page("coordinator", PASSWORD)
    axe_check(coord)
    coord.get_by_role("link", name="Intake").first.click()
    axe_check(coord)
    coord.get_by_role("link", name="Projectleider wijkuitvoeringsplan Assen-Oost").first.click()
    coord.get_by_role("button", name="In behandeling nemen").click()
    expect(coord.locator("#request-status")).to_have_text("In behandeling")
    coord.get_by_role("button", name="Voorstellen").click()
    axe_check(coord)
    coord.get_by_label("Poollid", exact=True).select_option(label=member.name)
    coord.get_by_label("Uren per week").fill("12")
    coord.get_by_label("Motivatie (zichtbaar voor de gemeente)").fill(
        "Kent Assen en heeft ervaring met WUP's."
    )
    shoot(coord, "voorstel")
    coord.get_by_role("button", name="Voorstel naar de gemeente sturen").click()
    expect(coord.locator("#request-status")).to_have_text("Voorgesteld")
    coord.goto(f"{url}/pool/")
    axe_check(coord)
    shoot(coord, "bezetting")

    contact.goto(detail_url)
    expect(contact.locator("#assignments")).to_contain_text("Kent Assen en heeft ervaring")
    contact.get_by_role("button", name="Voorstel accepteren").click()
    expect(contact.locator("#request-status")).to_have_text("Geaccepteerd")

    flexpooler = new_page("flexpooler", PASSWORD)
    flexpooler.get_by_role("link", name="Mijn profiel", exact=True).click()
    axe_check(flexpooler)
    shoot(flexpooler, "mijn-profiel")
    flexpooler.get_by_role("button", name="Inzet bevestigen").click()
    expect(flexpooler.locator(".fp-message--success")).to_be_visible()
    assert Assignment.objects.get(request_id=pk).status == "lopend"

    contact.goto(detail_url)
    expect(contact.locator("#request-status")).to_have_text("Lopend")
    trail = contact.locator("#audit-trail")
    for step in [
        "diende de vraag in",
        "nam de vraag in behandeling",
        "stelde een poollid voor",
        "accepteerde het voorstel",
        "bevestigde de inzet",
        "liet het werk beginnen",
    ]:
        expect(trail).to_contain_text(step)
    shoot(contact, "vraag-lopend")
    contact.goto(f"{url}/audit/")
    axe_check(contact)

    other = new_page("emmen", PASSWORD)
    response = other.goto(detail_url)
    assert response.status == 404
    other.goto(f"{url}/vragen/")
    expect(other.locator("main")).not_to_contain_text("Assen-Oost")
    api = other.request.get(f"{url}/api/v1/requests/{pk}/")
    assert api.status == 404
    change = other.request.post(f"{url}/api/v1/requests/{pk}/accept/", headers={"X-CSRFToken": _csrf(other)})
    assert change.status in (403, 404)


def _csrf(page):
    return next((c["value"] for c in page.context.cookies() if c["name"] == "csrftoken"), "")


def test_other_pages_are_accessible(
    new_page, live_server, pool, coordinator, finance, council, shoot, axe_check
):
    anonymous = new_page()
    anonymous.goto(f"{live_server.url}/inloggen/")
    axe_check(anonymous)
    anonymous.goto(f"{live_server.url}/gemeenten/?regio=ES03")
    expect(anonymous.locator("table")).to_contain_text("Emmen")
    axe_check(anonymous)
    for username in ("financien", "raad"):
        page = new_page(username, PASSWORD)
        axe_check(page)
        shoot(page, f"dashboard-{username}")
    page = new_page("coordinator", PASSWORD)
    page.goto(f"{live_server.url}/vragen/")
    axe_check(page)
    page.goto(f"{live_server.url}/audit/")
    axe_check(page)
    english = new_page("coordinator", PASSWORD)
    english.get_by_role("button", name="English").click()
    expect(english.locator("html")).to_have_attribute("lang", "en")
