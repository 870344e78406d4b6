"""The two measures of search quality, kept free of Django so that any benchmark can use them."""

from __future__ import annotations

import math


def ndcg10(ranked: list[str], grades: dict[str, int]) -> float:
    """Normalised discounted cumulative gain of the first 10 (gain 2^grade − 1)."""
    dcg = sum((2 ** grades.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:10]))
    ideal = sorted((g for g in grades.values() if g > 0), reverse=True)[:10]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall10(ranked: list[str], grades: dict[str, int], minimum: int = 1) -> float:
    """Relevant documents (grade >= `minimum`) in the first 10, relative to what fits in 10."""
    relevant = {d for d, g in grades.items() if g >= minimum}
    return len(relevant.intersection(ranked[:10])) / min(10, len(relevant)) if relevant else 0.0
