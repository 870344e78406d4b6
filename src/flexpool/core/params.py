"""Reading numbers and dates from query strings and paths, within bounds that the domain can use.

Every reader raises `InvalidParameter` (a `ValidationError` with the parameter's name as field)
for input it cannot use, so the API answers 400 with `{"errors": {name: [...]}}` and pages answer
400 with the message (`core.middleware.InvalidParameterMiddleware`). Nothing is silently guessed:
`?jaar=0` is an error, not "all years".
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# The years Flexpool can hold: pools did not exist before 2000, and week arithmetic on
# dates near 9999-12-31 would run past the last date Python knows.
FIRST_YEAR = 2000
LAST_YEAR = 2100
FIRST_DAY = date(FIRST_YEAR, 1, 1)
LAST_DAY = date(LAST_YEAR, 12, 31)
# Search results are shown ten to a page; nobody pages further than this.
LAST_PAGE = 1000
# Ids are 64-bit at most in every database Flexpool runs on.
LARGEST_ID = 2**63 - 1


class InvalidParameter(ValidationError):
    """A query-string or path parameter that cannot be used; `field` names it."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.text = message
        super().__init__({field: [message]})


def _digits(raw: str) -> bool:
    """Plain ASCII digits only: `str.isdigit` also accepts '²' and other signs `int` refuses."""
    return raw.isascii() and raw.isdigit()


def integer(
    params: Any, name: str, *, default: int | None = None, minimum: int = 0, maximum: int
) -> int | None:
    """A whole number between minimum and maximum, or `default` when the parameter is missing or empty."""
    raw = params.get(name)
    if raw is None or str(raw).strip() == "":
        return default
    raw = str(raw).strip()
    unsigned = raw[1:] if raw.startswith("-") else raw
    if not _digits(unsigned) or len(unsigned) > 19:
        raise InvalidParameter(name, _("Vul een geheel getal in."))
    value = int(raw)
    if not minimum <= value <= maximum:
        raise InvalidParameter(
            name,
            _("Kies een getal van %(minimum)s tot en met %(maximum)s.")
            % {"minimum": minimum, "maximum": maximum},
        )
    return value


def choice(params: Any, name: str, choices: list[str]) -> str:
    """One of `choices`, or "" when the parameter is missing or empty (no choice made)."""
    raw = str(params.get(name) or "").strip()
    if raw and raw not in choices:
        raise InvalidParameter(name, _("Kies een van: %(choices)s.") % {"choices": ", ".join(choices)})
    return raw


def year(params: Any, name: str = "jaar", *, default: int | None = None) -> int | None:
    """A year between FIRST_YEAR and LAST_YEAR, or `default` when the parameter is missing or empty."""
    raw = params.get(name)
    if raw is None or str(raw).strip() == "":
        return default
    raw = str(raw).strip()
    if not _digits(raw) or len(raw) > 4 or not FIRST_YEAR <= int(raw) <= LAST_YEAR:
        raise InvalidParameter(
            name,
            _("Kies een jaar van %(first)s tot en met %(last)s.") % {"first": FIRST_YEAR, "last": LAST_YEAR},
        )
    return int(raw)


def page(params: Any, name: str = "pagina") -> int:
    """A page number from 1 to LAST_PAGE; 1 when missing."""
    return integer(params, name, default=1, minimum=1, maximum=LAST_PAGE)


def day(params: Any, name: str, *, default: date | None = None) -> date | None:
    """A date written as YYYY-MM-DD between FIRST_DAY and LAST_DAY."""
    raw = params.get(name)
    if raw is None or str(raw).strip() == "":
        return default
    try:
        value = date.fromisoformat(str(raw).strip())
    except ValueError:
        raise InvalidParameter(name, _("Schrijf de datum als JJJJ-MM-DD.")) from None
    check_day(value, name)
    return value


def check_day(value: date, name: str) -> date:
    """Refuse dates outside FIRST_DAY..LAST_DAY (raises InvalidParameter naming the field)."""
    if not FIRST_DAY <= value <= LAST_DAY:
        raise InvalidParameter(
            name,
            _("Kies een datum van %(first)s tot en met %(last)s.")
            % {"first": FIRST_DAY.isoformat(), "last": LAST_DAY.isoformat()},
        )
    return value


def object_id(raw: Any, name: str = "id") -> int:
    """A path id: a positive whole number."""
    text = str(raw)
    if not _digits(text) or len(text) > 19 or not 1 <= int(text) <= LARGEST_ID:
        raise InvalidParameter(name, _("Een id is een positief geheel getal."))
    return int(text)
