"""Generalised Assignment Problem (GAP) core of the matching engine. No Django here."""

from flexpool.engines.matching.gap.instance import GapInstance, parse_gap_text, read_gap_file
from flexpool.engines.matching.gap.solver import GapResult, GapStatus, solve_gap

__all__ = [
    "GapInstance",
    "GapResult",
    "GapStatus",
    "parse_gap_text",
    "read_gap_file",
    "solve_gap",
]
