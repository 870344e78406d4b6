"""Every CSV and Excel export neutralises text a spreadsheet would run as a formula (OWASP).

The test finds the exports among the URL patterns (every route ending in .csv or .xlsx), so an
export added later fails here until it is part of the walk.
"""

import codecs
import csv
import io
from datetime import date

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from openpyxl import load_workbook

from flexpool.core.exports import FORMULA_STARTS, safe_cell
from flexpool.hours import services as hours
from flexpool.scenarios import services as scenarios
from tests.hours.helpers import make_tariffs, running_assignment

TITLE = "=cmd|' /C calc'!A0"
SCENARIO = "+SUM(1;1)"
NOTE = '@HYPERLINK("http://voorbeeld.invalid")'
TODAY = date(2026, 3, 10)


def export_names() -> set[str]:
    found = set()

    def walk(patterns, prefix=""):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern) and route.endswith((".csv", ".xlsx")):
                found.add(pattern.name)

    walk(get_resolver().url_patterns)
    return found


@pytest.fixture
def world(pool, coordinator, assen, member, finance, django_capture_on_commit_callbacks):
    make_tariffs(pool)
    assignment = running_assignment(pool, coordinator, assen, member, title=TITLE)
    entry = hours.write_hours(
        actor=member.user, assignment=assignment, week=date(2026, 1, 5), hours="16", note=NOTE, today=TODAY
    )
    hours.approve_hours(actor=assen, entry=entry)
    period = hours.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1))
    settlement = hours.settle_period(actor=finance, period=period, today=TODAY)
    workshop = scenarios.create_workshop(actor=coordinator, name="Atelier", municipality_codes=["GM0106"])
    with django_capture_on_commit_callbacks(execute=True):
        run = scenarios.start_run(
            workshop=workshop,
            actor=coordinator,
            scenarios=[
                {"name": SCENARIO, "organisation": "flexpool", "pool_initial_share": 0.5},
                {"name": "Eigen organisatie", "organisation": "own", "pool_initial_share": 1.0},
            ],
            replications=10,
        )
    return {"settlement": settlement, "run": run, "finance": finance, "coordinator": coordinator}


def cells(name: str, content: bytes, formaat: str = "excel") -> list:
    if name.endswith("xlsx"):
        book = load_workbook(io.BytesIO(content))
        return [c for sheet in book for row in sheet.iter_rows(values_only=True) for c in row]
    if formaat == "machine":
        assert not content.startswith(codecs.BOM_UTF8)
        return [c for row in csv.reader(io.StringIO(content.decode("utf-8"))) for c in row]
    assert content.startswith(codecs.BOM_UTF8)
    text = content.decode("utf-8-sig")
    return [c for row in csv.reader(io.StringIO(text), delimiter=";") for c in row]


def test_safe_cell_follows_owasp():
    assert [safe_cell(v) for v in ["=1+1", "+1", "-1", "@a", "\tx", "\rx", "Assen", ""]] == [
        "'=1+1", "'+1", "'-1", "'@a", "'\tx", "'\rx", "Assen", "",
    ]  # fmt: skip
    assert safe_cell(-12) == -12 and str(safe_cell(__import__("decimal").Decimal("-1.5"))) == "-1.5"
    day = __import__("datetime").date(2027, 1, 11)
    assert safe_cell(day) is day  # a date stays a date (a spreadsheet shows it as one)


def test_every_export_neutralises_formulas(world, client):
    exports = {
        "settlement-csv": ("finance", [world["settlement"].pk], "xx"),
        "settlement-xlsx": ("finance", [world["settlement"].pk], TITLE),
        "audit-export": ("coordinator", [], TITLE),
        "workshop-run-csv": ("coordinator", [world["run"].pk], SCENARIO),
    }
    assert export_names() == set(exports), "a new export: add it to this walk"
    variants = [(name, formaat) for name in exports for formaat in ("excel", "machine")]
    for name, formaat in variants:
        role, args, planted = exports[name]
        client.force_login(world[role])
        response = client.get(reverse(name, args=args) + f"?formaat={formaat}")
        assert response.status_code == 200, name
        values = cells(name + (".xlsx" if name.endswith("xlsx") else ".csv"), response.content, formaat)
        for value in values:
            if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                if name == "settlement-xlsx" and value.startswith("=SUM("):
                    continue  # the totals Flexpool writes itself
                # only plain negative numbers may start with '-' (a decimal comma for Excel)
                float(value.replace(",", ".") if formaat == "excel" else value)
        if planted != "xx":
            assert "'" + planted in [v for v in values if isinstance(v, str)] or any(
                isinstance(v, str) and "'" + planted in v for v in values
            ), (name, formaat)
