"""Mutable plan state: free hours and municipalities per member and week.

Used by the heuristic, the fairness repair, the validator and the explanations, so that every
part of the engine applies the same hard rules on capacity and municipalities at a time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from flexpool.engines.matching.domain import Request
from flexpool.engines.matching.prepared import EPS, Prepared


@dataclass(frozen=True, slots=True)
class Part:
    """One member's part of a served request (the whole request unless it is split)."""

    request: int  # index into Prepared.data.requests
    member: int  # index into Prepared.data.members
    hours: float  # per week, over all the request's weeks


Solution = dict[int, tuple[Part, ...]]  # served request index -> its one or two parts


class Ledger:
    def __init__(self, prep: Prepared) -> None:
        self.prep = prep
        self.free = prep.capacity.copy()
        self.presence = {k: v.copy() for k, v in prep.fixed_presence.items()}
        self.count = prep.fixed_municipality_count.copy()

    def _span(self, request: Request) -> slice:
        return slice(request.start_week, request.end_week + 1)

    def short_weeks(self, member: int, request: Request, hours: float) -> np.ndarray:
        """Weeks (absolute indices) in which this member lacks the hours."""
        span = self._span(request)
        return np.flatnonzero(self.free[member, span] < hours - EPS) + request.start_week

    def municipality_limit_weeks(self, member: int, request: Request) -> np.ndarray:
        """Weeks in which taking this request would exceed the member's municipalities limit."""
        span = self._span(request)
        presence = self.presence.get((member, request.municipality))
        new_there = presence[span] <= 0 if presence is not None else True
        limit = self.prep.max_municipalities[member]
        return np.flatnonzero(new_there & (self.count[member, span] >= limit)) + request.start_week

    def fits(self, member: int, request: Request, hours: float) -> bool:
        span = self._span(request)
        if self.free[member, span].min() < hours - EPS:
            return False
        return len(self.municipality_limit_weeks(member, request)) == 0

    def add(self, member: int, request: Request, hours: float) -> None:
        span = self._span(request)
        self.free[member, span] -= hours
        key = (member, request.municipality)
        presence = self.presence.setdefault(key, np.zeros(self.prep.weeks))
        self.count[member, span] += presence[span] <= 0
        presence[span] += 1

    def remove(self, member: int, request: Request, hours: float) -> None:
        span = self._span(request)
        self.free[member, span] += hours
        presence = self.presence[(member, request.municipality)]
        presence[span] -= 1
        self.count[member, span] -= presence[span] <= 0

    def add_parts(self, parts: tuple[Part, ...]) -> None:
        for p in parts:
            self.add(p.member, self.prep.data.requests[p.request], p.hours)

    def remove_parts(self, parts: tuple[Part, ...]) -> None:
        for p in parts:
            self.remove(p.member, self.prep.data.requests[p.request], p.hours)

    def fits_parts(self, parts: tuple[Part, ...]) -> bool:
        """Whether all parts fit together (two parts never share a member)."""
        return all(self.fits(p.member, self.prep.data.requests[p.request], p.hours) for p in parts)


def ledger_for(prep: Prepared, solution: Solution) -> Ledger:
    ledger = Ledger(prep)
    for parts in solution.values():
        ledger.add_parts(parts)
    return ledger
