"""CP-SAT models of the GAP: the full model and restricted sub-models for LNS.

A sub-model frees a set of jobs and lets them move among a set of agents; all other jobs
stay where they are, so each agent's capacity is what the fixed jobs leave over. If the
current assignment overloads an agent, the sub-model may keep some overload but pays a
steep price per unit, which lets the same machinery repair infeasible starts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
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
) -> int:
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
        for j in np.flatnonzero(allowed[i]):
            x[i][j] = model.new_bool_var(f"x{i}_{j}")
    for j in range(n):
        column = [x[i][j] for i in range(m) if x[i][j] is not None]
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
                if x[i][j] is not None:
                    model.add_hint(x[i][j], int(hint[j]) == i)

    solver = _make_solver(time_limit_s, workers, seed)
    status = _solve_with_stop(solver, model, stop)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        assignment = np.empty(n, dtype=np.int64)
        for j in range(n):
            assignment[j] = next(i for i in range(m) if x[i][j] is not None and solver.boolean_value(x[i][j]))
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


@dataclass(frozen=True)
class SubProblem:
    """Jobs set free to move among ``agents``; ``free_capacity`` is what fixed jobs leave."""

    agents: tuple[int, ...]
    jobs: tuple[int, ...]
    free_capacity: tuple[int, ...]
    overload_penalty: int


@dataclass(frozen=True)
class SubSolution:
    """New agent per freed job, its penalised objective, and whether CP-SAT proved it."""

    moves: dict[int, int]
    objective: int
    optimal: bool


def solve_sub_problem(
    instance: GapInstance,
    sub: SubProblem,
    current: IntVector,
    time_limit_s: float,
    seed: int,
) -> SubSolution | None:
    """Re-optimise the sub-problem with CP-SAT on one worker; None if nothing was found."""
    model = cp_model.CpModel()
    jobs: Sequence[int] = sub.jobs
    variables: dict[tuple[int, int], cp_model.IntVar] = {}
    for job in jobs:
        column = []
        for agent, free in zip(sub.agents, sub.free_capacity, strict=True):
            # Allow heavy pairs only where the job already is (keeps the hint valid).
            if instance.weight[agent, job] <= max(free, 0) or current[job] == agent:
                var = model.new_bool_var("")
                variables[agent, job] = var
                column.append(var)
                model.add_hint(var, int(current[job]) == agent)
        if not column:
            return None
        model.add_exactly_one(column)
    terms: list[cp_model.LinearExprT] = []
    for agent, free in zip(sub.agents, sub.free_capacity, strict=True):
        pairs = [(var, job) for (a, job), var in variables.items() if a == agent]
        load = cp_model.LinearExpr.weighted_sum(
            [var for var, _ in pairs], [int(instance.weight[agent, job]) for _, job in pairs]
        )
        current_load = sum(int(instance.weight[agent, j]) for j in jobs if current[j] == agent)
        current_overload = max(0, current_load - free)
        if current_overload > 0 or free < 0:
            overload = model.new_int_var(0, max(current_overload, -free, 0), "")
            model.add_hint(overload, current_overload)
            model.add(load <= free + overload)
            terms.append(sub.overload_penalty * overload)
        else:
            model.add(load <= free)
        terms.append(
            cp_model.LinearExpr.weighted_sum(
                [var for var, _ in pairs], [int(instance.cost[agent, job]) for _, job in pairs]
            )
        )
    model.minimize(sum(terms))
    solver = _make_solver(time_limit_s, 1, seed)
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    moves = {job: agent for (agent, job), var in variables.items() if solver.boolean_value(var)}
    return SubSolution(moves, round(solver.objective_value), status == cp_model.OPTIMAL)
