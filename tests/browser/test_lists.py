"""The lists in a real browser: filters, search and sort stay in the address; every list fits 390 px."""

import os
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from playwright.sync_api import expect

from flexpool.core.weeks import monday_of
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.hours import services as hours_services
from tests import builders
from tests.browser.conftest import log_in
from tests.builders import PASSWORD
from tests.hours.helpers import make_tariffs, running_assignment

SHOTS = Path(os.environ.get("FLEXPOOL_SHOTS", "var/screenshots/lijsten"))


def _query(page) -> dict:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def _world(pool, coordinator, assen, member):
    today = date.today()
    for i in range(32):
        title = f"Warmtenet wijk {i:02d}" if i % 3 == 0 else f"Projectleider aardgasvrij {i:02d}"
        request = builders.make_request(pool, assen, title=title)
        if i % 2 == 0:
            demand_services.transition(
                actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE
            )
    make_tariffs(pool, years=sorted({today.year - 1, today.year}))
    start = monday_of(today) - timedelta(weeks=6)
    assignment = running_assignment(
        pool, coordinator, assen, member, start=start, end=today + timedelta(days=90), today=today
    )
    for n in range(5):
        hours_services.write_hours(
            actor=member.user,
            assignment=assignment,
            week=start + timedelta(weeks=n),
            hours=str(12 + n),
            today=today,
        )
    for i in range(6):
        builders.make_member(pool, f"Fictief Poollid Met Een Lange Naam {i}", ties=["GM0106"])


def test_request_list_keeps_filters_in_the_address(
    new_page, live_server, pool, coordinator, assen, member, axe_check
):
    _world(pool, coordinator, assen, member)
    page = new_page("coordinator", PASSWORD)
    page.goto(f"{live_server.url}/vragen/")
    expect(page.locator("#vragen-aantal")).to_contain_text("33 vragen gevonden")
    page.get_by_label("Status").select_option("in_behandeling")
    page.get_by_label("Zoeken", exact=True).fill("warmtenet")
    page.get_by_role("button", name="Toepassen").click()
    page.wait_for_url("**status=in_behandeling**")
    assert _query(page)["q"] == "warmtenet" and _query(page)["status"] == "in_behandeling"
    expect(page.locator("#vragen-aantal")).to_contain_text("6 vragen gevonden")
    axe_check(page)
    # Sorting by a column header keeps the filters and says how the column is sorted.
    page.get_by_role("link", name="Titel").click()
    page.wait_for_url("**sorteer=titel**")
    assert _query(page) == {"status": "in_behandeling", "q": "warmtenet", "sorteer": "titel"}
    expect(page.locator("th[aria-sort=ascending]")).to_contain_text("Titel")
    first = page.locator("#vragen-tabel tbody tr").first
    expect(first).to_contain_text("Warmtenet wijk 00")
    page.get_by_role("link", name="Titel").click()
    page.wait_for_url("**sorteer=-titel**")
    expect(page.locator("th[aria-sort=descending]")).to_contain_text("Titel")
    expect(page.locator("#vragen-tabel tbody tr").first).to_contain_text("Warmtenet wijk 30")
    # A shared link opens the same list; the export link holds the same filters.
    shared = new_page("coordinator", PASSWORD)
    shared.goto(page.url)
    expect(shared.get_by_label("Status")).to_have_value("in_behandeling")
    expect(shared.get_by_label("Zoeken", exact=True)).to_have_value("warmtenet")
    href = shared.get_by_role("link", name="CSV voor Excel").get_attribute("href")
    assert "status=in_behandeling" in href and "export=csv" in href
    # Pages: the whole list in pages of 25.
    page.get_by_role("link", name="Filters wissen").click()
    expect(page.get_by_text("Pagina 1 van 2", exact=True)).to_be_visible()
    page.get_by_role("link", name="Volgende").click()
    expect(page.get_by_text("Pagina 2 van 2", exact=True)).to_be_visible()
    assert _query(page)["pagina"] == "2"


def test_every_list_at_1280_and_390_px(browser, live_server, pool, coordinator, assen, member, axe_check):
    _world(pool, coordinator, assen, member)
    SHOTS.mkdir(parents=True, exist_ok=True)
    lists = {
        "coordinator": ["/vragen/", "/intake/", "/pool/", "/audit/", "/kennis/"],
        "assen": ["/uren/goedkeuren/?status="],
        "flexpooler": ["/uren/"],
    }
    too_wide = []
    for width in (1280, 390):
        for login, urls in lists.items():
            context = browser.new_context(locale="nl-NL", viewport={"width": width, "height": 900})
            page = context.new_page()
            page.set_default_timeout(30000)
            log_in(page, live_server.url, login, PASSWORD)
            for url in urls:
                page.goto(f"{live_server.url}{url}")
                name = url.strip("/").split("?")[0].replace("/", "-")
                page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
                scroll = page.evaluate("document.scrollingElement.scrollWidth")
                if scroll > width:
                    too_wide.append(f"{url} at {width}: {scroll}px")
                if width == 1280:
                    axe_check(page)
            context.close()
    assert too_wide == []
