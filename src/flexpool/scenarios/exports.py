"""Downloads of a workshop run: the yearly bands as CSV and the workshop report as PDF."""

from __future__ import annotations

import io
from decimal import Decimal

from django.http import HttpResponse
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from flexpool.core import pdf
from flexpool.core.exports import EXCEL_NL, Dialect, csv_response
from flexpool.scenarios.models import ScenarioRun
from flexpool.scenarios.presentation import (
    COLOURS,
    difference_labels,
    difference_rows,
    fmt,
    pool_curve_rows,
    summary_rows,
    tornado_rows,
)
from flexpool.scenarios.services import KEY_METRICS, ORGANISATION_LABELS

PALETTE = [colors.HexColor(c) for c in COLOURS]


def run_csv(run: ScenarioRun, dialect: Dialect = EXCEL_NL) -> HttpResponse:
    """Every band of every scenario per year. For Excel with Dutch headings and the names of the
    measures; the machine-readable file keeps the keys (scenario, metric, year, p10, p50, p90)."""
    results = run.results
    dutch = dialect == EXCEL_NL
    rows = []
    for name, metrics in results.get("bands", {}).items():
        for metric, band in metrics.items():
            for index, year in enumerate(results["years"]):
                rows.append(
                    [
                        name,
                        _(KEY_METRICS[metric]) if dutch and metric in KEY_METRICS else metric,
                        year,
                        *(_number(band[k][index]) for k in ("p10", "p50", "p90")),
                    ]
                )
    header = (
        [_("scenario"), _("maatstaf"), _("jaar"), "p10", "p50", "p90"]
        if dutch
        else ["scenario", "metric", "year", "p10", "p50", "p90"]
    )
    return csv_response(f"atelier-{run.workshop_id}-run-{run.pk}.csv", header, rows, dialect=dialect)


def _number(value) -> Decimal | None:
    """A simulated value rounded to what it can tell (six significant digits)."""
    if value is None:
        return None
    if isinstance(value, int):
        return Decimal(value)
    return Decimal(f"{value:.6g}")


def region_label(run: ScenarioRun) -> str:
    workshop = run.workshop
    if workshop.region:
        return f"{workshop.region.name} ({workshop.region.code})"
    return ", ".join(run.results.get("municipalities", []))


def _line_drawing(run: ScenarioRun, metric: str) -> Drawing:
    results = run.results
    drawing = Drawing(170 * mm, 75 * mm)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 18 * mm, 12 * mm, 110 * mm, 52 * mm
    data = []
    for name in results["bands"]:
        points = [
            (year, value * (100 if metric in {"on_time_share", "utilisation"} else 1))
            for year, value in zip(results["years"], results["bands"][name][metric]["p50"], strict=True)
            if value is not None
        ]
        data.append(points or [(results["years"][0], 0)])
    plot.data = data
    for index in range(len(data)):
        plot.lines[index].strokeColor = PALETTE[index % 4]
        plot.lines[index].strokeWidth = 1.5
    plot.xValueAxis.labels.fontSize = 7
    plot.yValueAxis.labels.fontSize = 7
    plot.yValueAxis.valueMin = 0
    plot.xValueAxis.labelTextFormat = pdf.year_labels
    years = list(results["years"])
    step = 1 if len(years) <= 10 else 5  # a label every five years on a long horizon
    plot.xValueAxis.valueSteps = [y for y in years if (y - years[0]) % step == 0]
    plot.yValueAxis.labelTextFormat = pdf.axis_labels(
        "%" if metric in {"on_time_share", "utilisation"} else "eur" if metric == "cost_eur" else ""
    )
    drawing.add(plot)
    title = _(KEY_METRICS[metric]) + (" (%)" if metric in {"on_time_share", "utilisation"} else "")
    drawing.add(
        String(18 * mm, 70 * mm, f"{title}, {_('mediaan per jaar')}", fontName="Helvetica-Bold", fontSize=9)
    )
    for index, name in enumerate(results["bands"]):
        y = 60 * mm - index * 6 * mm
        drawing.add(Line(132 * mm, y, 138 * mm, y, strokeColor=PALETTE[index % 4], strokeWidth=2))
        drawing.add(String(140 * mm, y - 2.5, name[:24], fontSize=7))
    return drawing


def _pool_curve_drawing(run: ScenarioRun) -> Drawing:
    """Share on time against the pool size: median and 10/90 % lines, the level and the answer."""
    curve = run.results["pool_curve"]
    points = curve["points"]
    drawing = Drawing(170 * mm, 75 * mm)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 18 * mm, 12 * mm, 110 * mm, 52 * mm
    lines = []
    for index in (1, 0, 2):
        lines.append(
            [
                (p["fte"], p["on_time_share"][index] * 100)
                for p in points
                if p["on_time_share"][index] is not None
            ]
            or [(0, 0)]
        )
    lines.append(
        [(points[0]["fte"], curve["service_level"] * 100), (points[-1]["fte"], curve["service_level"] * 100)]
    )
    plot.data = lines
    plot.lines[0].strokeColor, plot.lines[0].strokeWidth = PALETTE[0], 2
    for index in (1, 2):
        plot.lines[index].strokeColor, plot.lines[index].strokeWidth = PALETTE[0], 0.7
        plot.lines[index].strokeDashArray = [2, 2]
    plot.lines[3].strokeColor, plot.lines[3].strokeWidth = PALETTE[2], 1.2
    plot.xValueAxis.labels.fontSize = 7
    plot.yValueAxis.labels.fontSize = 7
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, 100
    plot.xValueAxis.labelTextFormat = pdf.axis_labels("fte")
    plot.yValueAxis.labelTextFormat = pdf.axis_labels("%")
    drawing.add(plot)
    drawing.add(
        String(
            18 * mm,
            70 * mm,
            _("Aandeel op tijd (%) tegen poolomvang (fte)"),
            fontName="Helvetica-Bold",
            fontSize=9,
        )
    )
    legend = [
        (PALETTE[0], _("mediaan")),
        (PALETTE[0], _("10% en 90%")),
        (PALETTE[2], _("gewenst aandeel")),
    ]
    for index, (colour, label) in enumerate(legend):
        y = 60 * mm - index * 6 * mm
        drawing.add(Line(132 * mm, y, 138 * mm, y, strokeColor=colour, strokeWidth=2 if index != 1 else 0.7))
        drawing.add(String(140 * mm, y - 2.5, label, fontSize=7))
    return drawing


def _tornado_drawing(run: ScenarioRun) -> Drawing:
    tornado = run.results["tornado"]
    bars = tornado["bars"]
    height = (22 + 6 * len(bars)) * mm
    drawing = Drawing(170 * mm, height)
    baseline = tornado["baseline"] or 0.0
    values = [v for b in bars for v in (b["low"], b["high"]) if v is not None] + [baseline]
    low, high = min(values), max(values)
    if high <= low:
        high = low + 0.01
    left, width = 75 * mm, 90 * mm

    def x(value):
        return left + width * (value - low) / (high - low)

    for index, bar in enumerate(bars):
        y = height - (18 + 6 * (index + 1)) * mm
        a = bar["low"] if bar["low"] is not None else baseline
        b = bar["high"] if bar["high"] is not None else baseline
        start, end = sorted((x(a), x(b)))
        drawing.add(String(left - 2 * mm, y + 1 * mm, _(bar["label"])[:48], fontSize=6.5, textAnchor="end"))
        drawing.add(
            Rect(
                start,
                y,
                max(0.5, end - start),
                4 * mm,
                fillColor=PALETTE[0 if b >= a else 1],
                strokeColor=None,
            )
        )
    drawing.add(Line(x(baseline), 4 * mm, x(baseline), height - 8 * mm, strokeWidth=1))
    # The scale: its two ends, in the notation of the measure.
    drawing.add(Line(left, 3 * mm, left + width, 3 * mm, strokeWidth=0.5))
    for value, anchor in ((low, "start"), (high, "end")):
        drawing.add(String(x(value), 0, fmt(tornado["metric"], value), fontSize=6.5, textAnchor=anchor))
    pdf.legend(
        drawing,
        [
            (PALETTE[0], _("hoge waarde geeft een hoger resultaat")),
            (PALETTE[1], _("hoge waarde geeft een lager resultaat")),
        ],
        x=0,
        y=height - 1 * mm,
        font_size=6.5,
    )
    drawing.add(
        String(
            x(baseline),
            height - 7 * mm,
            f"{_('basis')} {fmt(tornado['metric'], baseline)}",
            fontSize=7,
            textAnchor="middle",
        )
    )
    return drawing


def _table(rows, widths) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def run_pdf(run: ScenarioRun) -> bytes:
    workshop = run.workshop
    results = run.results
    out = io.BytesIO()
    title = f"{_('Ontwerpatelier')}: {workshop.name}"
    doc = pdf.document(out, title=title, subject=_("Scenario's voor de organisatie van de warmtetransitie"))
    styles = pdf.styles()
    body, h2 = styles["BodyText"], styles["Heading2"]
    # Table cells: small enough that the longest word of a heading ("Werkvoorraad") fits its column.
    cell = body.clone("cell", fontSize=7.5, leading=9)

    def band(c: dict) -> Paragraph:
        return Paragraph(f"{escape(pdf.nobreak(c['p50']))}<br/>{escape(pdf.nobreak_parts(c['range']))}", cell)

    story = [
        Paragraph(escape(title), styles["Title"]),
        Paragraph(f"{_('Regio')}: {escape(region_label(run))}", body),
        Paragraph(
            escape(
                _("%(n)s gemeenten, %(r)s herhalingen, %(a)s–%(b)s")
                % {
                    "n": len(results.get("municipalities", [])),
                    "r": results.get("replications"),
                    "a": results["years"][0],
                    "b": results["years"][-1],
                }
            ),
            body,
        ),
        Spacer(1, 3 * mm),
        *pdf.heading(_("Scenario's"), h2),
    ]
    scenario_rows = [
        [_("Scenario"), _("Organisatievorm"), _("Startaandeel pool"), _("Groeijaren"), _("Wie begint")]
    ]
    for scenario in run.scenarios:
        founders = scenario.get("founders") or []
        scenario_rows.append(
            [
                Paragraph(escape(scenario["name"]), cell),
                _(ORGANISATION_LABELS.get(scenario["organisation"], scenario["organisation"])),
                f"{scenario['pool_initial_share'] * 100:.0f}%",
                f"{scenario['pool_growth_years']:g}",
                Paragraph(
                    escape(
                        ngettext(
                            "%(n)s gemeente begint, de andere na %(y)s jaar",
                            "%(n)s gemeenten beginnen, de andere na %(y)s jaar",
                            len(founders),
                        )
                        % {"n": len(founders), "y": scenario.get("late_join_after_years", 3)}
                    )
                    if founders
                    else escape(_("alle gemeenten")),
                    cell,
                ),
            ]
        )
    story += [_table(scenario_rows, [40 * mm, 45 * mm, 25 * mm, 20 * mm, 40 * mm]), Spacer(1, 3 * mm)]
    story += pdf.heading(_("Vergelijking over de hele periode: mediaan (10% – 90%)"), h2)
    header = [_("Scenario")] + [_(label) for label in KEY_METRICS.values()]
    header = [Paragraph(f"<b>{escape(h)}</b>", cell) for h in header]
    comparison = [header]
    for row in summary_rows(results):
        comparison.append([Paragraph(escape(row.name), cell)] + [band(c) for c in row.cells])
    story += [_table(comparison, [30 * mm] + [23.5 * mm] * len(KEY_METRICS)), Spacer(1, 4 * mm)]
    differences = difference_rows(results)
    if differences:
        story += pdf.heading(
            escape(_("Verschil met %(s)s: mediaan (10%% – 90%%)") % {"s": run.scenarios[0]["name"]}), h2
        )
        rows = [[Paragraph(f"<b>{escape(h)}</b>", cell) for h in [_("Scenario"), *difference_labels()]]]
        for row in differences:
            rows.append([Paragraph(escape(row["name"]), cell)] + [band(c) for c in row["cells"]])
        story += [_table(rows, [40 * mm, 40 * mm, 40 * mm, 45 * mm]), Spacer(1, 4 * mm)]
    curve = results.get("pool_curve")
    if curve:
        if curve["smallest_fte"] is not None:
            answer = _("Scenario %(s)s: de kleinste pool die %(l)s op tijd haalt (mediaan) is %(f)s fte.") % {
                "s": curve["scenario"],
                "l": fmt("on_time_share", curve["service_level"]),
                "f": f"{curve['smallest_fte']:g}".replace(".", ","),
            }
        else:
            answer = _("Scenario %(s)s: geen van deze poolomvangen haalt %(l)s op tijd.") % {
                "s": curve["scenario"],
                "l": fmt("on_time_share", curve["service_level"]),
            }
        story += pdf.section(
            _("Hoe groot moet de pool zijn?"), h2, Paragraph(escape(answer), body), _pool_curve_drawing(run)
        )
        rows = [[_("Pool (fte)"), _("Op tijd afgerond"), _("Wachttijd (weken)"), _("Kosten per jaar")]]
        for row in pool_curve_rows(results):
            rows.append([row["fte"] + (" *" if row["smallest"] else "")] + [band(c) for c in row["cells"]])
        story += [_table(rows, [25 * mm, 40 * mm, 40 * mm, 45 * mm]), Spacer(1, 4 * mm)]
    story.append(_line_drawing(run, "on_time_share"))
    story.append(_line_drawing(run, "cost_eur"))
    story += pdf.section(
        _("Gevoeligheid (tornado)"),
        h2,
        Paragraph(
            escape(
                _("Effect van elke aanname op het aandeel op tijd afgerond werk, scenario %(s)s.")
                % {"s": results["tornado"]["scenario"]}
            ),
            body,
        ),
        _tornado_drawing(run),
    )
    rows = [[_("Aanname"), _("Lage waarde"), _("Hoge waarde")]] + [
        [Paragraph(escape(r["label"]), cell), pdf.nobreak(r["low"]), pdf.nobreak(r["high"])]
        for r in tornado_rows(results)
    ]
    story += [_table(rows, [90 * mm, 30 * mm, 30 * mm]), Spacer(1, 4 * mm)]
    story += pdf.heading(_("Volgende stappen"), h2)
    text = workshop.next_steps or _("Nog geen volgende stappen vastgelegd.")
    for line in text.splitlines() or [text]:
        story.append(Paragraph(escape(line) or "&nbsp;", body))
    doc.build(story)
    return out.getvalue()
