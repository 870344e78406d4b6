"""Schema post-processing: the same OpenAPI file whatever database generated it.

Django derives integer limits from the database backend (SQLite: 64-bit, PostgreSQL: 32-bit for
positive fields), so the raw schema would differ between the two. Those limits are storage
details, not part of the API contract; they are removed here.
"""

from __future__ import annotations

from typing import Any

STORAGE_LIMITS = {2147483647, 9223372036854775807, -2147483648, -9223372036854775808, 32767, -32768}


def _clean(node: Any) -> None:
    if isinstance(node, dict):
        for key in ("maximum", "minimum"):
            if node.get(key) in STORAGE_LIMITS:
                del node[key]
        if node.get("type") == "integer" and node.get("format") == "int64":
            del node["format"]
        for value in node.values():
            _clean(value)
    elif isinstance(node, list):
        for value in node:
            _clean(value)


def normalise_integer_ranges(result, generator, request, public):
    _clean(result)
    return result
