"""The search's query-string parameters, checked before they reach the search (400 naming the field)."""

from __future__ import annotations

from typing import Any

from flexpool.core import params
from flexpool.knowledge.search import Filters, parse_filters


def checked_filters(query: Any) -> Filters:
    """`parse_filters` after refusing numbers it cannot use (`jaar=0`, `domein=²`, `gemeente=-1`)."""
    params.year(query, "jaar")
    params.integer(query, "domein", maximum=params.LARGEST_ID)
    params.integer(query, "gemeente", maximum=params.LARGEST_ID)
    return parse_filters(query)
