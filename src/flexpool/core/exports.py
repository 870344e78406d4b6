"""Every CSV and Excel export: two CSV variants from one helper, and safe cells (OWASP "CSV injection").

CSV in two variants
-------------------
Every CSV download is offered twice, built by the same function from the same rows:

==================  =============================  ===================================
                    ``"excel-nl"`` (the default)   ``"machine"``
==================  =============================  ===================================
link text           "CSV voor Excel"               "CSV (machineleesbaar)"
separator           ``;``                          ``,``
decimal             ``11479,80`` (comma)           ``11479.80`` (point)
thousands           none (Excel reads them itself) none
date                ``31-01-2027`` (dd-mm-jjjj)    ``2027-01-31`` (ISO 8601)
date and time       ``31-01-2027 14:05`` (local)   ``2027-01-31T14:05:00+01:00``
yes / no            ``ja`` / ``nee``               ``true`` / ``false``
encoding            UTF-8 with BOM                 UTF-8 without BOM
==================  =============================  ===================================

Dutch Excel opens the first with a double click: the BOM tells it the file is UTF-8 (so "ë" and
"€" survive), the semicolon is its list separator and the decimal comma its decimal sign. The
second is for scripts and other systems (RFC 4180, ``csv.reader`` without options).

The public API, for any module that writes a CSV download (list exports included)::

    from flexpool.core.exports import csv_response, dialect_from

    def export(request):
        rows = [["Assen", Decimal("11479.80"), date(2027, 1, 31)], ...]
        return csv_response(
            "verrekening-2027-01.csv",
            ["Gemeente", "Bedrag", "Datum"],
            rows,
            dialect=dialect_from(request),  # ?formaat=machine, else "excel-nl"
        )

Give values as Python values, not as text: numbers as ``Decimal`` or ``int`` (``float`` works
too), dates as ``date``, moments as aware ``datetime``, empty as ``None``; the dialect decides how
they are written. ``csv_bytes`` returns the same file as bytes. The template
``core/_csv_links.html`` (``{% include "core/_csv_links.html" with url=... %}``) shows the two links;
``csv_url(url, dialect)`` builds one.

Safe cells
----------
A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and tab or
carriage return can hide such a start. Every export writes its text through ``safe_cell`` (in
``csv_response``/``csv_bytes``, ``csv_writer`` and ``append_row``), which puts an apostrophe
before text that starts with one of those characters, so the text shows as written and is never
run. Numbers are written as numbers in both CSV variants and in Excel: a negative amount stays a
number. Formulas Flexpool writes itself (the totals in the settlement workbook) go through
``append_row(..., formulas=True)`` for those cells only.

Excel workbooks (openpyxl) store numbers as numbers and dates as dates, with the number formats
below; Excel shows them in the reader's own notation (Dutch Excel: ``11.479,80`` and
``31-01-2027``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.http import HttpResponse
from django.utils import timezone

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Dialect = Literal["excel-nl", "machine"]
EXCEL_NL: Dialect = "excel-nl"
MACHINE: Dialect = "machine"
DIALECTS: tuple[Dialect, ...] = (EXCEL_NL, MACHINE)
# The query parameter that chooses the variant, and its values.
PARAMETER = "formaat"
PARAMETER_VALUES: dict[str, Dialect] = {"excel": EXCEL_NL, "machine": MACHINE}

# Number formats for openpyxl cells: stored as numbers, shown in the reader's notation.
XLSX_AMOUNT = "#,##0.00"
XLSX_HOURS = "#,##0.0#"
XLSX_PERCENT = "0.0#"
XLSX_INTEGER = "#,##0"
XLSX_DATE = "dd-mm-yyyy"
XLSX_DATETIME = "dd-mm-yyyy hh:mm"


def safe_cell(value: Any) -> Any:
    """The value as it can go into a cell: text that a spreadsheet would run gets an apostrophe.
    Numbers and dates stay what they are; a moment with a time zone becomes local time without
    one (Excel has no time zones)."""
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.make_naive(value)
    if isinstance(value, bool | int | float | Decimal | date) or value is None:
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def safe_row(values: Iterable[Any]) -> list[Any]:
    return [safe_cell(v) for v in values]


# --- the two CSV variants --------------------------------------------------------------------


def _decimal_text(value: Decimal | float) -> str:
    """A number as plain digits with a point: no exponent, no thousands separator."""
    number = value if isinstance(value, Decimal) else Decimal(repr(value))
    text = f"{number:f}"
    return "0" if text in {"-0", "-0.0"} else text


def format_value(value: Any, dialect: Dialect = EXCEL_NL) -> str:
    """One value as CSV text in the dialect; text goes through `safe_cell`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        if dialect == MACHINE:
            return "true" if value else "false"
        return "ja" if value else "nee"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal | float):
        if isinstance(value, float) and value != value:  # NaN
            return ""
        text = _decimal_text(value)
        return text if dialect == MACHINE else text.replace(".", ",")
    if isinstance(value, datetime):
        moment = timezone.localtime(value) if timezone.is_aware(value) else value
        if dialect == MACHINE:
            return moment.isoformat(timespec="seconds")
        return f"{moment:%d-%m-%Y %H:%M}"
    if isinstance(value, date):
        return value.isoformat() if dialect == MACHINE else f"{value:%d-%m-%Y}"
    return safe_cell(value)


def _check(dialect: str) -> Dialect:
    if dialect not in DIALECTS:
        raise ValueError(f"unknown CSV dialect {dialect!r}; use one of {DIALECTS}")
    return dialect  # type: ignore[return-value]  # checked against DIALECTS just above


def csv_text(header: Sequence[Any], rows: Iterable[Sequence[Any]], dialect: Dialect = EXCEL_NL) -> str:
    """The CSV as text, without BOM (`csv_bytes` adds it for Excel)."""
    dialect = _check(dialect)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if dialect == EXCEL_NL else ",", lineterminator="\r\n")
    writer.writerow([format_value(h, dialect) for h in header])
    for row in rows:
        writer.writerow([format_value(v, dialect) for v in row])
    return out.getvalue()


def csv_bytes(header: Sequence[Any], rows: Iterable[Sequence[Any]], dialect: Dialect = EXCEL_NL) -> bytes:
    """The CSV file: UTF-8 with BOM for Excel, without for machines."""
    text = csv_text(header, rows, dialect)
    return text.encode("utf-8-sig" if dialect == EXCEL_NL else "utf-8")


def csv_response(
    filename: str, header: Sequence[Any], rows: Iterable[Sequence[Any]], dialect: Dialect = EXCEL_NL
) -> HttpResponse:
    """A download of the CSV. The machine-readable file gets "-machine" before ".csv"."""
    dialect = _check(dialect)
    if dialect == MACHINE and filename.endswith(".csv"):
        filename = filename[: -len(".csv")] + "-machine.csv"
    response = HttpResponse(csv_bytes(header, rows, dialect), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def dialect_from(request) -> Dialect:
    """The variant a request asks for: `?formaat=machine`, otherwise the one for Dutch Excel."""
    return PARAMETER_VALUES.get(request.GET.get(PARAMETER, ""), EXCEL_NL)


def csv_url(url: str, dialect: Dialect) -> str:
    """`url` (which may carry a query, such as filters) with the parameter for `dialect`."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != PARAMETER]
    query.append((PARAMETER, "machine" if dialect == MACHINE else "excel"))
    return urlunsplit(parts._replace(query=urlencode(query)))


# --- older writers, still used where a CSV is written to a file --------------------------------


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
