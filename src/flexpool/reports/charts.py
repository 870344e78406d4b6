"""Charts as inline SVG, drawn on the server: no JavaScript, accessible by construction.

Every chart has role="img", a <title> and a <desc>, and the page shows the same numbers in a
table next to it. Colours meet 3:1 contrast against white and the series are also told apart by
the legend's order and the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from flexpool.core.numbers import number_text

COLOURS = ["#1a3f6b", "#b36b00", "#2e7d32", "#8e24aa"]


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[Decimal | float | int]


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


UNIT_TITLES = {"eur": gettext_lazy("euro"), "uur": gettext_lazy("uren")}


def _number(value: float, unit: str) -> str:
    """A tick label in the active language's notation: "€ 12.500", "2,5" in Dutch ("€ 12,500", "2.5" in
    English); never a rounded "2" for 2,5."""
    text = number_text(Decimal(str(round(abs(value), 2))))
    sign = "-" if value < 0 and text != "0" else ""
    return f"{sign}€\u00a0{text}" if unit == "eur" else sign + text


def bar_chart(
    *,
    chart_id: str,
    title: str,
    description: str,
    categories: Sequence[str],
    series: Sequence[Series],
    unit: str = "",
    width: int = 760,
    height: int = 300,
) -> SafeString:
    """Vertical grouped bars: one group per category, one bar per series, a legend below and the
    value axis in Dutch notation with its unit ("eur": euro, "uur": hours) above it."""
    left, right, top, bottom = 80, 16, 36, 70
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [float(v) for s in series for v in s.values] or [0.0]
    low = min(0.0, min(values))
    high = _nice_max(max(values)) if max(values) > 0 else 1.0
    if low < 0:
        low = -_nice_max(-low)
    span = high - low

    def y(value: float) -> float:
        return top + plot_h * (high - value) / span

    cid = escape(chart_id)
    parts = [
        f'<svg class="fp-chart" id="{cid}" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" aria-labelledby="{cid}-title {cid}-desc" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{cid}-title">{escape(title)}</title>',
        f'<desc id="{cid}-desc">{escape(description)}</desc>',
    ]
    if unit:
        parts.append(
            f'<text x="{left - 6}" y="16" text-anchor="end" font-style="italic">'
            f"{escape(str(UNIT_TITLES.get(unit, unit)))}</text>"
        )
    for i in range(5):
        tick = low + span * i / 4
        ty = y(tick)
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{ty:.1f}" y2="{ty:.1f}" stroke="#d0d0d0" />'
            f'<text x="{left - 6}" y="{ty + 4:.1f}" text-anchor="end">{escape(_number(tick, unit))}</text>'
        )
    groups = max(len(categories), 1)
    group_w = plot_w / groups
    bar_w = max(2.0, min(28.0, (group_w * 0.8) / max(len(series), 1)))
    zero = y(0)
    for g, category in enumerate(categories):
        gx = left + g * group_w + (group_w - bar_w * len(series)) / 2
        for s_index, s in enumerate(series):
            value = float(s.values[g]) if g < len(s.values) else 0.0
            top_y, bar_h = (y(value), zero - y(value)) if value >= 0 else (zero, y(value) - zero)
            parts.append(
                f'<rect x="{gx + s_index * bar_w:.1f}" y="{top_y:.1f}" width="{bar_w - 1:.1f}" '
                f'height="{max(bar_h, 0):.1f}" fill="{COLOURS[s_index % len(COLOURS)]}" />'
            )
        if groups <= 16 or g % max(1, groups // 12) == 0:
            cx = left + g * group_w + group_w / 2
            parts.append(
                f'<text x="{cx:.1f}" y="{height - bottom + 14}" text-anchor="end" '
                f'transform="rotate(-35 {cx:.1f} {height - bottom + 14})">{escape(category)}</text>'
            )
    parts.append(
        f'<line x1="{left}" x2="{width - right}" y1="{zero:.1f}" y2="{zero:.1f}" stroke="#1a1a1a" />'
    )
    parts.append("</svg>")
    legend = "".join(
        f'<li><span class="fp-swatch" style="background:{COLOURS[i % len(COLOURS)]}" '
        f'aria-hidden="true"></span>{escape(s.label)}</li>'
        for i, s in enumerate(series)
    )
    return mark_safe(
        "".join(parts) + f'<ul class="fp-legend" aria-label="{escape(_("Legenda"))}">{legend}</ul>'
    )
