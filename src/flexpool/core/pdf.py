"""One page set-up for every PDF Flexpool writes: A4, margins, metadata in Dutch, the stylesheet.

Reports, settlement specifications and workshop reports all start from `document` and `styles`,
so that they look alike and a change of layout is made once.
"""

from __future__ import annotations

from typing import IO

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import StyleSheet1, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

MARGIN = 18 * mm
TOP_AND_BOTTOM = 16 * mm


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
    for name in ("Heading1", "Heading2", "Heading3"):
        sheet[name].keepWithNext = 1  # a heading never stands alone at the foot of a page
    return sheet
