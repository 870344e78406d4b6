"""Which contract hours hold in a given week (contract changes count from the week of their start)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from flexpool.core.weeks import monday_of


def contract_hours_in_week(member, changes: Sequence, monday: date) -> Decimal:
    """The contract hours of `member` in the week of `monday`; `changes` sorted by start."""
    hours = changes[0].previous_hours if changes else member.contract_hours
    for change in changes:
        if monday_of(change.start) <= monday:
            hours = change.hours
    return hours
