"""Solve one component: fair greedy warm start, HiGHS model, keep the better, repair fairness."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from flexpool.engines.matching.capacity import Ledger, Solution, ledger_for
from flexpool.engines.matching.heuristic import fair_greedy
from flexpool.engines.matching.highs_backend import (
    HighsComponent,
    lp_dive,
    solution_from_values,
)
from flexpool.engines.matching.lns import improve
from flexpool.engines.matching.model import (
    add_municipality_rows,
    build_model,
    warm_start_values,
)
from flexpool.engines.matching.problem import Problem
from flexpool.engines.matching.results import SolveStatus
from flexpool.engines.matching.rounding import round_lp, shift_moves
from flexpool.engines.matching.transfers import repair_fairness

# Above this many requests branch and cut rarely improves a plan in time: improve it by LNS.
LNS_FROM_REQUESTS = 150
MIN_LP_S = 10.0  # the bound is not optional: largest parts need a few seconds
# Parts this small are solved exactly even when their time share has run out (milliseconds).
ALWAYS_EXACT_REQUESTS = 60
# Below this a solve is not worth starting: the heuristic plan stands with the trivial bound.
MIN_SOLVE_S = 0.05


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
    lp = backend.relaxation(md, max(time_left(), MIN_LP_S))
    bound = min(bound, lp.bound)
    if lp.values is not None:
        dived = lp.values
        if time_left() > MIN_SOLVE_S:
            dived = lp_dive(backend, problem, c, md, dived, time.monotonic() + 0.1 * time_left())
        rounded = round_lp(problem, c, md, dived)
        if time_left() > MIN_SOLVE_S:
            shift_moves(problem, c, rounded, time.monotonic() + 0.1 * max(0.0, time_left()))
        if problem.objective(rounded, [c]) > problem.objective(best, [c]):
            best = rounded
    if len(problem.components[c]) > LNS_FROM_REQUESTS and time_left() > MIN_SOLVE_S:
        best, stopped = improve(problem, c, best, time.monotonic() + time_left(), stop=stop)
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


def _finish(
    problem: Problem, c: int, best: Solution, bound: float, status: SolveStatus, greedy: float
) -> ComponentResult:
    repair_fairness(problem, best, ledger_for(problem.prep, best), [c])
    return ComponentResult(c, best, problem.objective(best, [c]), bound, status, greedy)


def heuristic_only(problem: Problem, c: int, status: SolveStatus) -> ComponentResult:
    """For parts the caller stopped before their turn: greedy plan, trivial bound."""
    solution = fair_greedy(problem, [c], Ledger(problem.prep))
    repair_fairness(problem, solution, ledger_for(problem.prep, solution), [c])
    objective = problem.objective(solution, [c])
    bound = problem.upper_bound_trivial(c)
    return ComponentResult(c, solution, objective, bound, status, objective)
