"""Turn an index-form solution into the public Plan, with explanations."""

from __future__ import annotations

import dataclasses
import time
from collections import defaultdict

from flexpool.engines.matching.capacity import Solution, ledger_for
from flexpool.engines.matching.explain import alternatives, proposed, unmet_reasons
from flexpool.engines.matching.problem import Problem
from flexpool.engines.matching.results import (
    MunicipalityFulfilment,
    Plan,
    SolveStats,
    UnmetRequest,
)


def relative_gap(objective: float, bound: float) -> float:
    if bound <= 0:
        return 0.0 if objective >= bound - 1e-9 else float("inf")
    return max(0.0, (bound - objective) / bound)


def fulfilment(problem: Problem, solution: Solution) -> tuple[MunicipalityFulfilment, ...]:
    requests = problem.prep.data.requests
    asked: dict[str, float] = defaultdict(float)
    for r in requests:
        for g, fraction in r.payers:
            asked[g] += r.volume * fraction
    served: dict[str, float] = defaultdict(float)
    for (_, g), hours in problem.served_hours(solution).items():
        served[g] += hours
    fair: dict[str, float] = defaultdict(float)
    for (_, g), target in problem.shares.target.items():
        fair[g] += target
    return tuple(MunicipalityFulfilment(g, asked[g], served[g], fair[g]) for g in sorted(asked))


def build_plan(problem: Problem, solution: Solution, bound: float, stats: SolveStats, started: float) -> Plan:
    prep = problem.prep
    requests = prep.data.requests
    ledger = ledger_for(prep, solution)
    assignments = tuple(
        proposed(prep, part, split=len(parts) > 1)
        for r in sorted(solution)
        for parts in (solution[r],)
        for part in parts
    )
    unmet = tuple(
        UnmetRequest(requests[r].id, unmet_reasons(problem, ledger, r))
        for r in range(len(requests))
        if r not in solution
    )
    k = prep.settings.alternatives_per_request
    alts = tuple(
        (
            requests[r].id,
            alternatives(problem, ledger, r, {p.member for p in solution.get(r, ())}, k),
        )
        for r in range(len(requests))
    )
    objective = problem.objective(solution)
    bound = max(bound, objective)  # the bound is proven; never report it below what we found
    stats = dataclasses.replace(stats, elapsed_s=time.monotonic() - started)
    return Plan(
        assignments=assignments,
        fixed=prep.data.fixed,
        unmet=unmet,
        objective=objective,
        bound=bound,
        gap=relative_gap(objective, bound),
        fulfilment=fulfilment(problem, solution),
        alternatives=alts,
        stats=stats,
    )
