"""Setting up a pool, a member in two pools and the pool choice on the request form, in a real browser."""

from datetime import date
from pathlib import Path

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from flexpool.pool import services as pool_services
from flexpool.pool.models import Domain, Membership, Pool
from tests.builders import PASSWORD, municipality

SHOTS = Path("/tmp/shots-pools")


def both_widths(page, name, shoot):
    """Screenshots at 1280 and 390 px; at 390 nothing may be wider than the screen."""
    SHOTS.mkdir(exist_ok=True)
    shoot(page, name)
    page.screenshot(path=str(SHOTS / f"{name}-1280.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(SHOTS / f"{name}-390.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), name
    page.set_viewport_size({"width": 1280, "height": 900})


def test_the_administrator_sets_up_a_pool_and_the_coordinator_edits_it(
    new_page, live_server, pool, coordinator, member, other_pool, shoot, axe_check
):
    get_user_model().objects.create_superuser("beheerder", "beheer@example.invalid", PASSWORD)
    admin = new_page("beheerder", PASSWORD)
    admin.get_by_role("link", name="Pools inrichten").click()
    admin.get_by_role("link", name="Nieuwe pool aanmaken").click()
    admin.get_by_label("Naam van de pool").fill("Klimaatadaptatie Noord")
    admin.get_by_label("Klimaatadaptatie").check()
    admin.get_by_label("RES-regio").select_option("ES01")
    admin.get_by_label("Opzegtermijn (maanden)").fill("6")
    axe_check(admin)
    both_widths(admin, "pool-nieuw", shoot)
    admin.get_by_role("button", name="Pool aanmaken").click()
    expect(admin.locator(".fp-message--success")).to_contain_text("is aangemaakt")
    created = Pool.objects.get(name="Klimaatadaptatie Noord")
    assert created.memberships.count() == 10

    pool_services.set_engagement(actor=coordinator, member=member, pool=other_pool, hours_per_week="8")
    coord = new_page("coordinator", PASSWORD)
    coord.get_by_role("link", name="Pools inrichten").click()
    coord.get_by_role("link", name=pool.name).click()
    expect(coord.locator("#lent")).to_contain_text(member.name)
    coord.get_by_label("Partners van een gedeelde vraag keuren uren goed").check()
    coord.get_by_role("button", name="Instellingen opslaan").click()
    expect(coord.locator(".fp-message--success")).to_contain_text("opgeslagen")
    axe_check(coord)
    both_widths(coord, "pool-inrichten", shoot)


def test_a_municipality_in_two_pools_picks_the_pool(
    new_page, live_server, pool, emmen, other_pool, shoot, axe_check
):
    other_pool.domains.set([Domain.objects.get(code="klimaatadaptatie")])
    Membership.objects.create(
        pool=other_pool, municipality=municipality("GM0114"), tier="geassocieerd", joined_on=date(2024, 1, 1)
    )
    contact = new_page("emmen", PASSWORD)
    contact.goto(f"{live_server.url}/vragen/nieuw/")
    expect(contact.get_by_label("Pool", exact=True)).to_be_visible()
    axe_check(contact)
    both_widths(contact, "vraag-kies-pool", shoot)
