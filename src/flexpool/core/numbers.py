"""Numbers for people in the active language: 16,5 and 8.904,00 in Dutch; 16.5 and 8,904.00 in English.

Templates use Django's localisation (`{{ value }}`, `|floatformat`, localized form fields); Python code
that builds a sentence (messages, audit sentences, PDFs) calls `number_text`.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils import formats


def number_text(value: Any, decimals: int | None = None, *, grouping: bool = True) -> str:
    """A number in the active language's notation: 16,5 and 8.904,00 in Dutch, 16.5 and 8,904.00 in
    English; without trailing zeros unless `decimals` is given."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    if decimals is None:
        exponent = number.normalize().as_tuple().exponent
        decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    return formats.number_format(number, decimals, use_l10n=True, force_grouping=grouping)
