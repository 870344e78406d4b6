"""`{% load flexpool_dates %}`: dates and weeks in the one style of `flexpool.core.dates`."""

from __future__ import annotations

from typing import Any

from django import template

from flexpool.core import dates

register = template.Library()


@register.filter
def datum(value: Any) -> str:
    """11 januari 2027."""
    return dates.day_text(value)


@register.filter
def datum_tijd(value: Any) -> str:
    """11 januari 2027, 14:05."""
    return dates.day_time_text(value)


@register.filter
def maand(value: Any) -> str:
    """januari 2027."""
    return dates.month_text(value)


@register.filter
def week_label(value: Any) -> str:
    """week 2 (11–17 januari 2027)."""
    return dates.week_text(value)


@register.filter
def week_kort(value: Any) -> str:
    """week 2 (2027)."""
    return dates.week_short(value)


@register.filter
def weken(value: Any) -> str:
    """Mondays, or ISO weeks as stored ("2026-W03, 2026-W04"), as "week 3–4 (2026)"."""
    if isinstance(value, str):
        value = [w.strip() for w in value.split(",") if w.strip()]
    return dates.weeks_text(value or [])


@register.filter
def periode_label(value: Any) -> str:
    """ "2026-08" → "augustus 2026"; "Q3 2026" → "kwartaal 3 van 2026"."""
    return dates.period_label_text(str(value))


@register.simple_tag
def periode(start: Any, end: Any) -> str:
    """11–17 januari 2027."""
    return dates.range_text(start, end)
