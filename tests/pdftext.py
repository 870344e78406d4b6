"""Reading PDFs back in tests (pdfminer): the lines of text per page, and headings left alone at
the foot of a page."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTPage, LTTextContainer, LTTextLine

HEADING_SIZE = 13  # Heading2 is 14 pt bold, Title 18 pt; body text and tables are 10 pt or less


@dataclass(frozen=True)
class Line:
    page: int
    text: str
    y0: float
    y1: float
    heading: bool


def _walk(item):
    yield item
    if isinstance(item, LTPage | LTTextContainer) or hasattr(item, "_objs"):
        for child in item:
            yield from _walk(child)


def _pages(data: bytes):
    # Lines only join characters that are close: table cells stay separate lines.
    return extract_pages(io.BytesIO(data), laparams=LAParams(char_margin=1.0, line_margin=0.3))


def lines(data: bytes) -> list[Line]:
    """Every line of text, with non-breaking spaces read as spaces."""
    found = []
    for number, page in enumerate(_pages(data), start=1):
        for item in _walk(page):
            if isinstance(item, LTTextLine):
                chars = [c for c in item if isinstance(c, LTChar)]
                text = item.get_text().replace("\u00a0", " ").strip()
                if not text:
                    continue
                heading = bool(chars) and chars[0].size >= HEADING_SIZE and "Bold" in chars[0].fontname
                found.append(Line(number, text, item.y0, item.y1, heading))
    return found


def stranded_headings(data: bytes) -> list[str]:
    """Headings with nothing below them on their page (text, table rule or chart)."""
    stranded = []
    for page in _pages(data):
        below: list[float] = []
        headings: list[tuple[float, str]] = []
        for item in _walk(page):
            if item is page or isinstance(item, LTChar):
                continue
            if isinstance(item, LTTextLine):
                chars = [c for c in item if isinstance(c, LTChar)]
                if chars and chars[0].size >= HEADING_SIZE and "Bold" in chars[0].fontname:
                    headings.append((item.y0, item.get_text().strip()))
                    continue
            if isinstance(item, LTTextContainer) and not isinstance(item, LTTextLine):
                continue  # a box: its lines are looked at one by one
            if hasattr(item, "y1"):
                below.append(item.y1)
        for y0, text in headings:
            if not any(y < y0 for y in below):
                stranded.append(text)
    return stranded


def broken_amounts(data: bytes) -> list[str]:
    """Lines that end in a euro sign or start with the cents of an amount: a broken "€ 11.479,80"."""
    return [
        line.text
        for line in lines(data)
        if re.search(r"€\s*$", line.text) or re.match(r"^,\d\d\b", line.text)
    ]


def text_of(data: bytes) -> str:
    return "\n".join(line.text for line in lines(data))
