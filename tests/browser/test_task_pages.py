"""The timesheet, approval, settlement preview, optimiser panel and error page, as people see them:
axe-core at 1280 and 390 px, no page wider than the screen, and screenshots of each."""

import re
from datetime import date, timedelta

from playwright.sync_api import expect

from flexpool.core.weeks import monday_of, week_title
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.hours import services as hours_services
from tests import builders
from tests.browser.conftest import log_in
from tests.builders import PASSWORD
from tests.hours.helpers import make_tariffs, running_assignment


def _login(browser, live_server, username, width):
    context = browser.new_context(locale="nl-NL", viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(30000)
    log_in(page, live_server.url, username, PASSWORD)
    return context, page


def test_task_pages_at_both_widths(
    browser, live_server, pool, coordinator, assen, emmen, member, finance, axe_check, shoot
):
    today = date.today()
    make_tariffs(pool, years=sorted({today.year - 1, today.year}))
    first_of_month = today.replace(day=1)
    last_month = (first_of_month - timedelta(days=1)).replace(day=1)
    start = monday_of(last_month)
    assignment = running_assignment(
        pool, coordinator, assen, member, start=start, end=today + timedelta(days=90), today=today
    )
    weeks = [start + timedelta(days=7 * i) for i in range(3)]
    entries = [
        hours_services.write_hours(
            actor=member.user, assignment=assignment, week=w, hours=h, note=n, today=today
        )
        for w, h, n in zip(weeks, ["16", "20", "12"], ["", "Extra bewonersavond", ""], strict=True)
    ]
    hours_services.approve_hours(actor=assen, entry=entries[0])
    builders.make_member(pool, "Fictief Kandidaat Een", competences={"projectleiding": 3}, ties=["GM0106"])
    builders.make_member(pool, "Fictief Kandidaat Twee", competences={"projectleiding": 2}, ties=["GM0106"])
    builders.make_member(
        pool, "Fictief Zonder Binding", competences={"projectleiding": 3}, ties=["GM0114"], home="GM0114"
    )
    request = builders.make_request(pool, assen, required=[("projectleiding", 2)], resident_facing=True)
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    lonely = builders.make_request(
        pool, emmen, title="Adviseur warmtenetten", required=[("warmtenetten", 4)], resident_facing=True
    )
    demand_services.transition(actor=coordinator, request=lonely, action=RequestAction.TAKE_INTO_INTAKE)

    pages = [
        ("flexpooler", f"/uren/?week={weeks[1].isoformat()}", "weekstaat", "#weekstaat"),
        ("assen", "/uren/goedkeuren/", "uren-goedkeuren-per-week", "#to-approve"),
        (
            "financien",
            f"/verrekening/voorbeeld/?pool={pool.pk}&kind=maand&start={last_month.isoformat()}",
            "verrekening-voorbeeld",
            "#preview-lines",
        ),
        ("coordinator", f"/vragen/{request.pk}/voorstellen/", "voorstellen-paneel", "#suggestions"),
        ("coordinator", f"/vragen/{lonely.pk}/voorstellen/", "voorstellen-niemand", "#nobody-fits"),
        ("coordinator", "/bestaat-niet/", "niet-gevonden", "main"),
    ]
    for width in (1280, 390):
        sessions = {}
        for username, url, name, marker in pages:
            if username not in sessions:
                sessions[username] = _login(browser, live_server, username, width)
            page = sessions[username][1]
            page.goto(f"{live_server.url}{url}")
            expect(page.locator(marker)).to_be_visible()
            axe_check(page)
            assert page.evaluate("document.scrollingElement.scrollWidth") <= width, (url, width)
            shoot(page, f"{name}-{width}")
        for context, _page in sessions.values():
            context.close()

    # What the pages say.
    context, page = _login(browser, live_server, "coordinator", 1280)
    page.goto(f"{live_server.url}/vragen/{lonely.pk}/voorstellen/")
    expect(page.locator("#nobody-fits")).to_contain_text("4 missen een gevraagde competentie")
    page.goto(f"{live_server.url}/vragen/{request.pk}/voorstellen/")
    expect(page.locator("#suggestions")).to_contain_text("Fictief Kandidaat Een")
    expect(page.locator("#suggestions")).not_to_contain_text("Fictief Zonder Binding")
    page.get_by_text(re.compile("niet; zie waarom")).click()
    expect(page.locator("#blocked")).to_contain_text("Geen lokale binding met Assen")
    context.close()
    context, page = _login(browser, live_server, "assen", 1280)
    page.goto(f"{live_server.url}/uren/goedkeuren/")
    expect(page.locator("#to-approve")).to_contain_text("Meer dan afgesproken")
    expect(page.locator("#to-approve")).to_contain_text(week_title(weeks[1]).capitalize())
    context.close()
