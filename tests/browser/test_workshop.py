"""The design workshop in a real browser: create, run with progress, read the results, report."""

from django.urls import reverse
from playwright.sync_api import expect

from flexpool.scenarios.models import Workshop
from tests import builders
from tests.builders import PASSWORD


def test_workshop_from_region_to_report(new_page, live_server, coordinator, shoot, axe_check):
    page = new_page("coordinator", PASSWORD)
    page.get_by_role("link", name="Ontwerpatelier", exact=True).click()
    expect(page.get_by_role("heading", name="Ontwerpateliers")).to_be_visible()
    axe_check(page)
    page.get_by_label("Naam van het atelier").fill("Atelier Drenthe 2026")
    page.get_by_label("RES-regio").select_option("ES03")
    page.get_by_role("button", name="Atelier aanmaken").click()
    expect(page.get_by_role("heading", name="Atelier Drenthe 2026")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Assen")
    # "Start small" opens with the willing ticked; the others join after three years.
    founders = page.locator("#s2-founder-GM0114")
    expect(founders).to_be_checked()
    expect(page.locator("#s2-founder-GM1690")).not_to_be_checked()
    expect(page.locator("#s2-join")).to_have_value("3")
    axe_check(page)
    shoot(page, "atelier-scenarios")
    page.set_viewport_size({"width": 390, "height": 844})
    shoot(page, "atelier-scenarios-390")
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_label("Herhalingen (meer is nauwkeuriger, maar trager)").fill("20")
    page.get_by_label("Gewenst aandeel werk op tijd (%), voor de poolomvang").fill("85")
    page.get_by_role("button", name="Doorrekenen").click()
    expect(page.locator("#comparison")).to_contain_text("Flexpool, klein starten", timeout=90000)
    expect(page.locator("#run-summary")).to_contain_text("Drenthe")
    expect(page.locator("svg[role=img]")).to_have_count(8)
    expect(page.locator("#chart-on_time_share title")).to_have_text("Op tijd afgerond (aandeel)")
    expect(page.locator("#differences")).to_contain_text("Flexpool, klein starten")
    expect(page.locator("#pool-size-answer")).to_contain_text("fte")
    expect(page.locator("#pool-size-table tbody tr")).to_have_count(7)
    page.locator("details summary").first.click()
    axe_check(page)
    shoot(page, "atelier-resultaten")
    page.set_viewport_size({"width": 390, "height": 844})
    shoot(page, "atelier-resultaten-390")
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_label("Wat spreken de gemeenten af?").fill("Verkennen flexpool met Assen en Emmen")
    page.get_by_role("button", name="Volgende stappen opslaan").click()
    expect(page.locator(".fp-message--success")).to_contain_text("Volgende stappen opgeslagen")
    expect(page.get_by_label("Wat spreken de gemeenten af?")).to_have_value(
        "Verkennen flexpool met Assen en Emmen"
    )
    assert Workshop.objects.get(name="Atelier Drenthe 2026").next_steps.startswith("Verkennen flexpool")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Rapport (PDF)").click()
    download = download_info.value
    assert download.suggested_filename.endswith("rapport.pdf")
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV voor Excel").click()
    with open(download_info.value.path(), "rb") as handle:
        assert handle.read().decode("utf-8-sig").startswith("scenario;maatstaf;jaar;")


def test_workshop_with_the_pools_own_data(
    new_page, live_server, coordinator, assen, member, shoot, axe_check
):
    from flexpool.scenarios import services

    for total in (100, 200, 150, 250, 300):
        builders.make_finished_request(
            coordinator_pool(coordinator), assen, member, ["50"] * (total // 50), 0
        )
    workshop = services.create_workshop(actor=coordinator, name="Atelier eigen gegevens", region_code="ES03")
    page = new_page("coordinator", PASSWORD)
    page.goto(live_server.url + reverse("workshop-list"))
    expect(page.locator("#workshops")).to_contain_text("Flexteam Warmte Drenthe")
    shoot(page, "atelier-lijst")
    page.set_viewport_size({"width": 390, "height": 844})
    shoot(page, "atelier-lijst-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("link", name="Atelier eigen gegevens").click()
    expect(page.get_by_role("heading", name="Uit uw eigen gegevens")).to_be_visible()
    expect(page.locator("#calibration")).to_contain_text("200")
    expect(page.locator("#calibration")).to_contain_text("6,4")
    page.get_by_label("Reken met de taakgrootte uit uw eigen gegevens").check()
    axe_check(page)
    page.locator("#own-data").scroll_into_view_if_needed()
    shoot(page, "atelier-eigen-gegevens")
    page.set_viewport_size({"width": 390, "height": 844})
    shoot(page, "atelier-eigen-gegevens-390")
    assert workshop.pool_id is not None


def coordinator_pool(user):
    from flexpool.pool.models import Pool

    return Pool.objects.get(coordinators=user)
