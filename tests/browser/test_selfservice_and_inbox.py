"""In a real browser: a member enters leave and raises a level, the coordinator is told in the inbox,
opens the notification, validates, and reads the pool's availability; a conversation with a mention.
axe-core on every page; screenshots at 1280 and 390 px wide."""

from datetime import date, timedelta
from decimal import Decimal

from playwright.sync_api import expect

from flexpool.core.dates import week_text
from flexpool.core.weeks import monday_of
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.matching import services as matching
from flexpool.pool.models import CompetenceClaim, MemberCompetence
from tests import builders
from tests.builders import PASSWORD


def both_widths(page, shoot, name):
    shoot(page, f"{name}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    shoot(page, f"{name}-390")
    page.set_viewport_size({"width": 1280, "height": 900})


def test_member_self_service_and_coordinator_inbox(
    new_page, live_server, pool, coordinator, assen, member, shoot, axe_check
):
    for user, first, last in [(coordinator, "Gerrit", "Fictief"), (assen, "Wilma", "Fictief")]:
        user.first_name, user.last_name = first, last
        user.save()
    builders.make_member(pool, "Fictief Poollid Twee", competences={"warmtenetten": 3}, home="GM0114")
    next_monday = monday_of(date.today()) + timedelta(days=7)

    flexpooler = new_page("flexpooler", PASSWORD)
    flexpooler.get_by_role("link", name="Verlof", exact=True).click()
    axe_check(flexpooler)
    flexpooler.get_by_label("Van", exact=True).fill(next_monday.isoformat())
    flexpooler.get_by_label("Tot en met", exact=True).fill((next_monday + timedelta(days=4)).isoformat())
    flexpooler.get_by_label("Minder uren per week").check()
    flexpooler.get_by_role("button", name="Periode toevoegen").click()
    expect(flexpooler.locator(".fp-message--error")).to_contain_text("Uren per week in deze periode")
    axe_check(flexpooler)
    flexpooler.get_by_label("Helemaal vrij (verlof)").check()
    flexpooler.get_by_label("Omschrijving (optioneel)").fill("Vakantie")
    flexpooler.get_by_role("button", name="Periode toevoegen").click()
    expect(flexpooler.locator(".fp-message--success")).to_be_visible()
    expect(flexpooler.locator("#weeks")).to_contain_text(week_text(next_monday))
    flexpooler.get_by_role("button", name="Agendalink maken").click()
    expect(flexpooler.locator("#feed-url")).to_contain_text("/agenda/")
    both_widths(flexpooler, shoot, "verlof-en-agenda")

    flexpooler.get_by_role("link", name="Profiel bewerken").click()
    axe_check(flexpooler)
    flexpooler.locator("#levels").get_by_label("Projectleiding", exact=True).select_option("4")
    flexpooler.get_by_role("button", name="Competenties bewaren").click()
    expect(flexpooler.locator(".fp-message--success")).to_contain_text("wacht op validatie")
    expect(flexpooler.locator("#levels")).to_contain_text("Expert: wacht op validatie")
    both_widths(flexpooler, shoot, "profiel-bewerken")

    coord = new_page("coordinator", PASSWORD)
    expect(coord.locator("#inbox-link .fp-count")).to_have_text("1")
    coord.locator("#inbox-link").click()
    axe_check(coord)
    both_widths(coord, shoot, "meldingen")
    coord.get_by_role("link", name="Fictief Poollid Een vraagt u 1 competentie te valideren").click()
    expect(coord).to_have_url(f"{live_server.url}/pool/competenties/")
    expect(coord.locator("#inbox-link .fp-count")).to_have_text("0")
    axe_check(coord)
    coord.get_by_role("button", name="Valideren: Fictief Poollid Een, Projectleiding", exact=True).click()
    expect(coord.locator(".fp-message--success")).to_be_visible()
    assert CompetenceClaim.objects.get().status == CompetenceClaim.Status.APPROVED
    assert MemberCompetence.objects.get(member=member, competence__code="projectleiding").level == 4

    coord.get_by_role("link", name="Beschikbaarheid", exact=True).click()
    axe_check(coord)
    grid = coord.locator("#availability-grid")
    expect(grid).to_contain_text("Fictief Poollid Twee")
    expect(grid).to_contain_text("verlof")
    both_widths(coord, shoot, "beschikbaarheid-pool")
    coord.get_by_label("Competentie").select_option("warmtenetten")
    coord.get_by_role("button", name="Tonen").click()
    expect(grid).not_to_contain_text("Fictief Poollid Een")

    coord.goto(f"{live_server.url}/meldingen/instellingen/")
    axe_check(coord)
    coord.get_by_label("English").check()
    coord.get_by_role("group", name="Nieuwe vraag voor intake").get_by_label(
        "Eén keer per dag, samengevat"
    ).check()
    coord.get_by_role("button", name="Keuzes bewaren").click()
    expect(coord.locator(".fp-message--success")).to_be_visible()
    both_widths(coord, shoot, "meldingen-instellingen")


def test_conversation_with_a_mention(
    new_page, live_server, pool, coordinator, assen, member, shoot, axe_check
):
    coordinator.first_name, coordinator.last_name = "Gerrit", "Fictief"
    coordinator.save()
    request = builders.make_request(pool, assen, title="Warmteplan Assen-Oost")
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    matching.accept_proposal(actor=assen, request=request)

    contact = new_page("assen", PASSWORD)
    contact.goto(f"{live_server.url}/vragen/{request.pk}/")
    contact.get_by_role("link", name="Gesprek over deze vraag (0 berichten)").click()
    axe_check(contact)
    contact.get_by_label("Uw bericht").fill("@Gerrit Fictief, kan de bewonersavond op 12 maart?")
    contact.get_by_role("button", name="Versturen").click()
    expect(contact.locator("#thread")).to_contain_text("kan de bewonersavond")
    expect(contact.locator("#thread mark.fp-mention")).to_have_text("@Gerrit Fictief")
    both_widths(contact, shoot, "gesprek")

    coord = new_page("coordinator", PASSWORD)
    coord.locator("#inbox-link").click()
    coord.get_by_role("link", name="noemt u in het gesprek over Warmteplan Assen-Oost").click()
    expect(coord.locator("#thread")).to_contain_text("bewonersavond")
