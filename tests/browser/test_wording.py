"""What people read: the request history and the audit trail as sentences with names, the expert
finder's explanation and contact action, in Dutch and in English; screenshots at 1280 and 390 px."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.matching import services as matching
from tests import builders
from tests.browser.conftest import SCREENSHOTS

SHOTS = Path("/tmp/shots-wording")


@pytest.fixture
def story(pool, coordinator, assen, member):
    coordinator.first_name, coordinator.last_name, coordinator.email = "Anna", "de Vries", "anna@example.org"
    coordinator.save()
    assen.first_name, assen.last_name = "Bram", "Jansen"
    assen.save()
    request = builders.make_request(
        pool, assen, hours_per_week=Decimal("16.5"), start=date(2027, 1, 11), end=date(2027, 3, 26)
    )
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16.5"))]
    )
    return request


def take(page, name):
    for target in (SHOTS, SCREENSHOTS):
        target.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(target / f"{name}.png"), full_page=True)


def both_widths(page, name):
    page.set_viewport_size({"width": 1280, "height": 900})
    take(page, f"{name}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390, name
    take(page, f"{name}-390")
    page.set_viewport_size({"width": 1280, "height": 900})


@pytest.mark.browser
def test_history_and_audit_read_as_sentences(new_page, live_server, story, assen, coordinator):
    page = new_page("assen", builders.PASSWORD)
    page.goto(f"{live_server.url}/vragen/{story.pk}/")
    history = page.locator("#audit-trail")
    assert "Anna de Vries (coördinator) nam de vraag in behandeling: ingediend → in behandeling." in (
        history.inner_text()
    )
    assert "16,5" in page.locator("main").inner_text()
    both_widths(page, "request-history-nl")

    english = new_page("assen", builders.PASSWORD)
    english.context.add_cookies([{"name": "django_language", "value": "en", "url": live_server.url}])
    english.goto(f"{live_server.url}/vragen/{story.pk}/")
    assert "Anna de Vries (coordinator) took the request into intake: submitted → under review." in (
        english.locator("#audit-trail").inner_text()
    )
    assert "Project management" in english.locator("main").inner_text()
    both_widths(english, "request-history-en")

    boss = new_page("coordinator", builders.PASSWORD)
    boss.goto(f"{live_server.url}/auditlog/")
    assert "nam de vraag in behandeling: ingediend → in behandeling" in boss.locator("#audit").inner_text()
    both_widths(boss, "auditlog-nl")


@pytest.mark.browser
def test_expert_finder_explains_and_offers_contact(new_page, live_server, story, assen, member, pool):
    page = new_page("assen", builders.PASSWORD)
    page.goto(f"{live_server.url}/kennis/experts/?q=projectleiding")
    card = page.locator(".kb-expert").first
    text = card.inner_text()
    assert "score" not in text
    assert "Sterke match" in text and "1 competentie over dit onderwerp" in text
    link = card.get_by_role("link", name=f"Vraag de coördinator om contact met {member.name}")
    href = link.get_attribute("href")
    assert href.startswith("mailto:anna@example.org?subject=Contact%20met%20")
    both_widths(page, "experts-nl")
