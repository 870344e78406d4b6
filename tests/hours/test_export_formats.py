"""Exports as people open them: CSV for Dutch Excel next to a machine-readable CSV, workbooks
without empty columns, PDFs that never break words or amounts and never strand a heading, and a
report that explains its hours.

Everything is downloaded through the pages, as a user does, and read back with the csv module,
openpyxl and pdfminer.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from datetime import date, datetime
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from flexpool.core import pdf
from flexpool.core.exports import csv_bytes, csv_response, csv_url, safe_cell
from flexpool.hours import services as hours
from flexpool.hours.money import format_eur
from flexpool.scenarios import services as scenarios
from tests.builders import client_for
from tests.pdftext import broken_amounts, lines, stranded_headings, text_of

TODAY = date(2026, 3, 10)


def excel_rows(content: bytes) -> list[list[str]]:
    assert content.startswith(codecs.BOM_UTF8), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def machine_rows(content: bytes) -> list[list[str]]:
    assert not content.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(content.decode("utf-8"))))


# --- the helper ------------------------------------------------------------------------------


def test_one_helper_writes_both_variants():
    header = ["Gemeente", "Bedrag", "Uren", "Aantal", "Datum", "Tijdstip", "Leeg", "Actief"]
    row = [
        "Súdwest-Fryslân",
        Decimal("11479.80"),
        -2.5,
        3,
        date(2027, 1, 31),
        datetime(2027, 1, 31, 13, 5, tzinfo=__import__("datetime").UTC),
        None,
        True,
    ]
    dutch = excel_rows(csv_bytes(header, [row, ["=1+1", Decimal("-0.50"), 0, 0, None, None, None, False]]))
    assert dutch[1] == [
        "Súdwest-Fryslân",
        "11479,80",
        "-2,5",
        "3",
        "31-01-2027",
        "31-01-2027 14:05",
        "",
        "ja",
    ]
    assert dutch[2][:2] == ["'=1+1", "-0,50"]  # formula text neutralised, a negative number stays one
    machine = machine_rows(csv_bytes(header, [row], dialect="machine"))
    assert machine[1] == [
        "Súdwest-Fryslân", "11479.80", "-2.5", "3", "2027-01-31", "2027-01-31T14:05:00+01:00", "", "true",
    ]  # fmt: skip
    response = csv_response("lijst.csv", header, [row], dialect="machine")
    assert response["Content-Disposition"] == 'attachment; filename="lijst-machine.csv"'
    assert csv_url("/x/?groep=uren.", "machine") == "/x/?groep=uren.&formaat=machine"
    with pytest.raises(ValueError):
        csv_bytes(header, [], dialect="excel")
    # In Excel workbooks a moment is stored in local time, without a zone (Excel has none).
    assert safe_cell(row[5]) == datetime(2027, 1, 31, 14, 5) and safe_cell(row[4]) == date(2027, 1, 31)


# --- a settled world -------------------------------------------------------------------------


@pytest.fixture
def late_world(settled_world, pool):
    """settled_world (January settled: 48 hours) plus 10 approved hours in February, whose period
    is not closed yet; 12 hours of February still wait for approval."""
    users = settled_world["users"]
    entry = hours.write_hours(
        actor=users["member"], assignment=settled_world["assignment"], week=date(2026, 2, 9), hours="10",
        today=TODAY,
    )  # fmt: skip
    hours.approve_hours(actor=users["assen"], entry=entry)
    return settled_world


def test_settlement_csv_for_excel_and_for_machines(settled_world):
    client = client_for("finance", settled_world["users"])
    settlement = settled_world["settlement"]
    line = settlement.lines.get(municipality__code="GM0106")
    url = reverse("settlement-csv", args=[settlement.pk])
    dutch = excel_rows(client.get(url + "?formaat=excel").content)
    assert dutch == excel_rows(client.get(url).content)  # Excel is the default
    assen = next(r for r in dutch if r[1] == "Assen")
    assert dutch[0][:3] == ["Periode", "Gemeente", "CBS-code"]
    assert assen[4] == "48,00" and assen[5] == f"{line.use_amount:f}".replace(".", ",")
    for row in dutch[1:]:
        for value in row[4:]:
            assert re.fullmatch(r"-?\d+,\d\d", value), value  # decimal comma, no point anywhere
    machine = machine_rows(client.get(url + "?formaat=machine").content)
    assen = next(r for r in machine if r[1] == "Assen")
    assert assen[4] == "48.00" and Decimal(assen[5]) == line.use_amount
    assert len(machine) == len(dutch)
    page = client.get(reverse("settlement-detail", args=[settlement.pk])).content.decode()
    assert "CSV voor Excel" in page and "CSV (machineleesbaar)" in page
    assert f"{url}?formaat=machine" in page


def test_audit_csv_dates_per_variant(settled_world):
    client = client_for("coordinator", settled_world["users"])
    url = reverse("audit-export") + "?groep=verrekening."
    dutch = excel_rows(client.get(url).content)
    assert dutch[1] and all(re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", r[0]) for r in dutch[1:])
    machine = machine_rows(client.get(url + "&formaat=machine").content)
    assert all(datetime.fromisoformat(r[0]).tzinfo for r in machine[1:])
    assert [r[2] for r in machine[1:]] == [r[2] for r in dutch[1:]]
    page = client.get(reverse("audit-log") + "?groep=verrekening.").content.decode()
    assert re.search(r'href="\?[^"]*groep=verrekening\.[^"]*formaat=machine"', page)
    assert "CSV voor Excel" in page


def test_workbook_has_no_empty_columns_and_real_numbers(settled_world):
    client = client_for("finance", settled_world["users"])
    settlement = settled_world["settlement"]
    book = load_workbook(io.BytesIO(client.get(reverse("settlement-xlsx", args=[settlement.pk])).content))
    main = book["Verrekening"]
    assert main["B2"].is_date and main["B2"].value.date() == date(2026, 1, 1)
    assert main["D2"].value.date() == date(2026, 1, 31) and main["B2"].number_format == "dd-mm-yyyy"
    for sheet, header_row in ((main, 4), (book["Specificatie"], 1)):
        header = [c.value for c in sheet[header_row]]
        data = list(sheet.iter_rows(min_row=header_row + 1, values_only=True))
        assert data
        for index, title in enumerate(header):
            assert any(row[index] not in (None, "") for row in data), f"{sheet.title}: {title} is empty"
    detail = book["Specificatie"]
    header = [c.value for c in detail[1]]
    first = {title: cell for title, cell in zip(header, detail[2], strict=True)}
    assert first["Weken"].value == "week 2 t/m 5 van 2026"  # the Mondays of January 2026
    for title in ("Uren vraag", "Aandeel %", "Uurtarief", "Bedrag", "Totaal vraag"):
        assert isinstance(first[title].value, int | float), title
        assert "0" in first[title].number_format, title
    assert first["Uren vraag"].value == 48


def test_correction_weeks_are_written_for_people(settled_world, pool):
    users = settled_world["users"]
    correction = hours.submit_correction(
        actor=users["member"], assignment=settled_world["assignment"], week=date(2026, 1, 12), hours="14",
        reason="Dubbel geteld", today=TODAY,
    )  # fmt: skip
    hours.approve_hours(actor=users["assen"], entry=correction)
    period = hours.open_period(actor=users["finance"], pool=pool, kind="maand", start=date(2026, 2, 1))
    settlement = hours.settle_period(actor=users["finance"], period=period, today=date(2026, 3, 10))
    client = client_for("finance", users)
    book = load_workbook(io.BytesIO(client.get(reverse("settlement-xlsx", args=[settlement.pk])).content))
    weeks = [row[3] for row in book["Specificatie"].iter_rows(min_row=2, values_only=True)]
    assert "week 3 van 2026" in weeks  # the corrected week, not "2026-W03"
    pdf_bytes = client.get(reverse("settlement-pdf", args=[settlement.pk, "GM0106"])).content
    assert "Correctie (week 3 van 2026)" in " ".join(text_of(pdf_bytes).split())


# --- the report explains its hours ------------------------------------------------------------


def test_report_explains_received_against_settled_hours(late_world):
    client = client_for("council", late_world["users"])
    page = client.get(reverse("report-detail", args=["GM0106"]) + "?jaar=2026")
    report = page.context["report"]
    assert (report.hours_total, report.settled_hours) == (Decimal("58.00"), Decimal("48.00"))
    assert report.hours_unsettled == Decimal("10.00") and report.hours_pending == Decimal("12.00")
    assert report.settled_hours + report.hours_unsettled + report.hours_other_years == report.hours_total
    html = page.content.decode()
    assert "Van de 58 ontvangen uren zijn er 48 verrekend." in html
    assert "10 uur is goedgekeurd, maar valt in een periode die nog niet is afgesloten." in html
    assert "Daarnaast wacht 12 uur nog op goedkeuring." in html
    # the charts on the page: a legend, the unit of the axis, Dutch thousands separators
    assert html.count('class="fp-legend"') == 2 and ">uren</text>" in html and ">euro</text>" in html
    assert re.search("€\u00a0\\d{1,3}\\.\\d{3}</text>", html)
    data = client.get(reverse("report-pdf", args=["GM0106"]) + "?jaar=2026").content
    text = " ".join(text_of(data).split())
    assert "Van de 58 ontvangen uren zijn er 48 verrekend." in text
    assert "10 uur is goedgekeurd, maar valt in een periode die nog niet is afgesloten." in text
    assert stranded_headings(data) == [] and broken_amounts(data) == []
    # the charts: a legend per series and axis labels with the unit
    assert "Goedgekeurde uren" in text and "Kosten (gebruik)" in text and "Bijdrage en detachering" in text
    assert re.search(r"€ \d", text)


def test_public_page_explains_approved_against_settled_hours(late_world):
    summary = Client().get(reverse("public-report") + "?jaar=2026")
    assert summary.context["summary"]["hours_approved"] == sum(summary.context["summary"]["hours_by_month"])
    assert (
        "Samen 58 goedgekeurde uren; daarvan zijn er 48 verrekend. Het verschil van 10 uur valt in "
        "periodes die nog niet zijn afgesloten" in summary.content.decode()
    )


def test_report_says_so_when_every_hour_is_settled(settled_world):
    client = client_for("council", settled_world["users"])
    page = client.get(reverse("report-detail", args=["GM0106"]) + "?jaar=2026")
    report = page.context["report"]
    assert report.hours_total == report.settled_hours == Decimal("48.00")
    assert "Alle 48 ontvangen uren zijn verrekend." in page.content.decode()


# --- PDFs ------------------------------------------------------------------------------------


def test_specification_pdf_keeps_amounts_whole(settled_world):
    client = client_for("finance", settled_world["users"])
    settlement = settled_world["settlement"]
    line = settlement.lines.get(municipality__code="GM0106")
    data = client.get(reverse("settlement-pdf", args=[settlement.pk, "GM0106"])).content
    found = [x.text for x in lines(data)]
    assert any(format_eur(line.use_amount) in text for text in found)
    assert broken_amounts(data) == [] and stranded_headings(data) == []


@pytest.fixture
def finished_run(pool, coordinator, django_capture_on_commit_callbacks):
    workshop = scenarios.create_workshop(
        actor=coordinator, name="Atelier Drenthe", municipality_codes=["GM0106"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        return scenarios.start_run(
            workshop=workshop,
            actor=coordinator,
            scenarios=[
                {"name": "Flexpool, klein starten", "organisation": "flexpool", "pool_initial_share": 0.5},
                {"name": "Iedere gemeente zelf", "organisation": "own", "pool_initial_share": 1.0},
            ],
            replications=10,
        )


def test_workshop_pdf_never_breaks_words_or_amounts(finished_run, coordinator):
    client = client_for("coordinator", {"coordinator": coordinator})
    data = client.get(reverse("workshop-run-pdf", args=[finished_run.pk])).content
    found = lines(data)
    words = {w for line in found for w in re.findall(r"[A-Za-zëé]+", line.text)}
    for whole in ("Werkvoorraad", "Wachttijd", "Bezetting", "Gevoeligheid"):
        assert whole in words, whole
    assert not {"Werkvoorr", "aad", "Werkvoor", "raad"} & words
    assert broken_amounts(data) == [] and stranded_headings(data) == []
    text = text_of(data)
    assert "hoge waarde geeft een hoger resultaat" in text  # the tornado's legend
    assert re.search(r"€ \d{1,3}(\.\d{3})+", text)  # the cost axis with thousands separators
    csv_page = client.get(reverse("workshop-run", args=[finished_run.pk])).content.decode()
    assert "CSV voor Excel" in csv_page and "CSV (machineleesbaar)" in csv_page
    dutch = excel_rows(client.get(reverse("workshop-run-csv", args=[finished_run.pk])).content)
    assert dutch[0][:3] == ["scenario", "maatstaf", "jaar"]
    assert any("," in cell for row in dutch[1:] for cell in row[3:])
    assert not any("." in cell for row in dutch[1:] for cell in row[3:])


def test_a_heading_never_ends_a_page():
    """Whatever stands above it, a heading followed by a long table starts where the table can
    follow it: pushed down line by line over a whole page, no page ends with the heading."""
    styles = pdf.styles()
    for filler in range(0, 56, 2):
        out = io.BytesIO()
        doc = pdf.document(out, title="Proef")
        story = [Paragraph(f"Regel {i}", styles["BodyText"]) for i in range(filler)]
        story += pdf.heading("Werkvoorraad per gemeente", styles["Heading2"])
        amount = pdf.nobreak(format_eur(Decimal("11479.80")))
        story.append(Table([[f"Gemeente {i}", amount] for i in range(60)], colWidths=[60 * mm, 40 * mm]))
        doc.build(story)
        assert stranded_headings(out.getvalue()) == [], filler


def test_long_words_are_never_split():
    styles = pdf.styles()
    out = io.BytesIO()
    doc = pdf.document(out, title="Proef")
    narrow = Table([[Paragraph("Werkvoorraad eind van het jaar", styles["BodyText"])]], colWidths=[20 * mm])
    doc.build([narrow, Paragraph(f"Totaal {pdf.nobreak('€ 11.479,80')} " * 12, styles["BodyText"])])
    found = [line.text for line in lines(out.getvalue())]
    assert "Werkvoorraad" in found
    assert broken_amounts(out.getvalue()) == []
