"""Primal improvement: round the LP relaxation, then repair by moving one assignment aside.

The LP relaxation of this model is nearly integral in the *requests* it serves but spreads them
fractionally over members; rounding in order of LP weight, then the fair greedy for the rest,
recovers most of the LP's value. The shift move then serves an open request by moving one of a
candidate's other requests to someone else.
"""

from __future__ import annotations

import time

import numpy as np

from flexpool.engines.matching.capacity import Ledger, Part, Solution
from flexpool.engines.matching.heuristic import best_pair, best_single, fair_greedy
from flexpool.engines.matching.model import ModelData
from flexpool.engines.matching.problem import Problem


def round_lp(problem: Problem, c: int, md: ModelData, values: np.ndarray) -> Solution:
    requests = problem.prep.data.requests
    ledger = Ledger(problem.prep)
    solution: Solution = {}
    # Split requests the LP decided: take its members and hours as they are.
    for r, y in sorted(md.y.items(), key=lambda item: -values[item[1]]):
        members = [m for m in problem.cands[r].coef if values[md.x[(r, m)]] > 0.99]
        covers = problem.cands[r].covers.values()
        if values[y] < 0.99 or not 1 <= len(members) <= 2:
            continue
        if not all(any(m in cover for m in members) for cover in covers):
            continue  # the LP met a requirement only fractionally
        hours = [float(values[md.h[(r, m)]]) for m in members]
        hours[-1] = requests[r].hours_per_week - sum(hours[:-1])
        parts = tuple(Part(r, m, h) for m, h in zip(members, hours, strict=True))
        if ledger.fits_parts(parts):
            ledger.add_parts(parts)
            solution[r] = parts
    weighted = sorted(
        ((values[j], problem.cands[r].coef[m], r, m) for (r, m), j in md.x.items()),
        reverse=True,
    )
    for weight, _, r, m in weighted:
        if weight < 1e-3:
            break
        if r in solution:
            continue
        request = requests[r]
        if m in set(problem.cands[r].full.tolist()) and ledger.fits(m, request, request.hours_per_week):
            solution[r] = (Part(r, m, request.hours_per_week),)
            ledger.add_parts(solution[r])
    for r, y in md.y.items():
        if r not in solution and values[y] > 0.5 and (pair := best_pair(problem, ledger, r)):
            ledger.add_parts(pair)
            solution[r] = pair
    return fair_greedy(problem, [c], ledger, solution)


def shift_moves(problem: Problem, c: int, solution: Solution, deadline: float) -> int:
    """Serve open requests by moving one blocking single-member assignment to another candidate;
    apply a move only if the objective rises. Returns the number of moves."""
    prep = problem.prep
    requests = prep.data.requests
    ledger = Ledger(prep)
    for parts in solution.values():
        ledger.add_parts(parts)
    by_member: dict[int, set[int]] = {}
    for r, parts in solution.items():
        for p in parts:
            by_member.setdefault(p.member, set()).add(r)
    moves = 0
    open_requests = [r for r in problem.components[c] if r not in solution and len(problem.cands[r].full)]
    open_requests.sort(key=lambda r: -requests[r].volume)
    for r in open_requests:
        if time.monotonic() > deadline:
            break
        base = problem.objective(solution, [c])
        request = requests[r]
        if (single := best_single(problem, ledger, r)) is not None:
            _apply(solution, ledger, by_member, r, (single,))
            moves += 1
            continue
        done = False
        for m in sorted(problem.cands[r].full.tolist(), key=lambda m: -problem.cands[r].coef[m]):
            for b in sorted(by_member.get(m, ())):
                parts_b = solution[b]
                rb = requests[b]
                if len(parts_b) != 1 or rb.end_week < request.start_week or rb.start_week > request.end_week:
                    continue
                ledger.remove_parts(parts_b)
                if ledger.fits(m, request, request.hours_per_week):
                    ledger.add(m, request, request.hours_per_week)
                    other = best_single(problem, ledger, b)
                    ledger.remove(m, request, request.hours_per_week)
                    if other is not None and other.member != m:
                        trial = dict(solution)
                        trial[b] = (other,)
                        trial[r] = (Part(r, m, request.hours_per_week),)
                        if problem.objective(trial, [c]) > base + 1e-9:
                            by_member[m].discard(b)
                            del solution[b]
                            _apply(solution, ledger, by_member, b, (other,))
                            _apply(solution, ledger, by_member, r, trial[r])
                            moves += 1
                            done = True
                            break
                ledger.add_parts(parts_b)
            if done:
                break
    return moves


def _apply(
    solution: Solution, ledger: Ledger, by_member: dict[int, set[int]], r: int, parts: tuple[Part, ...]
) -> None:
    ledger.add_parts(parts)
    solution[r] = parts
    for p in parts:
        by_member.setdefault(p.member, set()).add(r)
