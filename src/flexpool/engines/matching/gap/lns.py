"""Large neighbourhood search: repeatedly free a few agents' jobs and re-solve exactly.

This is the "variable MIP neighbourhood" idea for the GAP: a neighbourhood is a small set
of agents plus (some of) the jobs on them; CP-SAT re-optimises that restricted GAP while
everything else stays put. Sub-problems on disjoint agent sets are independent, so with
two workers two of them are solved at once in threads (CP-SAT releases the GIL).
The size of a neighbourhood adapts: it grows while CP-SAT proves sub-problems optimal and
shrinks when they time out.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from flexpool.engines.matching.gap.cpsat import SubProblem, SubSolution, solve_sub_problem
from flexpool.engines.matching.gap.instance import GapInstance, IntVector

MIN_FREE_JOBS = 8
MAX_FREE_JOBS = 400
# Many quick, exactly solved neighbourhoods beat few big ones: CP-SAT needs long to prove
# tight sub-problems (type d/e), so a neighbourhood only grows while it is solved quickly.
SUB_SOLVE_LIMIT_S = 0.2
FAST_SUB_SOLVE_S = 0.05
# How many of a job's cheapest agents count as its "natural" alternatives.
_RELATED_AGENTS = 4


def overload_penalty(instance: GapInstance) -> int:
    """Price per unit of overload: above any cost saving a single unit of weight can buy."""
    return int(instance.cost.max() - instance.cost.min()) + 1


def total_overload(instance: GapInstance, assignment: IntVector) -> int:
    return int(np.maximum(instance.loads(assignment) - instance.capacity, 0).sum())


class _Neighbourhoods:
    """Draws disjoint agent sets, biased to overloaded agents and related agents."""

    def __init__(self, instance: GapInstance, rng: np.random.Generator) -> None:
        self.instance = instance
        self.rng = rng
        # For each job, its agents ordered by cost: cheap alternatives are "related".
        self.cheapest_agents = np.argsort(instance.cost, axis=0)[:_RELATED_AGENTS].T

    def draw(self, current: IntVector, free_jobs: float, taken: set[int]) -> SubProblem | None:
        instance, rng = self.instance, self.rng
        m, n = instance.cost.shape
        available = [a for a in range(m) if a not in taken]
        if len(available) < min(2, m):
            return None
        loads = instance.loads(current)
        overloaded = [a for a in available if loads[a] > instance.capacity[a]]
        jobs_per_agent = n / m
        max_agents = max(2, int(np.ceil(1.5 * free_jobs / jobs_per_agent)))
        num_agents = int(rng.integers(2, max(2, min(max_agents, len(available))) + 1))
        num_agents = min(num_agents, len(available))

        seed_agent = int(rng.choice(overloaded)) if overloaded else int(rng.choice(available))
        agents = [seed_agent]
        attempts = 0
        while len(agents) < num_agents and attempts < 20 * num_agents:
            attempts += 1
            if rng.random() < 0.3:
                candidate = int(rng.choice(available))
            else:
                # A cheap alternative agent of some job on an already chosen agent.
                on_chosen = np.flatnonzero(np.isin(current, agents))
                if on_chosen.size == 0:
                    candidate = int(rng.choice(available))
                else:
                    job = int(rng.choice(on_chosen))
                    candidate = int(rng.choice(self.cheapest_agents[job]))
            if candidate not in agents and candidate not in taken:
                agents.append(candidate)

        jobs = np.flatnonzero(np.isin(current, agents))
        if jobs.size > free_jobs:
            jobs = np.sort(rng.choice(jobs, size=int(free_jobs), replace=False))
        fixed_load = loads[agents] - np.array(
            [instance.weight[a, jobs[current[jobs] == a]].sum() for a in agents]
        )
        taken.update(agents)
        return SubProblem(
            agents=tuple(agents),
            jobs=tuple(int(j) for j in jobs),
            free_capacity=tuple(int(c) for c in instance.capacity[agents] - fixed_load),
            overload_penalty=overload_penalty(instance),
        )


def _penalised_sub_cost(instance: GapInstance, sub: SubProblem, current: IntVector) -> int:
    """The sub-model objective of the current assignment (cost + penalty × overload)."""
    total = 0
    for agent, free in zip(sub.agents, sub.free_capacity, strict=True):
        mine = [j for j in sub.jobs if current[j] == agent]
        total += int(instance.cost[agent, mine].sum())
        load = int(instance.weight[agent, mine].sum())
        total += sub.overload_penalty * max(0, load - free)
    return total


def large_neighbourhood_search(
    instance: GapInstance,
    start: IntVector,
    deadline: float,
    workers: int = 2,
    seed: int = 0,
    stop: Callable[[], bool] | None = None,
    target_cost: int | None = None,
) -> IntVector:
    """Improve ``start`` (which may overload agents) until ``deadline`` (time.monotonic).

    Stops early when a feasible assignment reaches ``target_cost`` (a proven lower bound).
    """
    rng = np.random.default_rng(seed)
    current = np.array(start, dtype=np.int64)
    neighbourhoods = _Neighbourhoods(instance, rng)
    free_jobs = float(min(instance.num_jobs, 12))
    workers = max(1, workers)
    round_index = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0.01 or (stop is not None and stop()):
                break
            feasible = total_overload(instance, current) == 0
            if feasible and target_cost is not None and instance.objective(current) <= target_cost:
                break
            taken: set[int] = set()
            subs = [
                sub
                for _ in range(workers)
                if (sub := neighbourhoods.draw(current, free_jobs, taken)) is not None
            ]
            if not subs:
                break
            sub_limit = min(remaining, SUB_SOLVE_LIMIT_S)
            round_index += 1
            round_started = time.monotonic()
            futures = [
                pool.submit(solve_sub_problem, instance, sub, current, sub_limit, seed + round_index)
                for sub in subs
            ]
            results: list[SubSolution | None] = [f.result() for f in futures]
            took = time.monotonic() - round_started
            for sub, result in zip(subs, results, strict=True):
                if result is None:
                    free_jobs = max(MIN_FREE_JOBS, free_jobs * 0.8)
                    continue
                if result.objective < _penalised_sub_cost(instance, sub, current):
                    for job, agent in result.moves.items():
                        current[job] = agent
                quick = result.optimal and took < FAST_SUB_SOLVE_S
                growth = 1.05 if quick else (1.0 if result.optimal else 0.85)
                free_jobs = min(MAX_FREE_JOBS, max(MIN_FREE_JOBS, free_jobs * growth))
    return current
