"""The transparency report as PDF (reportlab), with the same figures and notation as the page."""

from __future__ import annotations

import io

from django.utils.html import escape
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from flexpool.core import pdf
from flexpool.core.dates import range_text
from flexpool.hours.money import format_eur, format_hours
from flexpool.reports.figures import Report, month_labels

BLUE, ORANGE = colors.HexColor("#1a3f6b"), colors.HexColor("#b36b00")


def _bar_chart(title: str, categories, series, colours, *, unit: str, axis: str) -> Drawing:
    """Bars with a legend (one entry per series) and a value axis in Dutch notation with its unit."""
    drawing = Drawing(170 * mm, 78 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 22 * mm, 12 * mm, 110 * mm, 50 * mm
    chart.data = [[float(v) for v in values] for _label, values in series] or [[0]]
    chart.categoryAxis.categoryNames = list(categories) or [""]
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = pdf.axis_labels(unit)
    for index, colour in enumerate(colours):
        chart.bars[index].fillColor = colour
    drawing.add(chart)
    drawing.add(String(0, 72 * mm, title, fontName="Helvetica-Bold", fontSize=9))
    pdf.axis_title(drawing, axis, x=0, y=65 * mm)
    pdf.legend(
        drawing,
        [(colour, label) for colour, (label, _values) in zip(colours, series, strict=False)],
        x=136 * mm,
        y=60 * mm,
    )
    return drawing


def _table(rows, widths, *, header=True, total=False) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1 if header else 0)
    style = [
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        style += [
            ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ]
    if total:
        style += [
            ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ]
    table.setStyle(TableStyle(style))
    return table


def report_pdf(report: Report) -> bytes:
    out = io.BytesIO()
    title = f"Transparantierapportage {report.municipality.name} {report.year}"
    doc = pdf.document(
        out,
        title=title,
        author=report.pool.name,
        subject="Wat de gemeente vroeg, kreeg, betaalde en bijdroeg",
    )
    styles = pdf.styles()
    body, h2 = styles["BodyText"], styles["Heading2"]
    tier = report.membership.get_tier_display() if report.membership else "geen lid"
    story = [
        Paragraph(title, styles["Title"]),
        Paragraph(f"{report.pool.name} · {tier} · voor de gemeenteraad", body),
        Spacer(1, 4 * mm),
        *pdf.heading("Kerncijfers", h2),
        _table(
            [
                ["Vragen ingediend", str(report.requests_filed)],
                ["waarvan gedeeld met andere gemeenten", str(report.shared_requests)],
                ["Voorstellen ontvangen", str(report.proposals)],
                ["Voorstellen geaccepteerd", str(report.accepted)],
                ["Inzet lopend", str(report.assignments_running)],
                ["Inzet afgerond", str(report.assignments_completed)],
                ["Ingezette poolleden", str(report.people)],
                ["Ontvangen uren", format_hours(report.hours_total)],
                ["Kosten (verrekend gebruik)", format_eur(report.costs)],
                ["Bijdrage en detachering (verrekend)", format_eur(report.contributions)],
                ["Saldo (verrekend)", format_eur(report.balance)],
            ],
            [95 * mm, 40 * mm],
            header=False,
        ),
        *[Paragraph(escape(sentence), body) for sentence in report.hours_explanation],
        Spacer(1, 4 * mm),
        *pdf.heading("Vragen per status", h2),
        _table(
            [["Status", "Aantal"], *[[label, str(n)] for label, n in report.requests_by_status.items()]],
            [95 * mm, 40 * mm],
        ),
        Spacer(1, 4 * mm),
        *pdf.section(
            "Ontvangen uren per maand",
            h2,
            _bar_chart(
                "Uren per maand",
                month_labels(),
                [("Goedgekeurde uren", report.hours_by_month)],
                [BLUE],
                unit="",
                axis="uren",
            ),
        ),
        _table(
            [
                ["Maand", "Uren"],
                *[[m, format_hours(h)] for m, h in zip(month_labels(), report.hours_by_month, strict=True)],
                ["Totaal", format_hours(report.hours_total)],
            ],
            [95 * mm, 40 * mm],
            total=True,
        ),
        Spacer(1, 4 * mm),
    ]
    money_heading = "Kosten en bijdragen per periode"
    if not report.settled:
        story += pdf.heading(money_heading, h2)
    else:
        story += pdf.section(
            money_heading,
            h2,
            _bar_chart(
                "Kosten en bijdragen per periode",
                [s["label"] for s in report.settled],
                [
                    ("Kosten (gebruik)", [s["use"] for s in report.settled]),
                    (
                        "Bijdrage en detachering",
                        [s["contribution"] + s["secondment"] for s in report.settled],
                    ),
                ],
                [BLUE, ORANGE],
                unit="eur",
                axis="euro",
            ),
        )
    funded = bool(report.funders)
    rows = [
        ["Periode", "Uren", "Kosten", "Bijdrage", "Detachering", *(["Financiers"] if funded else []), "Saldo"]
    ]
    for s in report.settled:
        rows.append(
            [
                s["label"],
                format_hours(s["hours"]),
                format_eur(s["use"]),
                format_eur(s["contribution"]),
                format_eur(s["secondment"]),
                *([format_eur(s["funded"])] if funded else []),
                format_eur(s["balance"]),
            ]
        )
    rows.append(
        [
            "Totaal",
            format_hours(report.settled_hours),
            format_eur(report.costs),
            format_eur(report.contribution_total),
            format_eur(report.secondment_total),
            *([format_eur(report.funded_total)] if funded else []),
            format_eur(report.balance),
        ]
    )
    widths = [22 * mm, 17 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm] if funded else [
        24 * mm, 20 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm]  # fmt: skip
    story += [
        _table(rows, widths, total=True),
        Spacer(1, 4 * mm),
        *pdf.heading("Wie de pool draagt", h2),
    ]
    if report.host is not None:
        host = report.host
        story.append(
            Paragraph(
                f"De poolleden zijn in dienst van of worden ingehuurd door {host.name} "
                f"({host.get_kind_display().lower()}); de gemeenten sturen het werk aan.",
                body,
            )
        )
    else:
        story.append(Paragraph("Er is geen gastorganisatie vastgelegd.", body))
    if funded:
        story += [
            Spacer(1, 2 * mm),
            _table(
                [
                    ["Financier", f"Betaald in {report.year}"],
                    *[[Paragraph(f.name, body), format_eur(f.amount)] for f in report.funders],
                ],
                [95 * mm, 40 * mm],
            ),
            Paragraph(
                f"Daarvan kwam {format_eur(report.funded_total)} ten goede aan {report.municipality.name}: "
                "dat deel van de kosten hoefde de gemeente niet zelf te betalen.",
                body,
            ),
        ]
    story += [Spacer(1, 4 * mm), *pdf.heading("Opgeleverd (afgeronde vragen)", h2)]
    if report.products:
        story.append(
            _table(
                [["Vraag", "Periode"]]
                + [
                    [Paragraph(escape(p["title"]), body), range_text(p["start"], p["end"])]
                    for p in report.products
                ],
                [110 * mm, 45 * mm],
            )
        )
    else:
        story.append(Paragraph("Geen afgeronde vragen in dit jaar.", body))
    story += [
        Spacer(1, 4 * mm),
        Paragraph(
            "Saldo: kosten min verrekende bijdragen; positief is te betalen, negatief is tegoed. "
            "Bron: Flexpool, goedgekeurde uren en vastgestelde verrekeningen.",
            body,
        ),
    ]
    doc.build(story)
    return out.getvalue()
