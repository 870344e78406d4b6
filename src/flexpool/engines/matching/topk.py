"""Interactive mode: the best candidates for one request, for the intake screen.

Build a `Matcher` once per pool snapshot (members, confirmed work and, optionally, the current
plan); each `top_k` call then costs a few milliseconds at national size.
"""

from __future__ import annotations

from dataclasses import dataclass

from flexpool.engines.matching.capacity import Ledger
from flexpool.engines.matching.domain import MatchingInput, PoolSettings, Request
from flexpool.engines.matching.explain import breakdown, week_ranges
from flexpool.engines.matching.heuristic import pair_for
from flexpool.engines.matching.prepared import Prepared
from flexpool.engines.matching.problem import build_candidates
from flexpool.engines.matching.results import CriterionScore, Plan


@dataclass(frozen=True, slots=True)
class Candidate:
    member_id: str
    points: float  # objective points for doing the whole request (or their part of it)
    available: bool  # has room in every week and stays within the municipalities limit
    hours_per_week: float
    criteria: tuple[CriterionScore, ...]
    note: str = ""  # Dutch, why not available, e.g. "vol in week 12–14"


@dataclass(frozen=True, slots=True)
class TopK:
    request_id: str
    candidates: tuple[Candidate, ...]  # meet every hard rule except room; available first
    pair: tuple[Candidate, Candidate] | None  # best split, if allowed and nobody fits alone


class Matcher:
    def __init__(
        self, data: MatchingInput, settings: PoolSettings | None = None, plan: Plan | None = None
    ) -> None:
        self.prep = Prepared(data, settings or PoolSettings())
        self.ledger = Ledger(self.prep)
        if plan is not None:
            by_id = {r.id: r for r in data.requests}
            for a in plan.assignments:
                member = self.prep.member_index[a.member_id]
                self.ledger.add(member, by_id[a.request_id], a.hours_per_week)

    def _candidate(self, request: Request, m: int, hours: float, coef: float) -> Candidate:
        short = self.ledger.short_weeks(m, request, hours)
        limited = self.ledger.municipality_limit_weeks(m, request)
        note = ""
        if len(short):
            note = "vol in " + week_ranges(short)
        elif len(limited):
            note = "maximum aantal gemeenten in " + week_ranges(limited)
        return Candidate(
            member_id=self.prep.data.members[m].id,
            points=hours * request.weeks * coef,
            available=not note,
            hours_per_week=hours,
            criteria=breakdown(self.prep, request, m, hours),
            note=note,
        )

    def _part(self, request: Request, m: int, hours: float, coef: dict[int, float]) -> Candidate:
        return self._candidate(request, m, hours, coef[m])

    def top_k(self, request: Request, k: int = 5) -> TopK:
        h = request.hours_per_week
        qualified = self.prep.full_candidates(request, check_room=False)
        points = self.prep.coefficients(request, qualified).tolist()
        coef = dict(zip(qualified.tolist(), points, strict=True))
        fits = {m: self.ledger.fits(m, request, h) for m in coef}
        ranked = sorted(fits, key=lambda m: (not fits[m], -coef[m]))[:k]
        singles = tuple(self._candidate(request, m, h, coef[m]) for m in ranked)
        pair = None
        if not any(c.available for c in singles):
            cand = build_candidates(self.prep, request)
            parts = pair_for(self.ledger, request, -1, cand)
            if parts is not None:
                a, b = (self._part(request, p.member, p.hours, cand.coef) for p in parts)
                pair = (a, b)
        return TopK(request.id, singles, pair)
