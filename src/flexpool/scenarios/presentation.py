"""Turn stored run results into what the pages and the PDF show: formatted figures and SVG charts."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from flexpool.scenarios.services import KEY_METRICS

COLOURS = ["#1a3f6b", "#b34700", "#2e7d32", "#7b1fa2"]  # dark enough for text and lines on white
SHARE_METRICS = {"on_time_share", "utilisation", "outsourced_share"}


def fmt(metric: str, value: float | None) -> str:
    """Dutch notation per kind of figure."""
    if value is None:
        return "–"
    if metric in SHARE_METRICS:
        return f"{value * 100:.0f}%"
    if metric == "cost_eur":
        return "€ " + f"{value:,.0f}".replace(",", ".")
    if metric in {"backlog_hours"}:
        return f"{value:,.0f}".replace(",", ".")
    return f"{value:.1f}".replace(".", ",")


@dataclass
class SummaryRow:
    name: str
    colour: str
    cells: list[dict[str, str]]


def summary_rows(results: dict[str, Any]) -> list[SummaryRow]:
    """Per scenario: median and 10–90% range over the horizon for each key metric.

    The engine sums costs over the horizon; the workshop shows them per year."""
    years = len(results["years"]) or 1
    by_name: dict[str, list[dict[str, str]]] = {}
    for metric in KEY_METRICS:
        scale = 1.0 / years if metric == "cost_eur" else 1.0
        for row in results["summary"][metric]:

            def scaled(v, scale=scale):
                return None if v is None else v * scale

            by_name.setdefault(row["name"], []).append(
                {
                    "metric": metric,
                    "p50": fmt(metric, scaled(row["p50"])),
                    "range": f"{fmt(metric, scaled(row['p10']))} – {fmt(metric, scaled(row['p90']))}",
                }
            )
    return [SummaryRow(name, COLOURS[i % 4], cells) for i, (name, cells) in enumerate(by_name.items())]


def metric_labels() -> list[tuple[str, str]]:
    return [(metric, _(label)) for metric, label in KEY_METRICS.items()]


def _svg_open(chart_id: str, width: int, height: int, title: str, desc: str) -> str:
    return (
        f'<svg class="fp-chart" id="{chart_id}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" viewBox="0 0 {width} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg"><title id="{chart_id}-title">{title}</title>'
        f'<desc id="{chart_id}-desc">{desc}</desc>'
    )


def _ticks(low: float, high: float, count: int = 5, *, extend: bool = False) -> list[float]:
    """Round tick values (1, 2, 2.5 or 5 times a power of ten) between low and high."""
    if high <= low:
        high = low + 1
    raw = (high - low) / (count - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.ceil(low / step - 1e-9) * step
    ticks, value = [], first
    while value <= high + 1e-9:
        ticks.append(round(value, 10))
        value += step
    if ticks and ticks[-1] < high - 1e-9 and extend:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def line_chart(results: dict[str, Any], metric: str, chart_id: str) -> SafeString:
    """p50 line per scenario with its p10–p90 band; an accessible inline SVG."""
    width, left, right, top, plot_bottom = 560, 76, 16, 16, 196
    legend_rows = (len(results["bands"]) + 1) // 2
    height = 240 + legend_rows * 20
    years = results["years"]
    bands = results["bands"]
    values = [
        v
        for name in bands
        for key in ("p10", "p90", "p50")
        for v in bands[name][metric][key]
        if v is not None
    ]
    low = min([0.0, *values])
    high = max(values) if values else 1.0
    if metric in SHARE_METRICS:
        high = max(high, 1.0)
    high = high if high > low else low + 1
    ticks = _ticks(low, high, extend=True)
    low, high = min(low, ticks[0]), max(high, ticks[-1])

    def x(index: int) -> float:
        return left + (width - left - right) * index / max(1, len(years) - 1)

    def y(value: float) -> float:
        return top + (plot_bottom - top) * (1 - (value - low) / (high - low))

    title = _(KEY_METRICS[metric])
    parts = [
        _svg_open(
            chart_id,
            width,
            height,
            escape(title),
            escape(_("Mediaan per scenario met de band van 10% tot 90%, per jaar"))
            + f" {years[0]}–{years[-1]}.",
        ),
    ]
    for tick in ticks:
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#ccc"/>'
            f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" font-size="13" fill="#333">'
            f"{escape(fmt(metric, tick))}</text>"
        )
    for index, year in enumerate(years):
        if year % 5 == 0:
            parts.append(
                f'<text x="{x(index):.1f}" y="{plot_bottom + 20}" text-anchor="middle" font-size="13" '
                f'fill="#333">{year}</text>'
            )
    for number, (name, band) in enumerate(bands.items()):
        colour = COLOURS[number % 4]
        data = band[metric]
        upper = [(x(i), y(v)) for i, v in enumerate(data["p90"]) if v is not None]
        lower = [(x(i), y(v)) for i, v in enumerate(data["p10"]) if v is not None]
        if upper and lower:
            points = " ".join(f"{a:.1f},{b:.1f}" for a, b in upper + lower[::-1])
            parts.append(f'<polygon points="{points}" fill="{colour}" fill-opacity="0.12" stroke="none"/>')
        line = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(data["p50"]) if v is not None)
        parts.append(f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2.5"/>')
        legend_x = left + (number % 2) * 240
        legend_y = 240 + (number // 2) * 20 - 4
        parts.append(
            f'<line x1="{legend_x}" x2="{legend_x + 22}" y1="{legend_y}" y2="{legend_y}" '
            f'stroke="{colour}" stroke-width="3"/><text x="{legend_x + 28}" y="{legend_y + 5}" '
            f'font-size="14" fill="#222">{escape(name[:28])}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))


def band_table(results: dict[str, Any], metric: str) -> dict[str, Any]:
    """The figures behind a line chart, for a table in a <details>."""
    names = list(results["bands"])
    rows = []
    for index, year in enumerate(results["years"]):
        cells = []
        for name in names:
            data = results["bands"][name][metric]
            cells.append(
                f"{fmt(metric, data['p50'][index])} ({fmt(metric, data['p10'][index])} – "
                f"{fmt(metric, data['p90'][index])})"
            )
        rows.append({"year": year, "cells": cells})
    return {"names": names, "rows": rows}


def tornado_chart(results: dict[str, Any], chart_id: str = "tornado") -> SafeString:
    tornado = results["tornado"]
    bars = tornado["bars"]
    metric = tornado["metric"]
    width, left, right, row = 760, 330, 30, 26
    height = 40 + row * len(bars) + 30
    values = [v for bar in bars for v in (bar["low"], bar["high"]) if v is not None]
    baseline = tornado["baseline"] or 0.0
    low = min([baseline, *values])
    high = max([baseline, *values])
    if high <= low:
        high = low + 0.01
    span = high - low
    low, high = low - span * 0.05, high + span * 0.05

    def x(value: float) -> float:
        return left + (width - left - right) * (value - low) / (high - low)

    title = _("Gevoeligheid: effect van elke aanname op %(metric)s (%(scenario)s)") % {
        "metric": _(KEY_METRICS[metric]).lower(),
        "scenario": tornado["scenario"],
    }
    parts = [
        _svg_open(
            chart_id,
            width,
            height,
            escape(title),
            escape(_("Balken van lage naar hoge waarde van de aanname; de lijn is de basis"))
            + f" ({escape(fmt(metric, baseline))}).",
        ),
    ]
    for index, bar in enumerate(bars):
        y = 30 + index * row
        a, b = bar["low"] or baseline, bar["high"] or baseline
        start, end = sorted((x(a), x(b)))
        parts.append(
            f'<text x="{left - 8}" y="{y + 15}" text-anchor="end" font-size="12" fill="#222">'
            f"{escape(_(bar['label']))}</text>"
            f'<rect x="{start:.1f}" y="{y + 3}" width="{max(1.0, end - start):.1f}" height="{row - 8}" '
            f'fill="{COLOURS[0] if b >= a else COLOURS[1]}"/>'
        )
    parts.append(
        f'<line x1="{x(baseline):.1f}" x2="{x(baseline):.1f}" y1="22" y2="{height - 26}" stroke="#000" '
        f'stroke-width="1.5"/><text x="{x(baseline):.1f}" y="16" text-anchor="middle" font-size="12" '
        f'fill="#222">{escape(_("basis"))} {escape(fmt(metric, baseline))}</text>'
    )
    for tick in _ticks(low, high):
        parts.append(
            f'<text x="{x(tick):.1f}" y="{height - 8}" text-anchor="middle" font-size="11" fill="#333">'
            f"{escape(fmt(metric, tick))}</text>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))


def tornado_rows(results: dict[str, Any]) -> list[dict[str, str]]:
    metric = results["tornado"]["metric"]
    return [
        {"label": _(bar["label"]), "low": fmt(metric, bar["low"]), "high": fmt(metric, bar["high"])}
        for bar in results["tornado"]["bars"]
    ]


def _signed(metric: str, value: float | None) -> str:
    if value is None:
        return "–"
    if metric in SHARE_METRICS:
        return f"{value * 100:+.0f} %-punt".replace("+-", "-")
    if metric == "cost_eur":
        sign = "+" if value >= 0 else "−"
        return f"{sign}€ " + f"{abs(value):,.0f}".replace(",", ".")
    return f"{value:+.1f}".replace(".", ",")


def difference_rows(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Per scenario after the first: the paired difference with the first, median (10–90%)."""
    rows = []
    for name, metrics in (results.get("differences") or {}).items():
        cells = []
        for metric, band in metrics.items():
            cells.append(
                {
                    "p50": _signed(metric, band["p50"]),
                    "range": f"{_signed(metric, band['p10'])} … {_signed(metric, band['p90'])}",
                }
            )
        rows.append({"name": name, "cells": cells})
    return rows


def difference_labels() -> list[str]:
    return [_("Op tijd afgerond"), _("Wachttijd (weken)"), _("Kosten per jaar")]


def pool_curve_rows(results: dict[str, Any]) -> list[dict[str, Any]]:
    curve = results.get("pool_curve") or {}
    rows = []
    for point in curve.get("points", []):
        cells = []
        for metric in ("on_time_share", "waiting_weeks", "cost_eur"):
            p10, p50, p90 = point[metric]
            cells.append({"p50": fmt(metric, p50), "range": f"{fmt(metric, p10)} – {fmt(metric, p90)}"})
        rows.append(
            {
                "fte": f"{point['fte']:g}".replace(".", ","),
                "cells": cells,
                "smallest": point["fte"] == curve.get("smallest_fte"),
                "reaches": point["on_time_share"][1] is not None
                and point["on_time_share"][1] >= curve["service_level"],
            }
        )
    return rows


def pool_curve_chart(results: dict[str, Any], chart_id: str = "pool-curve") -> SafeString:
    """Share on time (left axis, band and median) and cost per year (right axis) against the
    pool size, with the chosen service level and the smallest size that reaches it."""
    curve = results.get("pool_curve") or {}
    points = curve.get("points") or []
    if not points:
        return mark_safe("")
    width, height, left, right, top, bottom = 560, 290, 56, 86, 16, 236
    sizes = [p["fte"] for p in points]
    x_low, x_high = 0.0, max(sizes) * 1.05
    costs = [v for p in points for v in p["cost_eur"] if v is not None]
    cost_ticks = _ticks(min(costs), max(costs), 4, extend=True) if costs else [0, 1]
    c_low, c_high = min(cost_ticks[0], min(costs or [0])), max(cost_ticks[-1], max(costs or [1]))

    def x(value: float) -> float:
        return left + (width - left - right) * (value - x_low) / (x_high - x_low)

    def y(share: float) -> float:
        return top + (bottom - top) * (1 - share)

    def y_cost(value: float) -> float:
        return top + (bottom - top) * (1 - (value - c_low) / (c_high - c_low or 1))

    level = curve["service_level"]
    smallest = curve.get("smallest_fte")
    desc = _("Aandeel werk op tijd en kosten per jaar bij een poolomvang van %(a)s tot %(b)s fte.") % {
        "a": f"{sizes[0]:g}".replace(".", ","),
        "b": f"{sizes[-1]:g}".replace(".", ","),
    }
    if smallest is not None:
        desc += " " + _("Vanaf %(s)s fte haalt de mediaan %(l)s op tijd.") % {
            "s": f"{smallest:g}".replace(".", ","),
            "l": fmt("on_time_share", level),
        }
    parts = [_svg_open(chart_id, width, height, escape(_("Hoe groot moet de pool zijn?")), escape(desc))]
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#ddd"/>'
            f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" font-size="13" fill="#1a3f6b">'
            f"{tick * 100:.0f}%</text>"
        )
    for tick in cost_ticks:
        if c_low <= tick <= c_high:
            label = "€ " + f"{tick / 1e6:.1f}".replace(".", ",") + " mln"
            parts.append(
                f'<text x="{width - right + 6}" y="{y_cost(tick) + 4:.1f}" font-size="13" fill="#b34700">'
                f"{escape(label)}</text>"
            )
    for tick in _ticks(0, x_high, 6):
        parts.append(
            f'<text x="{x(tick):.1f}" y="{bottom + 18}" text-anchor="middle" font-size="13" fill="#333">'
            f"{tick:g}</text>"
        )
    parts.append(
        f'<text x="{(left + width - right) / 2:.1f}" y="{bottom + 38}" text-anchor="middle" font-size="13" '
        f'fill="#333">{escape(_("Poolomvang (fte)"))}</text>'
    )
    on_time = [p["on_time_share"] for p in points]
    band = [(x(s), y(v[2])) for s, v in zip(sizes, on_time, strict=True) if v[2] is not None]
    band += [(x(s), y(v[0])) for s, v in reversed(list(zip(sizes, on_time, strict=True))) if v[0] is not None]
    parts.append(
        '<polygon fill="#1a3f6b" fill-opacity="0.18" points="'
        + " ".join(f"{a:.1f},{b:.1f}" for a, b in band)
        + '"/>'
    )
    cost_band = [(x(p["fte"]), y_cost(p["cost_eur"][2])) for p in points]
    cost_band += [(x(p["fte"]), y_cost(p["cost_eur"][0])) for p in reversed(points)]
    parts.append(
        '<polygon fill="#b34700" fill-opacity="0.12" points="'
        + " ".join(f"{a:.1f},{b:.1f}" for a, b in cost_band)
        + '"/>'
    )
    median = " ".join(
        f"{x(s):.1f},{y(v[1]):.1f}" for s, v in zip(sizes, on_time, strict=True) if v[1] is not None
    )
    parts.append(f'<polyline fill="none" stroke="#1a3f6b" stroke-width="2.5" points="{median}"/>')
    cost_line = " ".join(f"{x(p['fte']):.1f},{y_cost(p['cost_eur'][1]):.1f}" for p in points)
    parts.append(
        '<polyline fill="none" stroke="#b34700" stroke-width="2" stroke-dasharray="6 4" '
        f'points="{cost_line}"/>'
    )
    for s, v in zip(sizes, on_time, strict=True):
        if v[1] is not None:
            parts.append(f'<circle cx="{x(s):.1f}" cy="{y(v[1]):.1f}" r="3.5" fill="#1a3f6b"/>')
    parts.append(
        f'<line x1="{left}" x2="{width - right}" y1="{y(level):.1f}" y2="{y(level):.1f}" '
        'stroke="#2e7d32" stroke-width="1.5" stroke-dasharray="3 3"/>'
        f'<text x="{left + 4}" y="{y(level) - 5:.1f}" font-size="13" fill="#1b5e20">'
        f"{escape(_('Gewenst: %(l)s op tijd') % {'l': fmt('on_time_share', level)})}</text>"
    )
    if smallest is not None:
        parts.append(
            f'<line x1="{x(smallest):.1f}" x2="{x(smallest):.1f}" y1="{top}" y2="{bottom}" '
            'stroke="#2e7d32" stroke-width="2"/>'
        )
    parts.append(
        f'<line x1="{left}" x2="{left}" y1="{top}" y2="{bottom}" stroke="#333"/>'
        f'<line x1="{left}" x2="{width - right}" y1="{bottom}" y2="{bottom}" stroke="#333"/></svg>'
    )
    return mark_safe("".join(parts))
