"""Large neighbourhood search: re-optimise a few members' work with the MIP, the rest fixed.

On big components branch and cut spends its time on the root and rarely improves the plan; the
LP bound itself is tight (within about 1% on components it can solve to the end). So the engine
improves the plan piecewise: pick a handful of members who compete for the same open requests,
fix every other assignment at its current value and let HiGHS solve the small remainder exactly.
"""

from __future__ import annotations

import random
import time

import numpy as np

from flexpool.engines.matching.capacity import Solution
from flexpool.engines.matching.highs_backend import HighsComponent, solution_from_values
from flexpool.engines.matching.model import ModelData, add_municipality_rows, warm_start_values
from flexpool.engines.matching.problem import Problem

NEIGHBOURHOOD_MEMBERS = 6
SUB_SOLVE_S = 1.5


def _neighbourhood(
    problem: Problem, c: int, md: ModelData, solution: Solution, rng: random.Random
) -> set[int]:
    open_requests = [r for r in problem.components[c] if r not in solution]
    members = list(md.by_member)
    seed_request = rng.choice(open_requests) if open_requests else None
    chosen: set[int] = set()
    frontier = list(problem.cands[seed_request].coef) if seed_request is not None else []
    frontier = frontier or [rng.choice(members)]
    rng.shuffle(frontier)
    while frontier and len(chosen) < NEIGHBOURHOOD_MEMBERS:
        m = frontier.pop()
        if m in chosen:
            continue
        chosen.add(m)
        # Members who could take over this member's requests come next.
        for r in rng.sample(md.by_member[m], min(3, len(md.by_member[m]))):
            frontier.extend(rng.sample(list(problem.cands[r].coef), min(2, len(problem.cands[r].coef))))
    return chosen


def _fix_outside(md: ModelData, backend: HighsComponent, warm: np.ndarray, free: set[int]) -> None:
    lower = np.asarray(md.lower, dtype=np.float64).copy()
    upper = np.asarray(md.upper, dtype=np.float64).copy()
    free_requests: set[int] = set()
    for (r, m), j in md.x.items():
        if m in free:
            free_requests.add(r)
            continue
        lower[j] = upper[j] = warm[j]
        if (r, m) in md.h:
            lower[md.h[(r, m)]] = upper[md.h[(r, m)]] = warm[md.h[(r, m)]]
    for r, y in md.y.items():
        if r not in free_requests:
            lower[y] = upper[y] = warm[y]
    for (m, _, _), z in md.z.items():
        if m not in free:
            lower[z] = upper[z] = warm[z]
    n = backend.cols
    backend.highs.changeColsBounds(n, np.arange(n, dtype=np.int32), lower[:n], upper[:n])


def improve(
    problem: Problem,
    c: int,
    md: ModelData,
    backend: HighsComponent,
    solution: Solution,
    until: float,
    seed: int = 0,
) -> Solution:
    from flexpool.engines.matching.components import members_over_limit, valid

    rng = random.Random(seed + c)
    best, best_objective = solution, problem.objective(solution, [c])
    while time.monotonic() + 0.2 < until:
        free = _neighbourhood(problem, c, md, best, rng)
        for m in free:  # small sub-models can afford the exact municipalities rows
            add_municipality_rows(problem, md, m)
        warm = warm_start_values(problem, c, md, best)
        backend.sync(md)
        _fix_outside(md, backend, warm, free)
        result = backend.solve(md, warm, min(SUB_SOLVE_S, until - time.monotonic()))
        if result.values is None:
            continue
        candidate = solution_from_values(problem, c, md, result.values)
        over = members_over_limit(problem, candidate)
        if over:
            for m in over:
                add_municipality_rows(problem, md, m)
            continue
        objective = problem.objective(candidate, [c])
        if objective > best_objective + 1e-6 and valid(problem, candidate):
            best, best_objective = candidate, objective
    n = backend.cols
    backend.highs.changeColsBounds(
        n,
        np.arange(n, dtype=np.int32),
        np.asarray(md.lower[:n], dtype=np.float64),
        np.asarray(md.upper[:n], dtype=np.float64),
    )
    return best
