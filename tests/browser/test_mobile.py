"""At 390 px wide: the menu folds into a button, and no page is wider than the screen."""

from datetime import date, timedelta
from importlib import import_module

from django.urls import URLPattern, reverse
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from flexpool.core.weeks import monday_of
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.hours import services as hours_services
from tests import builders
from tests.browser.conftest import log_in
from tests.builders import PASSWORD
from tests.hours.helpers import make_tariffs, running_assignment

APPS = (
    "web",
    "core",
    "regions",
    "matching",
    "agreements",
    "demand",
    "imports",
    "hours",
    "reports",
    "knowledge",
    "scenarios",
)
WIDTH = 390
LOGINS = {"coordinator": "coordinator", "assen": "assen", "member": "flexpooler", "finance": "financien"}


# The outermost elements that reach past the right edge of the screen: where to look when it fails.
WIDEST = """() => Array.from(document.querySelectorAll("body *"))
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
  .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)
  .slice(0, 5)
  .map(e => e.tagName.toLowerCase() + "." + e.className + " " + Math.round(e.getBoundingClientRect().right))
"""


def _plain_pages() -> list[str]:
    """Every page address without parameters, of every app."""
    urls = []
    for app in APPS:
        for pattern in import_module(f"flexpool.{app}.urls").urlpatterns:
            if isinstance(pattern, URLPattern) and not pattern.pattern.converters and pattern.name:
                url = reverse(pattern.name)
                if not url.endswith((".csv", ".xlsx", ".pdf", ".json")) and "uitloggen" not in url:
                    urls.append(url)
    return urls


def _width(page) -> int:
    return page.evaluate("document.scrollingElement.scrollWidth")


def test_menu_folds_and_no_page_is_wider_than_the_screen(
    browser, live_server, pool, coordinator, assen, emmen, member, finance, council, shoot
):
    today = date.today()
    make_tariffs(pool, years=sorted({today.year - 1, today.year}))
    start = monday_of(today) - timedelta(days=35)
    assignment = running_assignment(
        pool, coordinator, assen, member, start=start, end=today + timedelta(days=90), today=today
    )
    hours_services.write_hours(
        actor=member.user, assignment=assignment, week=start, hours="16", note="", today=today
    )
    builders.make_member(pool, "Fictief Kandidaat Met Een Lange Naam", competences={"projectleiding": 3})
    request = builders.make_request(
        pool,
        assen,
        title="Projectleider warmtetransitie voor de wijk Assen-Oost en Pittelo",
        resident_facing=True,
    )
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    extra = {
        "coordinator": [
            reverse("request-detail", args=[request.pk]),
            reverse("request-propose", args=[request.pk]),
        ],
        "assen": [reverse("request-detail", args=[request.pk])],
        "member": [f"{reverse('hours-mine')}?week={start.isoformat()}"],
        "finance": [],
    }
    too_wide = []
    for role, login in LOGINS.items():
        context = browser.new_context(locale="nl-NL", viewport={"width": WIDTH, "height": 844})
        page = context.new_page()
        page.set_default_timeout(30000)
        log_in(page, live_server.url, login, PASSWORD)
        # The menu is one button until it is opened.
        menu = page.get_by_role("button", name="Menu")
        expect(menu).to_have_attribute("aria-expanded", "false")
        expect(page.locator("#hoofdmenu")).to_be_hidden()
        if role == "coordinator":
            shoot(page, "mobiel-menu-dicht")
        menu.click()
        expect(menu).to_have_attribute("aria-expanded", "true")
        expect(page.locator("#hoofdmenu")).to_be_visible()
        if role == "coordinator":
            shoot(page, "mobiel-menu-open")
        for url in [*_plain_pages(), *extra[role]]:
            try:
                response = page.goto(f"{live_server.url}{url}")
            except PlaywrightError:  # an address that only takes POST answers 405 without a page
                continue
            if response is None or "text/html" not in (response.headers.get("content-type") or ""):
                continue
            width = _width(page)
            if width > WIDTH:
                culprits = page.evaluate(WIDEST)
                too_wide.append(f"{role} {url}: {width}px; {culprits}")
                shoot(page, f"te-breed-{role}-{url.strip('/').replace('/', '-') or 'start'}")
        context.close()
    assert too_wide == []


def test_without_javascript_every_menu_link_shows(browser, live_server, coordinator):
    from django.test import Client

    client = Client()
    client.force_login(coordinator)
    context = browser.new_context(java_script_enabled=False, viewport={"width": WIDTH, "height": 844})
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/")
    expect(page.locator("#hoofdmenu")).to_be_visible()
    expect(page.get_by_role("button", name="Menu")).to_have_count(0)
    context.close()
