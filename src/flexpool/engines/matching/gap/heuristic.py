"""Constructive heuristics: regret greedy (Martello & Toth style) for a warm start.

A job's regret is how much worse its second-best feasible agent is than its best one under
a desirability measure; the job with the largest regret is placed first, because waiting
would cost it the most. Several desirability measures are tried because cost-driven ones
give cheap solutions and weight-driven ones succeed on tightly constrained instances.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from flexpool.engines.matching.gap.instance import GapInstance, IntVector

UNASSIGNED = -1
FloatMatrix = NDArray[np.float64]


def desirability_measures(instance: GapInstance) -> list[FloatMatrix]:
    """Lower is better. Cost first (cheap solutions), then weight-aware ones (feasibility)."""
    cost = instance.cost.astype(np.float64)
    weight = instance.weight.astype(np.float64)
    relative_weight = weight / np.maximum(instance.capacity, 1)[:, None]
    return [
        cost,
        relative_weight,
        cost * relative_weight,
        cost + cost.mean() * relative_weight / max(relative_weight.mean(), 1e-12),
    ]


def _two_smallest(values: FloatMatrix) -> tuple[IntVector, FloatMatrix, FloatMatrix]:
    """Per column: index of the smallest value, the smallest and the second smallest."""
    best_agent = np.argmin(values, axis=0)
    best = values[best_agent, np.arange(values.shape[1])]
    if values.shape[0] == 1:
        return best_agent, best, np.full_like(best, np.inf)
    second = np.partition(values, 1, axis=0)[1]
    return best_agent, best, second


def regret_greedy(instance: GapInstance, desirability: FloatMatrix) -> IntVector:
    """Assign jobs by largest regret; returns agent per job, UNASSIGNED where nothing fit."""
    n = instance.num_jobs
    weight = instance.weight
    remaining = instance.capacity.astype(np.int64).copy()
    assignment = np.full(n, UNASSIGNED, dtype=np.int64)

    # Desirability with infeasible (agent, job) pairs masked out; assigned jobs become inf.
    masked = np.where(weight <= remaining[:, None], desirability, np.inf)
    best_agent, best, second = _two_smallest(masked)
    open_jobs = np.ones(n, dtype=bool)
    # A job with a single feasible agent must go first: its regret is "infinite".
    big = float(np.abs(desirability).max() + 1.0) * 4.0

    for _ in range(n):
        if not open_jobs.any():
            break
        with np.errstate(invalid="ignore"):  # inf - inf on placed jobs; masked just below
            regret = np.where(np.isinf(second), big + (big - best), second - best)
        regret = np.where(open_jobs & np.isfinite(best), regret, -np.inf)
        job = int(np.argmax(regret))
        if not np.isfinite(regret[job]):
            break  # every open job has no agent with room left
        agent = int(best_agent[job])
        assignment[job] = agent
        remaining[agent] -= weight[agent, job]
        open_jobs[job] = False
        masked[:, job] = np.inf
        best[job] = np.inf

        # Only agent's row lost room; only jobs that ranked it best/second need a refresh.
        newly_blocked = np.isfinite(masked[agent]) & (weight[agent] > remaining[agent])
        if newly_blocked.any():
            masked[agent, newly_blocked] = np.inf
            # The agent may have been best or second best; refresh every newly blocked job.
            stale = np.flatnonzero(newly_blocked & open_jobs)
            if stale.size:
                sub_agent, sub_best, sub_second = _two_smallest(masked[:, stale])
                best_agent[stale], best[stale], second[stale] = sub_agent, sub_best, sub_second
    return assignment


def best_greedy(instance: GapInstance) -> tuple[IntVector, bool]:
    """Run every desirability measure; return the best complete solution, else the fullest.

    The second value says whether the result is a complete feasible assignment.
    """
    best_complete: IntVector | None = None
    best_cost = np.inf
    fullest: IntVector | None = None
    for desirability in desirability_measures(instance):
        assignment = regret_greedy(instance, desirability)
        if np.all(assignment != UNASSIGNED):
            cost = instance.objective(assignment)
            if cost < best_cost:
                best_complete, best_cost = assignment, cost
        elif fullest is None or np.sum(assignment != UNASSIGNED) > np.sum(fullest != UNASSIGNED):
            fullest = assignment
    if best_complete is not None:
        return best_complete, True
    assert fullest is not None
    return fullest, False


def overload_penalty(instance: GapInstance) -> int:
    """Price per unit of overload: above any cost saving a single unit of weight can buy."""
    return int(instance.cost.max() - instance.cost.min()) + 1


def total_overload(instance: GapInstance, assignment: IntVector) -> int:
    return int(np.maximum(instance.loads(assignment) - instance.capacity, 0).sum())
