"""Knowledge base in a real browser: the intake suggestion while filing a request, reuse, search, experts."""

import re
from datetime import date

from playwright.sync_api import expect

from flexpool.knowledge.models import ReuseRecord
from flexpool.knowledge.services import Upload
from tests import builders
from tests.builders import PASSWORD
from tests.knowledge import files
from tests.knowledge.helpers import make_corpus, make_item


def shoot_at_both_widths(page, shoot, name):
    """A screenshot on a desktop and on a phone; neither may scroll sideways. Ends at desktop width."""
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        assert page.evaluate("document.documentElement.scrollWidth") <= width, (name, width)
        shoot(page, f"{name}-{width}")
    page.set_viewport_size({"width": 1280, "height": 900})


def test_suggestion_appears_while_filing_a_request_and_reuse_is_recorded(
    new_page, live_server, pool, coordinator, assen, emmen, member, shoot, axe_check
):
    make_corpus(coordinator, pool)
    builders.make_request(
        pool, emmen, title="Projectleider warmtenet Emmerhout", description="Haalbaarheid van een warmtenet."
    )
    today = date.today()
    contact = new_page("assen", PASSWORD)
    contact.get_by_role("link", name="Nieuwe vraag", exact=True).click()
    panel = contact.get_by_role("complementary", name="Kijk eerst hier")
    expect(panel).to_be_visible()
    contact.get_by_label("Titel").fill("Haalbaarheid warmte-netten Assen-Oost")
    contact.get_by_label("Omschrijving").fill("Wij willen laten uitzoeken of warmtenetten haalbaar zijn.")
    expect(panel).to_contain_text("Haalbaarheidsstudie warmtenet Kloosterveen")
    expect(panel).to_contain_text("Projectleider warmtenet Emmerhout")
    expect(panel.locator("mark").first).to_be_visible()
    axe_check(contact)
    shoot(contact, "kennis-suggesties-bij-vraag")
    suggestion = panel.locator("li", has_text="Haalbaarheidsstudie warmtenet Kloosterveen")
    suggestion.get_by_role("button", name="Dit hergebruiken wij").click()
    expect(panel).to_contain_text("Vastgelegd: hergebruikt door Assen")
    assert ReuseRecord.objects.filter(item__title="Haalbaarheidsstudie warmtenet Kloosterveen").count() == 1
    # The draft is still there: filing the request works as before.
    contact.get_by_label("Uren per week").fill("8")
    contact.get_by_label("Startdatum").fill(today.isoformat())
    contact.get_by_label("Einddatum").fill(date(today.year + 1, 6, 30).isoformat())
    contact.get_by_label("Gevraagde competentie").select_option("warmtenetten")
    contact.get_by_role("button", name="Indienen bij de pool").click()
    expect(contact.locator("#request-status")).to_have_text("Ingediend")
    # The reuse marked while drafting is tied to the request that was filed.
    expect(contact.locator("#request-reuses")).to_contain_text("Haalbaarheidsstudie warmtenet Kloosterveen")
    record = ReuseRecord.objects.get(item__title="Haalbaarheidsstudie warmtenet Kloosterveen")
    assert record.request.title == "Haalbaarheid warmte-netten Assen-Oost"
    axe_check(contact)
    shoot(contact, "vraag-met-hergebruik")


def test_search_item_and_experts_pages(
    new_page, live_server, pool, coordinator, assen, member, shoot, axe_check
):
    make_corpus(coordinator, pool)
    make_item(
        coordinator, pool, "Warmtenet-studie met bijlage", uploads=[Upload("studie.pdf", files.pdf())],
        author_members=[member], competences=["warmtenetten"],
    )  # fmt: skip
    anonymous = new_page()
    anonymous.goto(f"{live_server.url}/kennis/?q=warmtenetten")
    expect(anonymous.locator(".kb-hits")).to_contain_text("Raadsvoorstel warmte-net Coevorden")
    expect(anonymous.locator(".kb-hits")).not_to_contain_text("Warmtenet-studie met bijlage")  # pool-internal
    axe_check(anonymous)

    coord = new_page("coordinator", PASSWORD)
    coord.get_by_role("link", name="Kennisbank").click()
    coord.get_by_label("Zoeken in de kennisbank").fill("warmtenetten")
    coord.get_by_role("button", name="Zoeken", exact=True).click()
    expect(coord.locator(".kb-hits")).to_contain_text("Warmtenet-studie met bijlage")
    # The facets and the number of results follow the results.
    expect(coord.locator("#kb-results-title")).to_have_text(re.compile(r"^\d+ resultaten$"))
    expect(coord.locator(".kb-facets")).not_to_have_attribute("aria-busy", "true")
    coord.get_by_role("navigation", name="Soort").get_by_role("link", name="Raadsvoorstel").click()
    expect(coord.locator(".kb-hits li")).to_have_count(2)
    axe_check(coord)
    shoot(coord, "kennis-zoeken")
    coord.get_by_role("link", name="Raadsvoorstel warmte-net Coevorden").click()
    axe_check(coord)
    shoot(coord, "kennis-item")
    coord.get_by_role("link", name="Wie weet dit?").click()
    coord.get_by_label("Onderwerp").fill("warmtenet")
    coord.get_by_role("button", name="Zoeken", exact=True).click()
    expect(coord.locator(".kb-experts")).to_contain_text(member.name)
    axe_check(coord)
    shoot(coord, "kennis-experts")
    coord.goto(f"{live_server.url}/kennis/nieuw/")
    axe_check(coord)
    shoot(coord, "kennis-nieuw")
    coord.goto(f"{live_server.url}/kennis/hergebruik/")
    axe_check(coord)

    # Deleting asks first, then the item is gone from the search.
    coord.goto(f"{live_server.url}/kennis/?q=warmtenetten")
    coord.get_by_role("link", name="Warmtenet-studie met bijlage").click()
    coord.get_by_role("link", name="Verwijderen").click()
    expect(coord.locator("#kb-delete-consequences")).to_contain_text("1 bijgevoegd bestand")
    axe_check(coord)
    shoot(coord, "kennis-verwijderen")
    coord.get_by_role("button", name="Ja, verwijderen").click()
    expect(coord.locator(".fp-message--success")).to_contain_text("is verwijderd")
    coord.goto(f"{live_server.url}/kennis/?q=warmtenetten")
    expect(coord.locator(".kb-hits")).not_to_contain_text("Warmtenet-studie met bijlage")


def test_on_a_phone_a_link_leads_past_the_filters_to_the_results(
    new_page, live_server, pool, coordinator, member, shoot
):
    make_corpus(coordinator, pool)
    page = new_page("flexpooler", PASSWORD)
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(f"{live_server.url}/kennis/?q=warmtenetten")
    expect(page.locator(".kb-facets")).not_to_have_attribute("aria-busy", "true")  # the filters are in
    results = page.locator("#kb-results-title")
    assert results.bounding_box()["y"] > 800, "on a phone the filters push the results below the screen"
    skip = page.get_by_role("link", name="Naar de resultaten")
    expect(skip).to_be_visible()
    shoot(page, "kennis-naar-resultaten-390")
    skip.click()
    expect(results).to_be_focused()
    # At the top of the screen, give or take the browser's rounding of the scroll position.
    assert -1 < results.bounding_box()["y"] < 100, "the results heading stands at the top of the screen"

    # Beside the results on a desktop, the link shows only when the keyboard reaches it.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/kennis/?q=warmtenetten")
    assert page.locator(".kb-skip").bounding_box()["width"] <= 1  # out of sight, as the site's own skip link
    page.get_by_label("Zoeken in de kennisbank").focus()
    for _ in range(6):  # past the search button and the links beside it
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Naar de resultaten":
            break
    assert page.evaluate("document.activeElement.textContent") == "Naar de resultaten"
    assert page.locator(".kb-skip").bounding_box()["width"] > 50
    shoot(page, "kennis-naar-resultaten-1280")

    # Without results there is nothing to skip to.
    page.goto(f"{live_server.url}/kennis/?q=warmtenetten&jaar=2001")
    expect(page.locator(".kb-hits")).to_contain_text("Niets gevonden")
    expect(page.get_by_role("link", name="Naar de resultaten")).to_have_count(0)


def test_thesaurus_page_and_did_you_mean(new_page, live_server, pool, coordinator, shoot, axe_check):
    make_corpus(coordinator, pool)
    page = new_page("coordinator", PASSWORD)
    page.goto(f"{live_server.url}/kennis/?q=warmtnet")
    expect(page.locator("#kb-suggestion")).to_contain_text("Niets gevonden voor “warmtnet”")
    expect(page.locator("#kb-suggestion")).to_contain_text("warmtenet")
    expect(page.locator(".kb-hits > li").first).to_contain_text("warmte")
    axe_check(page)
    shoot(page, "kennis-bedoelde-u")
    page.get_by_role("link", name="Thesaurus (afkortingen en synoniemen)").click()
    expect(page.get_by_role("heading", name="Thesaurus van de kennisbank")).to_be_visible()
    page.get_by_label("Woorden die hetzelfde betekenen").fill("rioolwarmte\nriothermie")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator("#th-entries")).to_contain_text("rioolwarmte · riothermie")
    axe_check(page)
    shoot(page, "kennis-thesaurus")
    page.set_viewport_size({"width": 390, "height": 844})
    # On a phone the lines stack, each with its labels, instead of scrolling sideways in their frame.
    frame_overflow = "el => el.parentElement.scrollWidth - el.parentElement.clientWidth"
    assert page.locator("#th-entries").evaluate(frame_overflow) <= 0
    expect(page.locator("#th-entries tbody tr").first).to_contain_text("Gewijzigd door:", use_inner_text=True)
    shoot(page, "kennis-thesaurus-390")
    page.get_by_label("Woorden die hetzelfde betekenen").fill("alleen één woord")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".fp-errors")).to_contain_text("Geef minstens twee woorden")
    axe_check(page)


def test_a_coordinator_finds_a_line_in_the_thesaurus_and_deletes_it_after_a_question(
    new_page, live_server, coordinator, shoot, axe_check
):
    from flexpool.knowledge import thesaurus
    from flexpool.knowledge.models import ThesaurusEntry

    # The browser tests' database starts empty, without the lines that migrations install.
    for phrases, kind in (
        ("WUP\nwijkuitvoeringsplan\nuitvoeringsplan voor de wijk", "afkorting"),
        ("TVW\ntransitievisie warmte", "afkorting"),
        ("wijkuitvoeringsplan\nwijkplan", "synoniem"),
    ):
        ThesaurusEntry.objects.create(phrases=phrases, kind=kind, note="Voorbeeld voor de test")
    thesaurus._changed()  # written past the service, which tells the process-wide copy of the list
    page = new_page("coordinator", PASSWORD)
    page.goto(f"{live_server.url}/kennis/thesaurus/")
    page.get_by_label("Zoek een woord").fill("WUP")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.locator("#th-effect")).to_contain_text("Wie zoekt op “WUP”, vindt ook items met:")
    expect(page.locator("#th-effect")).to_contain_text("wijkuitvoeringsplan")
    expect(page.locator("#th-list-title")).to_contain_text(re.compile(r"\d+ van de \d+ regels"))
    axe_check(page)
    shoot_at_both_widths(page, shoot, "kennis-thesaurus-filter")
    rows = page.locator("#th-entries tbody tr")
    before = rows.count()
    rows.first.get_by_role("link", name=re.compile("^Verwijderen")).click()
    expect(page.get_by_role("heading", name="Regel uit de thesaurus verwijderen")).to_be_visible()
    axe_check(page)
    shoot_at_both_widths(page, shoot, "kennis-thesaurus-verwijderen")
    page.get_by_role("button", name="Ja, verwijderen").click()
    expect(page.locator("#th-effect")).to_be_visible()  # back on the list as it was filtered
    expect(page.get_by_label("Zoek een woord")).to_have_value("WUP")
    expect(rows).to_have_count(before - 1)
    expect(page.get_by_role("status").filter(has_text="Verwijderd uit de thesaurus")).to_be_visible()


def test_a_coordinator_links_a_word_that_people_searched_for_in_vain(
    new_page, live_server, pool, coordinator, member, shoot, axe_check
):
    make_corpus(coordinator, pool)
    searcher = new_page("flexpooler", PASSWORD)
    for words in ("kwelderwarmte", "kwelderwarmte aanleggen", "zoutwarmte"):
        searcher.goto(f"{live_server.url}/kennis/?q={words}")
        expect(searcher.get_by_role("heading", name="Resultaten")).to_be_visible()
    expect(searcher.locator("#kb-missing")).to_have_text(
        "Het woord “zoutwarmte” staat in geen enkel item. "
        "Hieronder staan de items die het meest lijken op wat u zoekt."
    )
    axe_check(searcher)
    shoot_at_both_widths(searcher, shoot, "kennis-woord-niet-gevonden")
    searcher.goto(f"{live_server.url}/kennis/?q=warmtenet")  # what they then tried, and found
    expect(searcher.get_by_role("heading", name="Resultaten")).to_be_visible()
    expect(searcher.locator("#kb-missing")).to_have_count(0)
    page = new_page("coordinator", PASSWORD)
    page.goto(f"{live_server.url}/kennis/thesaurus/")
    missed = page.locator("#th-missed")
    expect(page.get_by_role("heading", name="Gezocht, maar in geen enkel item gevonden")).to_be_visible()
    first = missed.locator("tbody tr").first
    expect(first).to_contain_text("kwelderwarmte")
    expect(first.locator("td").nth(1)).to_have_text("Keer gezocht: 2")
    expect(first.locator("td").nth(3)).to_contain_text(
        "warmtenet: toevoegen als hetzelfde als “kwelderwarmte” (1 keer)"
    )
    expect(missed).not_to_contain_text("aanleggen")  # a word that items hold
    axe_check(page)
    shoot_at_both_widths(page, shoot, "kennis-thesaurus-gezocht")
    missed.get_by_role(
        "link", name=re.compile(r"^warmtenet\W+toevoegen als hetzelfde als “kwelderwarmte”$")
    ).click()
    expect(page.locator("#th-effect")).to_contain_text(
        "In het formulier hierboven staan “kwelderwarmte” en “warmtenet” al op een eigen regel."
    )
    expect(page.get_by_label("Woorden die hetzelfde betekenen")).to_have_value("kwelderwarmte\nwarmtenet")
    shoot_at_both_widths(page, shoot, "kennis-thesaurus-samen")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator("#th-entries")).to_contain_text("kwelderwarmte · warmtenet")
    expect(missed).not_to_contain_text("kwelderwarmte")
    missed.get_by_role("button", name=re.compile(r"^Negeren\W+zoutwarmte$")).click()
    expect(
        page.get_by_role("status").filter(has_text="“zoutwarmte” staat niet meer in de lijst.")
    ).to_be_visible()
    expect(page.locator("#th-missed")).to_have_count(0)
    expect(page.get_by_text("Alles waarop de afgelopen 90 dagen is gezocht")).to_be_visible()
    axe_check(page)


def test_an_item_being_read_and_a_refused_item_show_their_state(
    new_page, live_server, pool, coordinator, shoot, axe_check, settings
):
    """The item page says "Wordt verwerkt" while the files are read, and "Geweigerd" with the
    reason when a file could not be read; both fit a phone screen."""
    from flexpool.knowledge.models import KnowledgeItem, Processing

    settings.KNOWLEDGE_EXTRACT_MEMORY_MB = 20  # too little for the Word reader: refused
    refused = make_item(coordinator, pool, "Rapport dat niet te lezen is", summary="",
                        uploads=[Upload("rapport.docx", files.docx())])  # fmt: skip
    assert refused.processing == Processing.REFUSED
    waiting = make_item(coordinator, pool, "Rapport in verwerking", summary="Kort.")
    KnowledgeItem.objects.filter(pk=waiting.pk).update(processing=Processing.PROCESSING)
    page = new_page("coordinator", PASSWORD)
    for item, text, name in (
        (waiting, "Wordt verwerkt.", "kennis-wordt-verwerkt"),
        (refused, "het uitpakken had meer dan 20 MB geheugen nodig", "kennis-geweigerd"),
    ):
        page.goto(f"{live_server.url}/kennis/{item.pk}/")
        expect(page.locator("#kb-processing")).to_contain_text(text)
        axe_check(page)
        shoot_at_both_widths(page, shoot, name)
