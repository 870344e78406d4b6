"""The coordinator's optimiser screens and the CSV import in a real browser."""

from pathlib import Path

from playwright.sync_api import expect

from flexpool.demand.models import CapacityRequest
from tests import builders
from tests.builders import PASSWORD

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def test_batch_planning_review_and_send(new_page, live_server, pool, coordinator, assen, shoot, axe_check):
    builders.make_member(
        pool, "Fictief Projectleider Assen", competences={"projectleiding": 3}, ties=["GM0106"]
    )
    request = builders.make_request(pool, assen, title="Projectleider warmtenet Assen-Noord")
    page = new_page("coordinator", PASSWORD)
    page.get_by_role("link", name="Planning", exact=True).click()
    axe_check(page)
    page.get_by_label("Rekentijd in seconden").fill("3")
    page.get_by_role("button", name="Planning maken").click()
    expect(page.locator("#plan-summary")).to_contain_text("1 voorstellen")
    expect(page.locator("#plan-lines")).to_contain_text("Fictief Projectleider Assen")
    axe_check(page)
    shoot(page, "planning")
    page.get_by_role("button", name="Aangevinkte voorstellen versturen").click()
    expect(page.locator(".fp-message--success").first).to_contain_text("1 voorstellen verstuurd")
    request.refresh_from_db()
    assert request.status == "voorgesteld"

    contact = new_page("assen", PASSWORD)
    contact.goto(f"{live_server.url}/vragen/{request.pk}/")
    expect(contact.locator("#assignments")).to_contain_text("Fictief Projectleider Assen")
    contact.locator("#assignments summary").first.click()
    expect(contact.locator("#assignments")).to_contain_text("Reisafstand")
    axe_check(contact)


def test_propose_page_shows_suggestions(new_page, live_server, pool, coordinator, assen, axe_check, shoot):
    builders.make_member(pool, "Fictief Kandidaat", competences={"projectleiding": 3}, ties=["GM0106"])
    request = builders.make_request(pool, assen)
    page = new_page("coordinator", PASSWORD)
    page.goto(f"{live_server.url}/vragen/{request.pk}/")
    page.get_by_role("button", name="In behandeling nemen").click()
    page.get_by_role("button", name="Voorstellen").click()
    expect(page.locator("#suggestions")).to_contain_text("Fictief Kandidaat")
    axe_check(page)
    shoot(page, "suggesties")


def test_csv_import_with_progress(new_page, live_server, pool, coordinator, axe_check, shoot):
    page = new_page("coordinator", PASSWORD)
    page.get_by_role("link", name="Importeren", exact=True).click()
    axe_check(page)
    page.get_by_label("Wat importeert u?").select_option("requests")
    page.get_by_label("CSV-bestand (UTF-8, ; of , als scheidingsteken)").set_input_files(
        str(EXAMPLES / "requests.csv")
    )
    page.get_by_role("button", name="Importeren").click()
    expect(page.locator("#task-result")).to_contain_text("geïmporteerd")
    axe_check(page)
    shoot(page, "import-klaar")
    assert CapacityRequest.objects.filter(pool=pool).exists()
