"""Money arithmetic for settlements: one rounding rule, exact splits, exact proration.

Plain Python (no Django), so the rules can be tested on their own with hypothesis.

The rule, once: amounts are computed exactly with `Decimal` and rounded to whole cents with
ROUND_HALF_UP, once per settlement item. When one rounded amount is split over several
municipalities (a shared request), the cents are handed out with the largest-remainder method, so
the parts add up to the rounded total exactly. Yearly amounts (contributions, seconded hours) are
prorated by telescoping: a period gets round(cumulative to its end) - round(cumulative to its
start), so twelve months add up to the yearly amount to the cent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import TypeVar

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
K = TypeVar("K")


def round_cents(amount: Decimal) -> Decimal:
    """The one rounding rule: to whole cents, halves away from zero."""
    return Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)


def allocate(total: Decimal, exact_parts: Mapping[K, Decimal]) -> dict[K, Decimal]:
    """Give each exact part whole cents so that the parts add up to `total` exactly.

    Every part first gets its exact amount rounded down (towards minus infinity) to cents; the
    cents still missing go one by one to the parts with the largest remainders (ties: the order
    of `exact_parts`). `total` must be the rounded sum of the parts (or a total they were
    derived from), so at most one cent per part is missing.
    """
    if total != round_cents(total):
        raise ValueError("allocate expects a total in whole cents")
    keys = list(exact_parts)
    if not keys:
        if total:
            raise ValueError("cannot split a non-zero total over nothing")
        return {}
    floors = {k: Decimal(exact_parts[k]).quantize(CENT, rounding=ROUND_FLOOR) for k in keys}
    missing = int((total - sum(floors.values(), Decimal(0))) / CENT)
    if not 0 <= missing <= len(keys):
        raise ValueError("total does not belong to these parts")
    order = sorted(range(len(keys)), key=lambda i: (-(exact_parts[keys[i]] - floors[keys[i]]), i))
    for i in order[:missing]:
        floors[keys[i]] += CENT
    return floors


def split_exact(total: Decimal, weights: Mapping[K, Decimal]) -> dict[K, Decimal]:
    """Split a rounded `total` in proportion to positive `weights`; the parts add up exactly."""
    weight_sum = sum((Decimal(w) for w in weights.values()), Decimal(0))
    if weights and weight_sum <= 0:
        raise ValueError("weights must add up to more than zero")
    exact = {k: total * Decimal(w) / weight_sum for k, w in weights.items()} if weights else {}
    return allocate(total, exact)


def split_by_amounts(exact_parts: Mapping[K, Decimal]) -> tuple[Decimal, dict[K, Decimal]]:
    """Round the sum of exact parts once (the item total), then allocate it over the parts."""
    total = round_cents(sum(exact_parts.values(), Decimal(0)))
    return total, allocate(total, exact_parts)


def days_in_year(year: int) -> int:
    return (date(year + 1, 1, 1) - date(year, 1, 1)).days


def member_days_until(year: int, until: date, joined: date, left: date | None) -> int:
    """Days of `year` up to and including `until` on which the municipality was a member."""
    first = max(date(year, 1, 1), joined)
    last = min(until, date(year, 12, 31), left or date.max)
    return max(0, (last - first).days + 1)


def prorate_yearly(yearly: Decimal, start: date, end: date, joined: date, left: date | None) -> Decimal:
    """The part of a yearly amount that falls in [start, end] (one calendar year), telescoped."""
    if start.year != end.year:
        raise ValueError("a period lies within one calendar year")
    year = start.year
    total_days = Decimal(days_in_year(year))
    before = (
        member_days_until(year, start - timedelta(days=1), joined, left) if start > date(year, 1, 1) else 0
    )
    upto = member_days_until(year, end, joined, left)
    return round_cents(yearly * upto / total_days) - round_cents(yearly * before / total_days)


def weighted_shares(shares: Sequence[tuple[K, Decimal]]) -> dict[K, Decimal]:
    """Percentages as fractions of one."""
    return {k: Decimal(p) / Decimal(100) for k, p in shares}


def format_hours(value: Decimal) -> str:
    """7.50 -> '7,5', 120.00 -> '120' (Dutch decimal comma, no trailing zeros)."""
    text = f"{Decimal(value).normalize():f}"
    return text.replace(".", ",")


def format_eur(value: Decimal) -> str:
    """1234567.5 -> '€ 1.234.567,50' (Dutch notation, minus sign in front)."""
    amount = round_cents(Decimal(value))
    sign = "-" if amount < 0 else ""
    whole, cents = f"{abs(amount):.2f}".split(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}€ {'.'.join(groups)},{cents}"
