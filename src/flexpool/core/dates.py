"""One way to write dates and weeks for people: "11 januari 2027", "week 2 (11–17 januari 2027)".

Pages use the template filters in `core/templatetags/flexpool_dates.py` (`|datum`, `|datum_tijd`,
`|maand`, `|week_label`); PDFs, messages, notifications and audit sentences call these functions.
Months come from Django's translated month names, so they are lower case in Dutch and capitalised
in English. Machine formats (ISO dates in exports, `<time datetime>`, the API) stay ISO.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _

ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and ISO_DAY.match(value):
        return date.fromisoformat(value)
    return None


def day_text(value: Any) -> str:
    """11 januari 2027 (a date, a datetime in local time, or an ISO date string); '' for nothing."""
    day = _day(value)
    if day is None:
        return "" if value in (None, "") else str(value)
    return f"{day.day} {MONTHS[day.month]} {day.year}"


def day_time_text(value: Any) -> str:
    """11 januari 2027, 14:05 (local time)."""
    if not isinstance(value, datetime):
        return day_text(value)
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    return _("%(day)s, %(time)s") % {"day": day_text(local.date()), "time": f"{local:%H:%M}"}


def month_text(value: Any) -> str:
    """januari 2027."""
    day = _day(value)
    return f"{MONTHS[day.month]} {day.year}" if day else ""


def range_text(start: Any, end: Any) -> str:
    """11–17 januari 2027, 28 december 2026 – 3 januari 2027: the shortest unambiguous span."""
    first, last = _day(start), _day(end)
    if first is None or last is None:
        return " – ".join(t for t in (day_text(start), day_text(end)) if t)
    if first.year == last.year and first.month == last.month:
        return f"{first.day}–{last.day} {MONTHS[last.month]} {last.year}"
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month]} – {last.day} {MONTHS[last.month]} {last.year}"
    return f"{day_text(first)} – {day_text(last)}"


def monday_of_iso_week(value: str) -> date | None:
    """The Monday of "2027-W02", or None when the text is not an ISO week."""
    match = ISO_WEEK.match(value)
    if not match:
        return None
    return date.fromisocalendar(int(match[1]), int(match[2]), 1)


def _week_day(value: Any) -> date | None:
    if isinstance(value, str):
        return monday_of_iso_week(value) or _day(value)
    return _day(value)


def week_text(value: Any) -> str:
    """week 2 (11–17 januari 2027), from any day of the week or an ISO week text ("2027-W02")."""
    monday = _week_day(value)
    if monday is None:
        return "" if value in (None, "") else str(value)
    monday -= timedelta(days=monday.weekday())
    number = monday.isocalendar()[1]
    return _("week %(number)s (%(days)s)") % {
        "number": number,
        "days": range_text(monday, monday + timedelta(days=6)),
    }


def week_short(value: Any) -> str:
    """week 2: for column headers, with `week_text` in a title."""
    day = _week_day(value)
    if day is None:
        return str(value)
    return _("week %(number)s") % {"number": day.isocalendar()[1]}


def weeks_text(mondays: Any) -> str:
    """Several weeks in a few words: "week 6–12 en 15 (2027)", "week 52 (2026) en week 1–3 (2027)"."""
    by_year: dict[int, list[int]] = {}
    for value in sorted({d for d in (_week_day(m) for m in mondays) if d is not None}):
        year, number, _weekday = value.isocalendar()
        by_year.setdefault(year, []).append(number)
    parts = []
    for year, numbers in by_year.items():
        runs: list[list[int]] = []
        for number in numbers:
            if runs and number == runs[-1][-1] + 1:
                runs[-1].append(number)
            else:
                runs.append([number])
        texts = [f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
        joined = (
            texts[0]
            if len(texts) == 1
            else _("%(list)s en %(last)s")
            % {
                "list": ", ".join(texts[:-1]),
                "last": texts[-1],
            }
        )
        parts.append(_("week %(numbers)s (%(year)s)") % {"numbers": joined, "year": year})
    if len(parts) <= 1:
        return "".join(parts)
    return _("%(list)s en %(last)s") % {"list": ", ".join(parts[:-1]), "last": parts[-1]}


def period_text(start: Any, quarter: bool = False) -> str:
    """A settlement or report period: "augustus 2026", or "kwartaal 3 van 2026"."""
    day = _day(start)
    if day is None:
        return str(start)
    if quarter:
        return _("kwartaal %(q)s van %(y)s") % {"q": (day.month - 1) // 3 + 1, "y": day.year}
    return month_text(day)


QUARTER_LABEL = re.compile(r"^Q([1-4]) (\d{4})$")


def period_label_text(label: str) -> str:
    """A period's machine label for people: "2026-08" → "augustus 2026", "Q3 2026" → "kwartaal 3 van 2026"."""
    if ISO_MONTH.match(label):
        return month_text(f"{label}-01")
    match = QUARTER_LABEL.match(label)
    if match:
        return period_text(date(int(match[2]), 3 * int(match[1]) - 2, 1), quarter=True)
    return label
