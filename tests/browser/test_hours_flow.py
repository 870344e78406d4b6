"""Hours to settlement in a real browser: the member writes, the contact approves, finance settles
the month, the contact downloads the PDF specification; axe-core on every new page, screenshots."""

import codecs
import io
from datetime import date, timedelta
from pathlib import Path

from playwright.sync_api import expect

from flexpool.core.dates import week_text
from flexpool.core.weeks import monday_of, week_title
from flexpool.hours.models import HourEntry, Settlement
from tests.builders import PASSWORD
from tests.hours.helpers import make_tariffs, running_assignment


def _previous_month(today: date) -> tuple[date, date]:
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


SHOTS = Path("/tmp/shots-exports")


def both_widths(page, name):
    """Screenshots of the page at 1280 and 390 px wide (for review), then back to 1280."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_hours_to_settlement_to_pdf(
    new_page, live_server, pool, coordinator, assen, emmen, member, finance, council, shoot, axe_check
):
    url = live_server.url
    today = date.today()
    first, _last = _previous_month(today)
    make_tariffs(pool, years=sorted({first.year, today.year}))
    start = monday_of(first) + timedelta(days=7)  # a Monday inside last month
    assignment = running_assignment(
        pool, coordinator, assen, member, start=start, end=today + timedelta(days=120), today=today
    )
    week = start

    flexpooler = new_page("flexpooler", PASSWORD)
    flexpooler.get_by_role("link", name="Mijn uren", exact=True).click()
    axe_check(flexpooler)
    flexpooler.goto(f"{url}/uren/?week={week.isoformat()}")
    expect(flexpooler.locator("#week-title")).to_have_text(week_title(week).capitalize())
    hours = flexpooler.get_by_label(f"Uren voor {assignment.request.title}")
    note = flexpooler.get_by_label(f"Toelichting voor {assignment.request.title}")
    # No error state before anything was typed.
    expect(flexpooler.locator(".fp-errors")).to_have_count(0)
    hours.fill("200")
    flexpooler.get_by_role("button", name="Week opslaan").click()
    expect(flexpooler.locator("#weekstaat")).to_contain_text("maximaal 168")
    axe_check(flexpooler)
    hours.fill("90")
    flexpooler.get_by_role("button", name="Week opslaan").click()
    expect(flexpooler.locator("#weekstaat")).to_contain_text("waarom het meer is")
    hours.fill("15,5")
    note.fill("Bewonersavond voorbereid")
    flexpooler.get_by_role("button", name="Week opslaan").click()
    expect(flexpooler.locator(".fp-message--success")).to_contain_text("15,5 uur ingediend")
    # The week as it is now is shown, and changing it says what changed.
    expect(hours).to_have_value("15,5")
    expect(flexpooler.locator("#my-hours")).to_contain_text(week_text(week))
    shoot(flexpooler, "uren-schrijven")

    contact = new_page("assen", PASSWORD)
    contact.get_by_role("link", name="Uren goedkeuren", exact=True).click()
    expect(contact.locator("#to-approve")).to_contain_text("15,5 van 16 uur afgesproken")
    axe_check(contact)
    shoot(contact, "uren-goedkeuren")
    contact.get_by_label(f"{member.name}, {week_title(week)}, {assignment.request.title}").check()
    contact.get_by_role("button", name="Gekozen uren goedkeuren").click()
    expect(contact.locator(".fp-message--success")).to_contain_text("1 urenregel goedgekeurd")
    assert HourEntry.objects.get(assignment=assignment, week=week).status == "goedgekeurd"

    coord = new_page("coordinator", PASSWORD)
    coord.goto(f"{url}/uren/monitor/")
    axe_check(coord)
    shoot(coord, "urenmonitor")

    fin = new_page("financien", PASSWORD)
    fin.get_by_role("link", name="Verrekening", exact=True).click()
    axe_check(fin)
    fin.get_by_label("Soort periode").select_option("maand")
    fin.get_by_label("Eerste dag van de periode").fill(first.isoformat())
    fin.get_by_role("button", name="Voorbeeld bekijken").click()
    expect(fin.locator("#preview-lines")).to_contain_text("Assen")
    expect(fin.locator("#what-becomes-final")).to_contain_text("worden definitief")
    assert not Settlement.objects.exists()
    axe_check(fin)
    shoot(fin, "verrekening-voorbeeld")
    fin.get_by_role("button", name="Definitief verrekenen en afsluiten").click()
    expect(fin.locator(".fp-message--success")).to_contain_text("verrekend en afgesloten")
    expect(fin.locator("#settlement-lines")).to_contain_text("Assen")
    axe_check(fin)
    shoot(fin, "verrekening")
    both_widths(fin, "verrekening")
    settlement = Settlement.objects.get()
    assert settlement.total_hours == 15.5
    # Two CSV links: for Dutch Excel (BOM, semicolon, decimal comma) and machine-readable.
    with fin.expect_download() as download_info:
        fin.get_by_role("link", name="CSV voor Excel").click()
    content = Path(download_info.value.path()).read_bytes()
    assert content.startswith(codecs.BOM_UTF8) and ";15,50;" in content.decode("utf-8-sig")
    with fin.expect_download() as download_info:
        fin.get_by_role("link", name="CSV (machineleesbaar)").click()
    assert download_info.value.suggested_filename.endswith("-machine.csv")
    content = Path(download_info.value.path()).read_bytes()
    assert not content.startswith(codecs.BOM_UTF8) and ",15.50," in content.decode()
    # The preview of a settled month says so and offers nothing to confirm.
    fin.goto(f"{url}/verrekening/")
    fin.get_by_label("Soort periode").select_option("maand")
    fin.get_by_label("Eerste dag van de periode").fill(first.isoformat())
    fin.get_by_role("button", name="Voorbeeld bekijken").click()
    expect(fin.locator(".fp-message--info")).to_contain_text("al verrekend")
    expect(fin.get_by_role("button", name="Definitief verrekenen en afsluiten")).to_have_count(0)
    assert Settlement.objects.count() == 1
    fin.goto(f"{url}/tarieven/")
    axe_check(fin)
    fin.goto(f"{url}/grootboek/?jaar={first.year}")
    axe_check(fin)
    shoot(fin, "grootboek")

    # The member can no longer change the settled week.
    flexpooler.goto(f"{url}/uren/?week={week.isoformat()}")
    expect(flexpooler.locator(f"#row-{assignment.pk}")).to_contain_text("wijzigen kan met een correctie")
    expect(flexpooler.get_by_label(f"Uren voor {assignment.request.title}")).to_have_count(0)

    contact.get_by_role("link", name="Verrekening", exact=True).click()
    axe_check(contact)
    contact.get_by_role("link", name=settlement.period.title).click()
    contact.get_by_role("link", name="Specificatie Assen").click()
    axe_check(contact)
    balance = contact.locator("#balance").inner_text()
    shoot(contact, "specificatie")
    with contact.expect_download() as download_info:
        contact.get_by_role("link", name="Download specificatie (PDF)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    from pdfminer.high_level import extract_text

    text = extract_text(io.BytesIO(open(download.path(), "rb").read()))  # noqa: SIM115
    assert "Assen" in text and balance in text and "15,5" in text

    contact.goto(f"{url}/rapportage/GM0106/?jaar={first.year}")
    axe_check(contact)
    expect(contact.locator("#hours-explained")).to_contain_text("ontvangen uren")
    shoot(contact, "rapportage-assen")
    both_widths(contact, "rapportage-assen")
    contact.goto(f"{url}/audit/?groep=uren.")
    expect(contact.locator("#audit")).to_contain_text("keurde uren goed")
    axe_check(contact)

    other = new_page("emmen", PASSWORD)
    assert other.goto(f"{url}/rapportage/GM0106/").status == 404
    assert other.goto(f"{url}/verrekening/{settlement.pk}/GM0106/").status == 404

    raad = new_page("raad", PASSWORD)
    raad.goto(f"{url}/rapportage/GM0106/?jaar={first.year}")
    axe_check(raad)
    anonymous = new_page()
    anonymous.goto(f"{url}/openbaar/?jaar={first.year}")
    expect(anonymous.locator("#public-municipalities")).to_contain_text("Assen")
    expect(anonymous.locator("main")).not_to_contain_text(member.name)
    axe_check(anonymous)
    shoot(anonymous, "openbaar")
    coord.goto(f"{url}/auditlog/")
    axe_check(coord)
    shoot(coord, "besluitenlog")
    both_widths(coord, "besluitenlog")
