"""One page set-up for every PDF Flexpool writes (reportlab): A4, margins, metadata in Dutch, the
stylesheet, headings, numbers and chart parts.

Reports, settlement specifications and workshop reports all start from `document` and `styles`,
so that they look alike and a change of layout is made once. The rules every PDF keeps:

- **No word or number is broken over two lines.** The styles never split a long word
  (`splitLongWords=0`) and never hyphenate; a column too narrow for its longest word is a layout
  error to fix in the column widths, not something to hide by cutting "Werkvoorraad" in two.
  Amounts, hours and dates go through `nobreak` (or are written by `eur`/`hours`), which joins
  their parts with non-breaking spaces, so "€ 11.479,80" stays on one line.
- **A heading never stands alone at the foot of a page.** `heading` returns the heading with a
  conditional page break before it: when less than `HEADING_ROOM` is left on the page, the heading
  starts the next page. The heading styles also keep with the next flowable (`keepWithNext`);
  `section` keeps a heading together with its introduction and chart.
- **Every chart has a legend and readable axes**: `legend` draws one, `axis_labels` formats the
  tick labels with Dutch thousands separators and the unit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import IO

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import StyleSheet1, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, SimpleDocTemplate

MARGIN = 18 * mm
TOP_AND_BOTTOM = 16 * mm
# The room a heading needs below it on the page: its own height and a few lines of what follows.
HEADING_ROOM = 45 * mm
NBSP = "\u00a0"


def document(out: IO[bytes], *, title: str, subject: str = "", author: str = "") -> SimpleDocTemplate:
    return SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_AND_BOTTOM,
        bottomMargin=TOP_AND_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        lang="nl",
    )


def styles() -> StyleSheet1:
    sheet = getSampleStyleSheet()
    for style in sheet.byName.values():
        style.splitLongWords = 0  # never "Werkvoorr-aad": a word stays whole
        style.hyphenationLang = ""  # no hyphenation either
        style.embeddedHyphenation = 0
    for name in ("Heading1", "Heading2", "Heading3"):
        sheet[name].keepWithNext = 1  # a heading never stands alone at the foot of a page
    return sheet


def heading(text: str, style, *, room: float = HEADING_ROOM) -> list[Flowable]:
    """A heading that starts a new page when less than `room` is left below it."""
    return [CondPageBreak(room), Paragraph(text, style)]


def section(text: str, style, *flowables: Flowable, room: float = HEADING_ROOM) -> list[Flowable]:
    """A heading kept on one page with what must follow it directly (an introduction and a chart):
    when they do not fit below each other on this page, all of them start the next."""
    return [CondPageBreak(room), KeepTogether([Paragraph(text, style), *flowables])]


def nobreak(text: str) -> str:
    """Text that stays on one line: spaces become non-breaking spaces."""
    return str(text).replace(" ", NBSP)


# --- numbers in Dutch notation -----------------------------------------------------------------


def dutch_number(value: Decimal | float | int, decimals: int | None = None) -> str:
    """12345.5 -> "12.345,5": a point between thousands, a decimal comma. With `decimals` None,
    as many decimals as the value has (at most two), without trailing zeros."""
    number = Decimal(str(value))
    if decimals is None:
        number = number.quantize(Decimal("0.01"))
        text = f"{abs(number):,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{abs(number):,.{decimals}f}"
    text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    sign = "-" if number < 0 and text.strip("0,.") else ""
    return sign + text


def axis_labels(unit: str = "") -> Callable[[float], str]:
    """A tick-label formatter for reportlab axes: Dutch notation with the unit ("eur", "%",
    "uur" or any text to put after the number)."""

    def label(value: float) -> str:
        text = dutch_number(value)
        if unit == "eur":
            return f"€{NBSP}{text}"
        if unit == "%":
            return f"{text}%"
        return f"{text}{NBSP}{unit}" if unit else text

    return label


def year_labels(value: float) -> str:
    """Years on an axis: 2027, never "2.027"."""
    return str(round(value))


def legend(
    drawing: Drawing, items: Sequence[tuple[object, str]], *, x: float, y: float, font_size: float = 7
) -> Legend:
    """A legend (colour swatch and label per series) placed with its top-left corner at x, y."""
    box = Legend()
    box.x, box.y = x, y
    box.alignment = "right"
    box.fontName, box.fontSize = "Helvetica", font_size
    box.dx, box.dy = 8, 8
    box.deltay = font_size + 4
    box.columnMaximum = 8
    box.colorNamePairs = list(items)
    drawing.add(box)
    return box


def axis_title(drawing: Drawing, text: str, *, x: float, y: float, font_size: float = 7) -> None:
    drawing.add(String(x, y, text, fontName="Helvetica-Oblique", fontSize=font_size))


def nobreak_parts(text: str, separators: Sequence[str] = (" – ", " … ")) -> str:
    """A range such as "€ 1.200 – € 3.400": each side stays on one line, the line may break only
    after the separator."""
    parts = [str(text)]
    for separator in separators:
        parts = [piece for part in parts for piece in _split_keep(part, separator)]
    return "".join(nobreak(p) if p.strip() not in {s.strip() for s in separators} else p for p in parts)


def _split_keep(text: str, separator: str) -> list[str]:
    pieces = text.split(separator)
    out: list[str] = []
    for index, piece in enumerate(pieces):
        if index:
            out.append(NBSP + separator.strip() + " ")
        out.append(piece)
    return out
