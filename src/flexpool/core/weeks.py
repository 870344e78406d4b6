"""Weeks as Mondays: the unit in which capacity and load are counted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from flexpool.core.dates import week_text

WEEK = timedelta(days=7)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weeks_between(start: date, end: date) -> Iterator[date]:
    """Mondays of every week that overlaps [start, end]."""
    monday = monday_of(start)
    while monday <= end:
        yield monday
        monday += WEEK


def iso_label(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def working_days_overlap(monday: date, start: date, end: date) -> int:
    """Number of weekdays (Mon–Fri) of the week starting `monday` inside [start, end]."""
    first = max(monday, start)
    last = min(monday + timedelta(days=4), end)
    return max(0, (last - first).days + 1)


def week_title(monday: date) -> str:
    """A week for people: "week 2 (11–17 januari 2027)" (see `core.dates`)."""
    return week_text(monday)
