"""Exports for finance: the settlement as Excel and CSV, the specification per municipality as PDF.

Amounts are written as numbers (Excel) or in the same notation as the pages (CSV uses a dot and
no thousands separator, so it reads in any spreadsheet; PDF uses Dutch notation, as the page does).
"""

from __future__ import annotations

import io
from collections import defaultdict
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from flexpool.core import pdf
from flexpool.core.exports import append_row, csv_writer
from flexpool.hours.models import Settlement, SettlementItem, SettlementLine
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
    ("Saldo", "balance"),
]


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


def settlement_csv(settlement: Settlement, lines: list[SettlementLine]) -> str:
    out = io.StringIO()
    writer = csv_writer(out)
    writer.writerow(["Periode", *[label for label, _key in LINE_COLUMNS]])
    for line in lines:
        writer.writerow([settlement.period.label, *_line_values(line)])
    totals = _totals(lines)
    writer.writerow([settlement.period.label, "Totaal", "", "", *totals])
    return out.getvalue()


def _totals(lines):
    keys = ["hours", "use_amount", "correction_amount", "contribution_credit", "secondment_credit", "balance"]
    return [sum((getattr(line, k) for line in lines), Decimal("0.00")) for k in keys]


def settlement_xlsx(settlement: Settlement, lines: list[SettlementLine], items: dict[int, list]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Verrekening"
    bold = Font(bold=True)
    append_row(sheet, [f"Verrekening {settlement.pool.name} {settlement.period.label}"])
    sheet["A1"].font = Font(bold=True, size=14)
    append_row(
        sheet,
        [
            f"Periode {settlement.period.start:%d-%m-%Y} t/m {settlement.period.end:%d-%m-%Y}; "
            f"vastgesteld {timezone.localtime(settlement.created_at):%d-%m-%Y %H:%M}"
        ],
    )
    append_row(sheet, [])
    append_row(sheet, [label for label, _key in LINE_COLUMNS])
    for cell in sheet[4]:
        cell.font = bold
    first = sheet.max_row + 1
    for line in lines:
        append_row(sheet, _line_values(line))
    last = sheet.max_row
    totals = ["Totaal", "", ""]
    for column in "DEFGHI":
        totals.append(f"=SUM({column}{first}:{column}{last})" if lines else 0)
    append_row(sheet, totals, formulas=range(3, 9))
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for row in sheet.iter_rows(min_row=first, max_row=sheet.max_row, min_col=5, max_col=9):
        for cell in row:
            cell.number_format = "#,##0.00"
    for column, width in zip("ABCDEFGHI", [28, 10, 16, 10, 14, 18, 18, 20, 14], strict=True):
        sheet.column_dimensions[column].width = width

    detail = book.create_sheet("Specificatie")
    append_row(
        detail,
        [
            "Gemeente",
            "Vraag",
            "Soort",
            "Weken",
            "Niveau",
            "Uren vraag",
            "Aandeel %",
            "Uurtarief",
            "Bedrag",
            "Totaal vraag",
        ],
    )
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
                    item.weeks,
                    str(Level(item.level).label),
                    item.request_hours,
                    item.share,
                    item.hourly_rate,
                    item.amount,
                    item.request_total,
                ],
            )
    for column, width in zip("ABCDEFGHIJ", [24, 40, 12, 24, 12, 12, 10, 10, 12, 14], strict=True):
        detail.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def specification_pdf(settlement: Settlement, line: SettlementLine, items: list[SettlementItem]) -> bytes:
    out = io.BytesIO()
    title = f"Specificatie verrekening {settlement.period.label} – {line.municipality.name}"
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
            f"{settlement.pool.name} · periode {settlement.period.start:%d-%m-%Y} t/m "
            f"{settlement.period.end:%d-%m-%Y} · {line.get_tier_display()} · "
            f"vastgesteld {timezone.localtime(settlement.created_at):%d-%m-%Y}",
            styles["BodyText"],
        ),
        Spacer(1, 6 * mm),
        Paragraph("Samenvatting", styles["Heading2"]),
    ]
    summary = [
        ["Uren (aandeel)", format_hours(line.hours)],
        ["Gebruik", format_eur(line.use_amount)],
        ["waarvan correcties", format_eur(line.correction_amount)],
        ["Bijdrage verrekend", format_eur(-line.contribution_credit)],
        ["Detachering verrekend", format_eur(-line.secondment_credit)],
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
    story += [table, Spacer(1, 6 * mm), Paragraph("Posten", styles["Heading2"])]
    rows = [["Vraag", "Soort", "Niveau", "Uren", "Aandeel", "Tarief", "Bedrag"]]
    for item in items:
        kind = item.get_kind_display() + (f" ({item.weeks})" if item.weeks else "")
        rows.append(
            [
                Paragraph(item.request.title, small),
                Paragraph(kind, small),
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
