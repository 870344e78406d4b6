"""Safe cells for every CSV and Excel export (OWASP "CSV injection").

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula, and tab or carriage
return can hide such a start. Every export writes its rows through `csv_writer` or `append_row`,
which put an apostrophe before text that starts with one of those characters, so the text shows
as written and is never run. Numbers (int, float, Decimal) are written as numbers: a negative
amount stays a number. Formulas Flexpool writes itself (the totals in the settlement workbook)
go through `append_row(..., formulas=True)` for those cells only.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """The value as it can go into a cell: text that a spreadsheet would run gets an apostrophe."""
    if isinstance(value, bool | int | float | Decimal) or value is None:
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def safe_row(values: Iterable[Any]) -> list[Any]:
    return [safe_cell(v) for v in values]


class SafeWriter:
    """`csv.writer` whose rows go through `safe_row`."""

    def __init__(self, out, **options):
        self._writer = csv.writer(out, **options)

    def writerow(self, values: Iterable[Any]) -> None:
        self._writer.writerow(safe_row(values))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(out, *, delimiter: str = ";") -> SafeWriter:
    return SafeWriter(out, delimiter=delimiter)


def append_row(sheet, values: Iterable[Any], *, formulas: Iterable[int] = ()) -> None:
    """Append a row to an openpyxl sheet; only the columns in `formulas` (0-based) may hold one."""
    allowed = set(formulas)
    sheet.append([v if i in allowed else safe_cell(v) for i, v in enumerate(values)])
