"""The plain CP-SAT model of the GAP: the benchmark's reference solver, and the outcome type
the exact solvers share."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from ortools.sat.python import cp_model

from flexpool.engines.matching.gap.instance import GapInstance, IntVector

_STOP_POLL_S = 0.05


@dataclass(frozen=True)
class ExactOutcome:
    """What an exact solver (CP-SAT or HiGHS) returned: a solution and a proven bound."""

    assignment: IntVector | None
    objective: int | None
    bound: float
    optimal: bool
    infeasible: bool


def _make_solver(time_limit_s: float, workers: int, seed: int) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.01, time_limit_s)
    solver.parameters.num_workers = max(1, workers)
    solver.parameters.random_seed = seed
    solver.parameters.log_search_progress = False
    return solver


def _solve_with_stop(
    solver: cp_model.CpSolver, model: cp_model.CpModel, stop: Callable[[], bool] | None
) -> cp_model.CpSolverStatus:
    """Solve, polling ``stop`` from a watcher thread (CP-SAT releases the GIL)."""
    if stop is None:
        return solver.solve(model)
    finished = threading.Event()

    def watch() -> None:
        while not finished.wait(_STOP_POLL_S):
            if stop():
                solver.stop_search()
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        return solver.solve(model)
    finally:
        finished.set()
        watcher.join()


def solve_full_model(
    instance: GapInstance,
    time_limit_s: float,
    workers: int,
    seed: int = 0,
    hint: IntVector | None = None,
    stop: Callable[[], bool] | None = None,
    upper_bound: int | None = None,
) -> ExactOutcome:
    """Solve the whole GAP with CP-SAT (optionally warm-started from ``hint``).

    ``upper_bound`` (the incumbent's cost) lets CP-SAT prune; its bound stays valid for the
    original problem because every solution it cuts off is no better than the incumbent.
    """
    m, n = instance.cost.shape
    model = cp_model.CpModel()
    allowed = instance.weight <= instance.capacity[:, None]
    x: list[list[cp_model.IntVar | None]] = [[None] * n for _ in range(m)]
    for i in range(m):
        for j in np.flatnonzero(allowed[i]).tolist():
            x[i][j] = model.new_bool_var(f"x{i}_{j}")
    for j in range(n):
        column = [var for var in (x[i][j] for i in range(m)) if var is not None]
        if not column:
            return ExactOutcome(None, None, float("inf"), False, infeasible=True)
        model.add_exactly_one(column)
    objective_terms: list[cp_model.LinearExprT] = []
    for i in range(m):
        jobs = np.flatnonzero(allowed[i])
        variables = [x[i][j] for j in jobs]
        model.add(
            cp_model.LinearExpr.weighted_sum(variables, instance.weight[i, jobs].tolist())
            <= int(instance.capacity[i])
        )
        objective_terms.append(cp_model.LinearExpr.weighted_sum(variables, instance.cost[i, jobs].tolist()))
    objective = sum(objective_terms)
    if upper_bound is not None:
        model.add(objective <= upper_bound)
    model.minimize(objective)
    if hint is not None:
        for j in range(n):
            for i in range(m):
                var = x[i][j]
                if var is not None:
                    model.add_hint(var, int(hint[j]) == i)

    solver = _make_solver(time_limit_s, workers, seed)
    status = _solve_with_stop(solver, model, stop)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        assignment = np.empty(n, dtype=np.int64)
        for j in range(n):
            assignment[j] = next(
                i for i in range(m) if (var := x[i][j]) is not None and solver.boolean_value(var)
            )
        return ExactOutcome(
            assignment=assignment,
            objective=instance.objective(assignment),
            bound=float(solver.best_objective_bound),
            optimal=status == cp_model.OPTIMAL,
            infeasible=False,
        )
    infeasible = status == cp_model.INFEASIBLE
    # With an upper-bound cut, "infeasible" means the incumbent is optimal.
    bound = float(upper_bound) if infeasible and upper_bound is not None else float("-inf")
    if status == cp_model.UNKNOWN:
        bound = float(solver.best_objective_bound)
    return ExactOutcome(None, None, bound, False, infeasible=infeasible and upper_bound is None)
