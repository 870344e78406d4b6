"""Fast plans: the fair greedy that warm-starts the model, and the coordinator's baseline.

The fair greedy serves municipalities round-robin, always the one furthest below its fair share
next; within a municipality the most urgent and hardest-to-staff request first; each request goes
to the feasible candidate with the most points, or to the best feasible pair if it may be split.
"""

from __future__ import annotations

import heapq
import itertools

from flexpool.engines.matching.capacity import Ledger, Part, Solution
from flexpool.engines.matching.domain import Request
from flexpool.engines.matching.prepared import EPS
from flexpool.engines.matching.problem import Candidates, Problem

PAIR_POOL = 12  # best partial candidates considered when looking for a pair


def best_single(problem: Problem, ledger: Ledger, r: int) -> Part | None:
    request = problem.prep.data.requests[r]
    cand = problem.cands[r]
    best, best_coef = None, -1.0
    for m in cand.full.tolist():
        coef = cand.coef[m]
        if coef > best_coef and ledger.fits(m, request, request.hours_per_week):
            best, best_coef = m, coef
    return None if best is None else Part(r, best, request.hours_per_week)


def _room(ledger: Ledger, m: int, request: Request) -> float:
    if len(ledger.municipality_limit_weeks(m, request)):
        return 0.0
    return float(ledger.free[m, request.start_week : request.end_week + 1].min())


def best_pair(problem: Problem, ledger: Ledger, r: int) -> tuple[Part, Part] | None:
    return pair_for(ledger, problem.prep.data.requests[r], r, problem.cands[r])


def pair_for(ledger: Ledger, request: Request, r: int, cand: Candidates) -> tuple[Part, Part] | None:
    """Two members who together meet every requirement, each taking at least the minimum share."""
    if not request.splittable or len(cand.partial) < 2:
        return None
    h = request.hours_per_week
    low = ledger.prep.settings.split_min_share * h
    ranked = sorted(cand.partial.tolist(), key=lambda m: -cand.coef[m])
    pool = [(m, room) for m in ranked if (room := _room(ledger, m, request)) >= low - EPS]
    best, best_points = None, -1.0
    for (a, room_a), (b, room_b) in itertools.combinations(pool[:PAIR_POOL], 2):
        if not all(a in cover or b in cover for cover in cand.covers.values()):
            continue
        hi_a, lo_a = min(room_a, h - low), max(low, h - room_b)
        if lo_a > hi_a + EPS:
            continue
        hours_a = hi_a if cand.coef[a] >= cand.coef[b] else lo_a
        points = hours_a * cand.coef[a] + (h - hours_a) * cand.coef[b]
        if points > best_points:
            best, best_points = (Part(r, a, hours_a), Part(r, b, h - hours_a)), points
    return best


def fair_greedy(
    problem: Problem, components: list[int], ledger: Ledger, start: Solution | None = None
) -> Solution:
    """`start`, if given, is kept (and must already be in `ledger`); the rest is filled in."""
    requests = problem.prep.data.requests
    solution: Solution = dict(start or {})
    queues: dict[tuple[int, str], list[int]] = {}
    served: dict[tuple[int, str], float] = {}
    for c in components:
        for r in problem.components[c]:
            # A shared request waits in its lead's queue; what it delivers counts for every partner.
            for g, fraction in requests[r].payers:
                hours = requests[r].volume * fraction if r in solution else 0.0
                served[(c, g)] = served.get((c, g), 0.0) + hours
            if r not in solution:
                queues.setdefault((c, requests[r].municipality), []).append(r)
    for rs in queues.values():
        # Urgent first, then the request with the fewest people who could do it.
        rs.sort(key=lambda r: (requests[r].priority, len(problem.cands[r].full), r), reverse=True)
    heap = [(_ratio(problem, key, served[key]), key) for key in queues]
    heapq.heapify(heap)
    while heap:
        _, key = heapq.heappop(heap)
        r = queues[key].pop()
        single = best_single(problem, ledger, r)
        parts = (single,) if single is not None else best_pair(problem, ledger, r)
        if parts is not None:
            ledger.add_parts(parts)
            solution[r] = parts
            for g, fraction in requests[r].payers:
                served[(key[0], g)] += requests[r].volume * fraction
        if queues[key]:
            heapq.heappush(heap, (_ratio(problem, key, served[key]), key))
    return solution


def _ratio(problem: Problem, key: tuple[int, str], served: float) -> float:
    target = problem.shares.target.get(key, 0.0)
    return served / target if target > 0 else 1e9


def baseline_greedy(problem: Problem) -> Solution:
    """What a coordinator's spreadsheet does: requests first come first served, each to the first
    member on the list who meets the hard rules and has room. No splits, no look-ahead."""
    ledger = Ledger(problem.prep)
    requests = problem.prep.data.requests
    solution: Solution = {}
    for r, request in enumerate(requests):
        for m in sorted(problem.cands[r].full.tolist()):
            if ledger.fits(m, request, request.hours_per_week):
                part = Part(r, m, request.hours_per_week)
                ledger.add_parts((part,))
                solution[r] = (part,)
                break
    return solution
