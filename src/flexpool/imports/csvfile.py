"""Reading coordinators' CSV files: encoding, delimiter, header, and errors per row and column."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import IO, Any

from django.utils.translation import gettext as _

from flexpool.pool.models import Competence, Level
from flexpool.regions.models import Municipality

ProgressCallback = Callable[[int, int, str], None]
"""Called as (rows done, rows in total, phase) with phase 'controleren' or 'importeren'."""

VALIDATING, WRITING = "controleren", "importeren"
LEVELS = set(Level.values)


@dataclass(frozen=True)
class RowError:
    row: int  # the header is row 1
    column: str
    message: str

    def __str__(self) -> str:
        if self.column:
            return _("Rij %(row)s, kolom '%(column)s': %(message)s") % {
                "row": self.row,
                "column": self.column,
                "message": self.message,
            }
        return _("Rij %(row)s: %(message)s") % {"row": self.row, "message": self.message}

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


class ImportFailed(Exception):
    """The file has errors; nothing was imported. `errors` lists every one of them."""

    def __init__(self, errors: Iterable[RowError]):
        self.errors = sorted(errors, key=lambda e: (e.row, e.column))
        super().__init__("\n".join(str(e) for e in self.errors))

    def as_dicts(self) -> list[dict[str, Any]]:
        return [e.as_dict() for e in self.errors]


@dataclass
class ImportResult:
    kind: str
    created: int
    ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Column:
    name: str
    required: bool  # the column must be in the header (a value may still be optional)
    aliases: tuple[str, ...] = ()


@dataclass
class Row:
    number: int
    values: dict[str, str]

    def get(self, column: str) -> str:
        return (self.values.get(column) or "").strip()


class Collector:
    """Collects row errors; `check()` raises them all at once."""

    def __init__(self) -> None:
        self.errors: list[RowError] = []

    def add(self, row: int, column: str, message: str) -> None:
        self.errors.append(RowError(row, column, message))

    def check(self) -> None:
        if self.errors:
            raise ImportFailed(self.errors)


# --- reading the file ------------------------------------------------------------------------


def read_text(file_or_text: str | bytes | IO) -> str:
    """Text from a str, bytes, or a (binary or text) file; UTF-8 with or without BOM."""
    data = file_or_text.read() if hasattr(file_or_text, "read") else file_or_text
    if isinstance(data, bytes | bytearray):
        try:
            data = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ImportFailed(
                [
                    RowError(
                        1,
                        "",
                        _(
                            "het bestand is geen UTF-8-tekst; sla het in Excel op als "
                            "'CSV UTF-8 (door komma's gescheiden)'"
                        ),
                    )
                ]
            ) from error
    return data.removeprefix("\ufeff")


def detect_delimiter(text: str) -> str:
    header = next((line for line in text.splitlines() if line.strip()), "")
    return ";" if header.count(";") >= header.count(",") and ";" in header else ","


def _normalise_header(name: str) -> str:
    name = (name or "").strip().lower()
    name = re.sub(r"\s*\(.*\)\s*$", "", name)  # "woongemeente (CBS-code)" -> "woongemeente"
    return re.sub(r"[\s-]+", "_", name.strip())


def _refuse_nul(records: list[list[str]]) -> None:
    """A NUL character is no text: no database stores it, so name each cell that has one."""
    errors = Collector()
    header = records[0]
    for number, record in enumerate(records, start=1):
        for index, value in enumerate(record):
            if "\x00" in value:
                column = header[index].replace("\x00", "").strip() if index < len(header) else ""
                errors.add(
                    number, column, _("bevat een onzichtbaar NUL-teken; sla het bestand opnieuw op als CSV")
                )
    errors.check()


def read_rows(file_or_text: str | bytes | IO, columns: list[Column]) -> list[Row]:
    """Parse the file into rows keyed by column name; raise for header problems."""
    text = read_text(file_or_text)
    if not text.strip():
        raise ImportFailed([RowError(1, "", _("het bestand is leeg"))])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text))
    records = [record for record in reader]
    _refuse_nul(records)
    header, data = records[0], records[1:]
    known = {}
    for column in columns:
        for alias in (column.name, *column.aliases):
            known[_normalise_header(alias)] = column.name
    errors = Collector()
    positions: dict[str, int] = {}
    for index, raw in enumerate(header):
        name = known.get(_normalise_header(raw))
        if not raw.strip():
            continue
        if name is None:
            errors.add(1, raw.strip(), _("onbekende kolom"))
        elif name in positions:
            errors.add(1, name, _("kolom staat er twee keer in"))
        else:
            positions[name] = index
    for column in columns:
        if column.required and column.name not in positions:
            errors.add(1, column.name, _("verplichte kolom ontbreekt"))
    errors.check()
    rows = []
    for number, record in enumerate(data, start=2):
        if not any(value.strip() for value in record):
            continue  # empty lines, e.g. at the end of a file saved from Excel
        if len(record) > len(header) and any(v.strip() for v in record[len(header) :]):
            errors.add(number, "", _("meer waarden dan kolommen in de kopregel"))
            continue
        values = {name: record[index] if index < len(record) else "" for name, index in positions.items()}
        rows.append(Row(number, values))
    errors.check()
    if not rows:
        raise ImportFailed([RowError(2, "", _("het bestand bevat geen gegevensregels"))])
    return rows


# --- values ----------------------------------------------------------------------------------


def report_progress(callback: ProgressCallback | None, done: int, total: int, phase: str) -> None:
    if callback is not None:
        callback(done, total, phase)


def parse_decimal(
    errors: Collector,
    row: Row,
    column: str,
    *,
    low: Decimal,
    high: Decimal,
    too_high: str | None = None,
) -> Decimal | None:
    raw = row.get(column)
    if not raw:
        errors.add(row.number, column, _("vul een getal in"))
        return None
    try:
        value = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        errors.add(row.number, column, _("'%(value)s' is geen getal") % {"value": raw})
        return None
    if not value.is_finite():
        errors.add(row.number, column, _("'%(value)s' is geen getal") % {"value": raw})
        return None
    if value > high and too_high:
        errors.add(row.number, column, too_high % {"value": raw, "high": high})
        return None
    if not low <= value <= high:
        errors.add(
            row.number,
            column,
            _("%(value)s ligt niet tussen %(low)s en %(high)s") % {"value": raw, "low": low, "high": high},
        )
        return None
    if value != value.quantize(Decimal("0.1")):
        errors.add(row.number, column, _("gebruik hoogstens één decimaal"))
        return None
    return value.quantize(Decimal("0.1"))


def parse_int(errors: Collector, row: Row, column: str, *, low: int, high: int, default: int) -> int | None:
    raw = row.get(column)
    if not raw:
        return default
    if not re.fullmatch(r"\d+", raw):
        errors.add(row.number, column, _("'%(value)s' is geen heel getal") % {"value": raw})
        return None
    value = int(raw)
    if not low <= value <= high:
        errors.add(
            row.number,
            column,
            _("%(value)s ligt niet tussen %(low)s en %(high)s") % {"value": value, "low": low, "high": high},
        )
        return None
    return value


def parse_date(errors: Collector, row: Row, column: str) -> date | None:
    raw = row.get(column)
    if not raw:
        errors.add(row.number, column, _("vul een datum in (JJJJ-MM-DD)"))
        return None
    for pattern in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    errors.add(row.number, column, _("'%(value)s' is geen datum (gebruik JJJJ-MM-DD)") % {"value": raw})
    return None


YES = {"ja", "j", "yes", "y", "1", "waar", "true"}
NO = {"nee", "n", "no", "0", "onwaar", "false", ""}


def parse_bool(errors: Collector, row: Row, column: str) -> bool | None:
    raw = row.get(column).lower()
    if raw in YES:
        return True
    if raw in NO:
        return False
    errors.add(row.number, column, _("'%(value)s': vul ja of nee in") % {"value": row.get(column)})
    return None


def split_list(raw: str) -> list[str]:
    return [part.strip() for part in raw.split("|") if part.strip()]


class Lookups:
    """Municipalities and competences, loaded once per import."""

    def __init__(self) -> None:
        self.municipalities = {m.code: m for m in Municipality.objects.all()}
        self.competences = {c.code: c for c in Competence.objects.all()}

    def municipality(self, errors: Collector, row: Row, column: str, code: str):
        found = self.municipalities.get(code.strip().upper())
        if found is None:
            errors.add(row.number, column, _("onbekende CBS-code '%(code)s'") % {"code": code})
        return found

    def municipality_list(self, errors: Collector, row: Row, column: str) -> list:
        found = []
        for code in split_list(row.get(column)):
            municipality = self.municipality(errors, row, column, code)
            if municipality is not None and municipality not in found:
                found.append(municipality)
        return found

    def levels(self, errors: Collector, row: Row, column: str) -> list[tuple[str, int]]:
        """'projectleiding:3|participatie:2' -> [('projectleiding', 3), ('participatie', 2)]."""
        pairs: list[tuple[str, int]] = []
        for item in split_list(row.get(column)):
            code, sep, level = (part.strip() for part in item.partition(":"))
            code = code.lower()
            if not sep or not level:
                errors.add(
                    row.number,
                    column,
                    _("'%(item)s': schrijf code:niveau, bijvoorbeeld projectleiding:3") % {"item": item},
                )
                continue
            if code not in self.competences:
                errors.add(row.number, column, _("onbekende competentie '%(code)s'") % {"code": code})
                continue
            if not re.fullmatch(r"\d+", level) or int(level) not in LEVELS:
                errors.add(
                    row.number,
                    column,
                    _("niveau '%(level)s' bij '%(code)s' moet 1, 2, 3 of 4 zijn")
                    % {"level": level, "code": code},
                )
                continue
            if code in dict(pairs):
                errors.add(
                    row.number,
                    column,
                    _("competentie '%(code)s' staat er twee keer in") % {"code": code},
                )
                continue
            pairs.append((code, int(level)))
        return pairs

    def competence_list(self, errors: Collector, row: Row, column: str) -> list:
        found = []
        for code in split_list(row.get(column)):
            competence = self.competences.get(code.lower())
            if competence is None:
                errors.add(row.number, column, _("onbekende competentie '%(code)s'") % {"code": code})
            elif competence not in found:
                found.append(competence)
        return found
