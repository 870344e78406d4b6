"""The committed OpenAPI schema must match the code."""

from io import StringIO
from pathlib import Path

from django.core.management import call_command

COMMITTED = Path(__file__).resolve().parents[2] / "openapi.yaml"


def test_openapi_schema_is_up_to_date(db):
    generated = StringIO()
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=generated)
    assert COMMITTED.read_text(encoding="utf-8") == generated.getvalue(), (
        "openapi.yaml is out of date: run `make schema` and commit the result"
    )
