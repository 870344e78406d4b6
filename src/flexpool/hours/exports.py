"""Exports for finance: the settlement as Excel and CSV, the specification per municipality as PDF.

Amounts are written as numbers: in Excel with Dutch-friendly number formats, in CSV through
`core.exports.csv_response` in two variants (for Dutch Excel: semicolon and decimal comma; machine
readable: comma and decimal point). The PDF uses Dutch notation, as the page does.
"""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import timedelta
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from flexpool.core import pdf
from flexpool.core.dates import day_text, range_text
from flexpool.core.exports import (
    EXCEL_NL,
    XLSX_AMOUNT,
    XLSX_DATE,
    XLSX_DATETIME,
    XLSX_HOURS,
    XLSX_PERCENT,
    Dialect,
    append_row,
    csv_response,
)
from flexpool.hours.models import Period, Settlement, SettlementItem, SettlementLine
from flexpool.hours.money import format_eur, format_hours
from flexpool.pool.models import Level

LINE_COLUMNS = [
    ("Gemeente", "municipality"),
    ("CBS-code", "code"),
    ("Lidmaatschap", "tier"),
    ("Uren", "hours"),
    ("Gebruik", "use_amount"),
    ("Waarvan correcties", "correction_amount"),
    ("Bijdrage verrekend", "contribution_credit"),
    ("Detachering verrekend", "secondment_credit"),
    ("Betaald door financiers", "funder_credit"),
    ("Saldo", "balance"),
]


# The "Specificatie" sheet: heading, number format, width. Every column is filled for every item.
DETAIL_COLUMNS = [
    ("Gemeente", None, 24),
    ("Vraag", None, 40),
    ("Soort", None, 12),
    ("Weken", None, 30),
    ("Niveau", None, 12),
    ("Uren vraag", XLSX_HOURS, 12),
    ("Aandeel %", XLSX_PERCENT, 10),
    ("Uurtarief", XLSX_AMOUNT, 10),
    ("Bedrag", XLSX_AMOUNT, 12),
    ("Totaal vraag", XLSX_AMOUNT, 14),
]


def weeks_text(item: SettlementItem, period: Period) -> str:
    """The weeks an item settles, for people: "week 1 t/m 4 van 2027", or for corrections and late
    hours the weeks listed on the item ("week 50 en 51 van 2026, week 2 van 2027").

    A regular item holds the hours of the period's own weeks (the weeks whose Monday lies in the
    period); the item itself stores no weeks for those."""
    if item.weeks:
        by_year: dict[int, list[int]] = defaultdict(list)
        for label in item.weeks.split(","):
            year, _sep, week = label.strip().partition("-W")
            if year.isdigit() and week.isdigit():
                by_year[int(year)].append(int(week))
        if not by_year:
            return item.weeks
        return ", ".join(f"week {_and(sorted(weeks))} van {year}" for year, weeks in sorted(by_year.items()))
    first = period.start + timedelta(days=(7 - period.start.weekday()) % 7)
    last = period.end - timedelta(days=period.end.weekday())
    if last < first:
        return "geen eigen weken"
    (y1, w1, _d1), (y2, w2, _d2) = first.isocalendar(), last.isocalendar()
    if first == last:
        return f"week {w1} van {y1}"
    if y1 == y2:
        return f"week {w1} t/m {w2} van {y1}"
    return f"week {w1} van {y1} t/m week {w2} van {y2}"


def _and(numbers: list[int]) -> str:
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]


def _line_values(line: SettlementLine) -> list:
    return [
        line.municipality.name,
        line.municipality.code,
        line.get_tier_display(),
        line.hours,
        line.use_amount,
        line.correction_amount,
        line.contribution_credit,
        line.secondment_credit,
        line.funder_credit,
        line.balance,
    ]


def items_for_lines(lines: list[SettlementLine]) -> dict[int, list[SettlementItem]]:
    by_line: dict[int, list[SettlementItem]] = defaultdict(list)
    for item in (
        SettlementItem.objects.filter(line__in=[line.pk for line in lines])
        .select_related("request")
        .order_by("kind", "request__title", "id")
    ):
        by_line[item.line_id].append(item)
    return by_line


def settlement_csv(
    settlement: Settlement, lines: list[SettlementLine], dialect: Dialect = EXCEL_NL
) -> HttpResponse:
    """The settlement per municipality as CSV, with a total row; amounts and hours as numbers."""
    rows = [[settlement.period.label, *_line_values(line)] for line in lines]
    rows.append([settlement.period.label, "Totaal", "", "", *_totals(lines)])
    return csv_response(
        f"verrekening-{settlement.period.label}.csv",
        ["Periode", *[label for label, _key in LINE_COLUMNS]],
        rows,
        dialect=dialect,
    )


def _totals(lines):
    keys = ["hours", "use_amount", "correction_amount", "contribution_credit", "secondment_credit",
            "funder_credit", "balance"]  # fmt: skip
    return [sum((getattr(line, k) for line in lines), Decimal("0.00")) for k in keys]


def settlement_xlsx(settlement: Settlement, lines: list[SettlementLine], items: dict[int, list]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Verrekening"
    bold = Font(bold=True)
    append_row(sheet, [f"Verrekening {settlement.pool.name} {settlement.period.title}"])
    sheet["A1"].font = Font(bold=True, size=14)
    # Dates as dates (Excel shows them in the reader's notation), the moment in local time.
    append_row(
        sheet,
        [
            "Periode",
            settlement.period.start,
            "t/m",
            settlement.period.end,
            "Vastgesteld",
            timezone.localtime(settlement.created_at).replace(tzinfo=None),
        ],
    )
    for cell in (sheet["B2"], sheet["D2"]):
        cell.number_format = XLSX_DATE
    sheet["F2"].number_format = XLSX_DATETIME
    append_row(sheet, [])
    append_row(sheet, [label for label, _key in LINE_COLUMNS])
    for cell in sheet[4]:
        cell.font = bold
    first = sheet.max_row + 1
    for line in lines:
        append_row(sheet, _line_values(line))
    last = sheet.max_row
    totals = ["Totaal", "", ""]
    for column in "DEFGHIJ":
        totals.append(f"=SUM({column}{first}:{column}{last})" if lines else 0)
    append_row(sheet, totals, formulas=range(3, 10))
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for row in sheet.iter_rows(min_row=first, max_row=sheet.max_row, min_col=4, max_col=10):
        for cell in row:
            cell.number_format = XLSX_HOURS if cell.column == 4 else XLSX_AMOUNT
    for column, width in zip("ABCDEFGHIJ", [28, 12, 16, 12, 14, 18, 18, 20, 22, 14], strict=True):
        sheet.column_dimensions[column].width = width

    detail = book.create_sheet("Specificatie")
    append_row(detail, [label for label, _format, _width in DETAIL_COLUMNS])
    for cell in detail[1]:
        cell.font = bold
    for line in lines:
        for item in items.get(line.pk, []):
            append_row(
                detail,
                [
                    line.municipality.name,
                    item.request.title,
                    item.get_kind_display(),
                    weeks_text(item, settlement.period),
                    str(Level(item.level).label),
                    item.request_hours,
                    item.share,
                    item.hourly_rate,
                    item.amount,
                    item.request_total,
                ],
            )
    for index, (_label, number_format, width) in enumerate(DETAIL_COLUMNS, start=1):
        letter = get_column_letter(index)
        detail.column_dimensions[letter].width = width
        if number_format:
            for (cell,) in detail.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = number_format
    detail.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def specification_pdf(settlement: Settlement, line: SettlementLine, items: list[SettlementItem]) -> bytes:
    out = io.BytesIO()
    title = f"Specificatie verrekening {settlement.period.title} – {line.municipality.name}"
    doc = pdf.document(
        out,
        title=title,
        author=settlement.pool.name,
        subject=_("Verrekening van uren, bijdragen en detachering"),
    )
    styles = pdf.styles()
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    story = [
        Paragraph(title, styles["Title"]),
        Paragraph(
            f"{settlement.pool.name} · periode "
            f"{range_text(settlement.period.start, settlement.period.end)} · "
            f"{line.get_tier_display()} · vastgesteld {day_text(settlement.created_at)}",
            styles["BodyText"],
        ),
        Spacer(1, 6 * mm),
        *pdf.heading("Samenvatting", styles["Heading2"]),
    ]
    summary = [
        ["Uren (aandeel)", format_hours(line.hours)],
        ["Gebruik", format_eur(line.use_amount)],
        ["waarvan correcties", format_eur(line.correction_amount)],
        ["Bijdrage verrekend", format_eur(-line.contribution_credit)],
        ["Detachering verrekend", format_eur(-line.secondment_credit)],
        ["Betaald door financiers", format_eur(-line.funder_credit)],
        ["Saldo" + (" (te betalen)" if line.balance > 0 else " (tegoed)" if line.balance < 0 else ""),
         format_eur(line.balance)],
    ]  # fmt: skip
    table = Table(summary, colWidths=[70 * mm, 40 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ]
        )
    )
    story += [table, Spacer(1, 6 * mm), *pdf.heading("Posten", styles["Heading2"])]
    rows = [["Vraag", "Soort", "Niveau", "Uren", "Aandeel", "Tarief", "Bedrag"]]
    for item in items:
        kind = f"{item.get_kind_display()} ({weeks_text(item, settlement.period)})"
        rows.append(
            [
                Paragraph(escape(item.request.title), small),
                Paragraph(escape(kind), small),
                Level(item.level).label,
                format_hours(item.request_hours),
                f"{format_hours(item.share)}%",
                format_eur(item.hourly_rate) if item.hourly_rate is not None else "div.",
                format_eur(item.amount),
            ]
        )
    if len(rows) == 1:
        rows.append([Paragraph(_("Geen uren in deze periode."), small), "", "", "", "", "", ""])
    rows.append(["Totaal gebruik", "", "", "", "", "", format_eur(line.use_amount)])
    posts = Table(
        rows, colWidths=[58 * mm, 30 * mm, 20 * mm, 14 * mm, 16 * mm, 16 * mm, 22 * mm], repeatRows=1
    )
    posts.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
            ]
        )
    )
    story += [
        posts,
        Spacer(1, 6 * mm),
        Paragraph(
            "Rekenregel: goedgekeurde uren × tarief (jaar, soort lidmaatschap, niveau), per vraag "
            "en periode één keer afgerond op centen (half naar boven); bij gedeelde vragen "
            "verdeeld naar aandeel met de grootste-restmethode, zodat de delen precies optellen "
            "tot het totaal. Bijdragen en detachering naar rato van de dagen in de periode.",
            small,
        ),
    ]
    doc.build(story)
    return out.getvalue()
