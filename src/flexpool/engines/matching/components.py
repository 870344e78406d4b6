"""Solve one component: fair greedy warm start, HiGHS model, keep the better, repair fairness."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from flexpool.engines.matching.capacity import Ledger, Solution, ledger_for
from flexpool.engines.matching.cuts import KnapsackCuts
from flexpool.engines.matching.heuristic import fair_greedy
from flexpool.engines.matching.highs_backend import (
    BackendResult,
    HighsComponent,
    lp_dive,
    solution_from_values,
)
from flexpool.engines.matching.lns import improve, restricted_problem, solve_sub
from flexpool.engines.matching.model import (
    ModelData,
    add_municipality_rows,
    build_model,
    warm_start_values,
)
from flexpool.engines.matching.problem import Problem
from flexpool.engines.matching.results import SolveStatus
from flexpool.engines.matching.rounding import round_lp, shift_moves
from flexpool.engines.matching.transfers import repair_fairness

# Above this many requests branch and cut rarely improves a plan in time: improve it by LNS.
LNS_FROM_REQUESTS = 100
MIN_LP_S = 20.0  # the bound is not optional: largest parts need seconds, more on a busy machine
# Parts this small are solved exactly even when their time share has run out (milliseconds).
ALWAYS_EXACT_REQUESTS = 60
# Below this a solve is not worth starting: the heuristic plan stands with the trivial bound.
MIN_SOLVE_S = 0.05
# Cut rounds after the LP: at most this many, within the larger of a share of the part's time
# and a fraction of the LP's own time (each round re-solves from the basis in a fraction of it).
CUT_ROUNDS = 4
CUT_SHARE = 0.1
CUT_LP_RATIO = 0.5
CUT_SCARCE_BELOW = 2.2  # supply/demand
DIVE_SHARE = 0.1
SHIFT_SHARE = 0.1
# The MIP on the LP's support, on parts whose support is at most RESTRICTED_MAX_COLUMNS
# assignments, for a share of what is left. It finds its plans at the end of its root, which
# with a small cut pool (highs_backend.CUT_POOL_SOFT_LIMIT) takes under a second to a few
# seconds, also on the supports of the largest parts (1,000 requests); the rest of the time
# goes to LNS on the support (step by step, so never empty-handed), or beyond the support once
# the restricted MIP is solved to optimality.
RESTRICTED_SHARE = 0.6
RESTRICTED_MAX_COLUMNS = 3000
SUPPORT_MIN = 1e-6  # LP value from which an assignment counts as used


@dataclass(frozen=True, slots=True)
class ComponentResult:
    component: int
    solution: Solution
    objective: float
    bound: float
    status: SolveStatus
    heuristic_objective: float


def members_over_limit(problem: Problem, solution: Solution) -> set[int]:
    ledger = ledger_for(problem.prep, solution)
    limit = problem.prep.max_municipalities[:, None]
    # Confirmed work alone may already exceed a limit; only what the plan adds counts.
    over = (ledger.count > limit) & (ledger.count > problem.prep.fixed_municipality_count)
    return set(np.flatnonzero(over.any(axis=1)).tolist())


def valid(problem: Problem, solution: Solution) -> bool:
    """Re-check the model's answer with the same ledger the heuristic uses (numerical safety)."""
    ledger = Ledger(problem.prep)
    for r, parts in solution.items():
        team = {p.member for p in parts}
        if not all(team & cover for cover in problem.cands[r].covers.values()):
            return False
        if len(parts) == 1 and parts[0].member not in set(problem.cands[r].full.tolist()):
            return False
        if not ledger.fits_parts(parts):
            return False
        ledger.add_parts(parts)
    return True


def solve_component(
    problem: Problem,
    c: int,
    share: float,
    deadline: float,
    lanes: int = 1,
    stop: Callable[[], bool] | None = None,
) -> ComponentResult:
    """`share`: this part's size over the size of itself and every part after it in the queue;
    its time is that share of what is left, times the lanes working in parallel. `stop()` is
    checked between the steps and inside the improvement loop: the best plan so far is returned
    (status STOPPED) with the bound proven so far."""
    started = time.monotonic()
    stop = stop or (lambda: False)
    settings = problem.prep.settings
    budget_s = max(0.0, deadline - started) * min(1.0, share * lanes)

    floor = 1.0 if len(problem.components[c]) <= ALWAYS_EXACT_REQUESTS else 0.0

    def time_left() -> float:
        if stop():
            return 0.0
        left = min(budget_s - (time.monotonic() - started), deadline - time.monotonic())
        return max(left, floor - (time.monotonic() - started))

    greedy = fair_greedy(problem, [c], Ledger(problem.prep))
    greedy_objective = problem.objective(greedy, [c])
    best, status = greedy, SolveStatus.HEURISTIC
    bound = problem.upper_bound_trivial(c)
    if stop():
        return _finish(problem, c, best, bound, SolveStatus.STOPPED, greedy_objective)
    md = build_model(problem, c)
    backend = HighsComponent(settings.target_gap)
    if stop():
        return _finish(problem, c, best, bound, SolveStatus.STOPPED, greedy_objective)
    # The LP bound is always computed (the gap must be stated); small parts take milliseconds.
    lp_started = time.monotonic()
    lp = backend.relaxation(md, max(time_left(), MIN_LP_S))
    lp_s = time.monotonic() - lp_started
    if lp.values is not None and time_left() > MIN_SOLVE_S:
        # Cut rounds re-solve from the basis, a fraction of the LP's own time each.
        # Only scarce parts get cut rounds beyond their time share: there the LP is loosest.
        extra = CUT_LP_RATIO * lp_s if problem.supply_ratio(c) < CUT_SCARCE_BELOW else 0.0
        cut_s = min(max(CUT_SHARE * time_left(), extra), time_left())
        lp = _tighten(backend, md, lp, time.monotonic() + cut_s)
    bound = min(bound, lp.bound)
    support: dict[int, set[int]] | None = None
    if lp.values is not None:
        dived = lp.values
        if time_left() > MIN_SOLVE_S:
            dived = lp_dive(backend, problem, c, md, dived, time.monotonic() + DIVE_SHARE * time_left())
        rounded = round_lp(problem, c, md, dived)
        if time_left() > MIN_SOLVE_S:
            shift_moves(problem, c, rounded, time.monotonic() + SHIFT_SHARE * time_left())
        if problem.objective(rounded, [c]) > problem.objective(best, [c]):
            best = rounded
        support = lp_support(md, lp.values, best)
        columns = sum(len(ms) for ms in support.values())
        if columns <= RESTRICTED_MAX_COLUMNS and time_left() > MIN_SOLVE_S:
            until = time.monotonic() + RESTRICTED_SHARE * time_left()
            found, exhausted = restricted_mip(problem, c, support, best, until)
            status = SolveStatus.TIME_LIMIT  # a solve ran; only the full MIP proves optimality
            if found is not None:
                best = fair_greedy(problem, [c], ledger_for(problem.prep, found), found)
            if exhausted:
                support = None  # nothing better on the support: LNS looks beyond it
    if len(problem.components[c]) > LNS_FROM_REQUESTS and time_left() > MIN_SOLVE_S:
        until = time.monotonic() + time_left()
        best, stopped = improve(problem, c, best, until, stop=stop, allowed=support)
        status = SolveStatus.STOPPED if stopped else SolveStatus.TIME_LIMIT
    warm = warm_start_values(problem, c, md, best)
    while time_left() > MIN_SOLVE_S:
        if bound - problem.objective(best, [c]) <= settings.target_gap * abs(bound):
            status = SolveStatus.OPTIMAL  # proven close enough already
            break
        result = backend.solve(md, warm, time_left())
        bound = min(bound, result.bound)  # a relaxation's bound stays valid for the full model
        if result.values is None:
            break
        candidate = solution_from_values(problem, c, md, result.values)
        over_limit = members_over_limit(problem, candidate)
        if not over_limit:
            better = problem.objective(candidate, [c]) >= problem.objective(best, [c])
            if valid(problem, candidate) and better:
                best, status = candidate, result.status
            break
        if over_limit <= md.limited:
            break  # numerical trouble: keep the heuristic plan
        for m in over_limit:
            add_municipality_rows(problem, md, m)
        warm = warm_start_values(problem, c, md, best)
    if stop() and status != SolveStatus.OPTIMAL:
        status = SolveStatus.STOPPED
    return _finish(problem, c, best, bound, status, greedy_objective)


def _tighten(backend: HighsComponent, md: ModelData, lp: BackendResult, until: float) -> BackendResult:
    """Rounds of knapsack cuts on the LP point, each re-solved from the last basis. Returns the
    last relaxation solved to optimality (a proven bound, never above the plain LP's)."""
    cuts = KnapsackCuts(md)
    for _ in range(CUT_ROUNDS):
        if lp.values is None or time.monotonic() >= until or not cuts.separate(lp.values):
            break
        tighter = backend.relaxation(md, until - time.monotonic())
        if tighter.values is None:
            break  # out of time: the last optimum stands (the cuts are valid either way)
        lp = tighter
    return lp


def lp_support(md: ModelData, lp_values: np.ndarray, incumbent: Solution) -> dict[int, set[int]]:
    """Request -> the people the LP gives some of it, and the person the plan gives it."""
    allowed: dict[int, set[int]] = {}
    for (r, m), j in md.x.items():
        if lp_values[j] >= SUPPORT_MIN:
            allowed.setdefault(r, set()).add(m)
    for r, parts in incumbent.items():
        allowed.setdefault(r, set()).update(p.member for p in parts)
    return allowed


def restricted_mip(
    problem: Problem, c: int, allowed: dict[int, set[int]], incumbent: Solution, until: float
) -> tuple[Solution | None, bool]:
    """The part's MIP on the LP's support (relaxation-induced neighbourhood): each request keeps
    only the people in `allowed`, as a small model of its own with every municipalities row.
    Returns a better valid plan (or None) and whether the restricted MIP was solved to
    optimality. Its bound is not a bound of the part."""
    sub = restricted_problem(problem, c, allowed)
    gap = problem.prep.settings.target_gap
    found, optimal = solve_sub(sub, incumbent, until, until - time.monotonic(), gap)
    if found is None or problem.objective(found, [c]) <= problem.objective(incumbent, [c]) + 1e-6:
        return None, optimal
    if not valid(problem, found) or members_over_limit(problem, found):
        return None, False
    return found, optimal


def _finish(
    problem: Problem, c: int, best: Solution, bound: float, status: SolveStatus, greedy: float
) -> ComponentResult:
    best = repair_and_fill(problem, c, best)
    return ComponentResult(c, best, problem.objective(best, [c]), bound, status, greedy)


def repair_and_fill(problem: Problem, c: int, solution: Solution) -> Solution:
    """The fairness repair, then every open request that now fits is served (the MIP on the
    LP's support and moves along it never look at the other candidates, and a repair frees
    room), and so on until nothing changes. Each fill only adds requests, so this ends."""
    ledger = ledger_for(problem.prep, solution)
    while True:
        repair_fairness(problem, solution, ledger, [c])
        served = len(solution)
        solution = fair_greedy(problem, [c], ledger, solution)
        if len(solution) == served:
            return solution


def heuristic_only(problem: Problem, c: int, status: SolveStatus) -> ComponentResult:
    """For parts the caller stopped before their turn: greedy plan, trivial bound."""
    solution = repair_and_fill(problem, c, fair_greedy(problem, [c], Ledger(problem.prep)))
    objective = problem.objective(solution, [c])
    bound = problem.upper_bound_trivial(c)
    return ComponentResult(c, solution, objective, bound, status, objective)
