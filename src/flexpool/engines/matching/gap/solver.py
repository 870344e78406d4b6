"""The GAP solver: warm start, LP bound, exact CP-SAT pass, then large neighbourhood search.

Phases (all within one wall-clock budget):
1. regret greedy under several desirability measures (cost, weight, LP reduced cost);
2. LP relaxation with HiGHS: a proven lower bound and the reduced costs for step 1;
3. on instances small enough to model whole, CP-SAT warm-started from the best start:
   this proves most small instances optimal within a fraction of the budget;
4. large neighbourhood search (lns.py) for the rest of the time, stopping early when the
   incumbent meets the proven bound.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from flexpool.engines.matching.gap.bound import solve_lp_relaxation
from flexpool.engines.matching.gap.cpsat import solve_full_model
from flexpool.engines.matching.gap.heuristic import (
    UNASSIGNED,
    desirability_measures,
    regret_greedy,
)
from flexpool.engines.matching.gap.instance import GapInstance, IntVector
from flexpool.engines.matching.gap.lns import large_neighbourhood_search, total_overload

# Above this many (agent, job) pairs, building the whole CP-SAT model in Python costs
# seconds; the LP bound and LNS serve such instances better.
FULL_MODEL_MAX_PAIRS = 25_000
_FULL_MODEL_SHARE = 0.3
_LP_SHARE = 0.2
# Kept back from the budget for bookkeeping after the last sub-solve returns.
_SAFETY_MARGIN_S = 0.05


class GapStatus(enum.StrEnum):
    OPTIMAL = "optimal"  # objective equals the proven lower bound
    FEASIBLE = "feasible"  # a solution, optimality not proven
    INFEASIBLE = "infeasible"  # proven: no assignment respects the capacities
    UNKNOWN = "unknown"  # no feasible assignment found within the time limit


@dataclass(frozen=True)
class GapResult:
    """Outcome of ``solve_gap``; ``assignment`` is empty unless a solution was found."""

    assignment: tuple[int, ...]
    objective: int | None
    lower_bound: float
    status: GapStatus
    elapsed_s: float

    @property
    def gap(self) -> float | None:
        """Relative optimality gap (objective − bound) / objective; None without a solution."""
        if self.objective is None or not math.isfinite(self.lower_bound):
            return None
        return max(0.0, self.objective - self.lower_bound) / max(abs(self.objective), 1)

    @property
    def feasible(self) -> bool:
        return self.status in (GapStatus.OPTIMAL, GapStatus.FEASIBLE)


def _complete_partial(instance: GapInstance, assignment: IntVector) -> IntVector:
    """Give every unassigned job to the agent where it uses the least relative capacity."""
    completed = assignment.copy()
    relative_weight = instance.weight / np.maximum(instance.capacity, 1)[:, None]
    missing = np.flatnonzero(completed == UNASSIGNED)
    completed[missing] = np.argmin(relative_weight[:, missing], axis=0)
    return completed


def _best_start(instance: GapInstance, measures: list[np.ndarray]) -> IntVector:
    """Cheapest feasible greedy result; if none is feasible, the least overloaded one."""
    best: IntVector | None = None
    best_key: tuple[int, int] | None = None
    for desirability in measures:
        candidate = _complete_partial(instance, regret_greedy(instance, desirability))
        key = (total_overload(instance, candidate), instance.objective(candidate))
        if best_key is None or key < best_key:
            best, best_key = candidate, key
    assert best is not None
    return best


def solve_gap(
    instance: GapInstance,
    time_limit_s: float,
    workers: int = 2,
    seed: int = 0,
    stop: Callable[[], bool] | None = None,
) -> GapResult:
    """Minimise total cost within ``time_limit_s`` of wall time (measured from the call)."""
    started = time.monotonic()
    deadline = started + max(0.0, time_limit_s - _SAFETY_MARGIN_S)

    def left() -> float:
        return deadline - time.monotonic()

    def stopped() -> bool:
        return stop is not None and stop()

    lower_bound = float(instance.cost.min(axis=0).sum())  # trivial: cheapest agent per job
    measures = desirability_measures(instance)
    lp = solve_lp_relaxation(instance, min(left(), _LP_SHARE * time_limit_s))
    if lp is not None:
        lower_bound = max(lower_bound, float(lp.lower_bound))
        measures = [lp.reduced_cost, -lp.fractional_x, *measures]
    current = _best_start(instance, measures)

    proven_infeasible = False
    if instance.cost.size <= FULL_MODEL_MAX_PAIRS and left() > 0 and not stopped():
        incumbent_cost = (
            instance.objective(current) if total_overload(instance, current) == 0 else None
        )
        outcome = solve_full_model(
            instance,
            time_limit_s=min(left(), _FULL_MODEL_SHARE * time_limit_s),
            workers=workers,
            seed=seed,
            hint=current,
            stop=stop,
            upper_bound=incumbent_cost,
        )
        lower_bound = max(lower_bound, outcome.bound)
        proven_infeasible = outcome.infeasible
        if outcome.assignment is not None and (
            incumbent_cost is None or outcome.objective < incumbent_cost  # type: ignore[operator]
        ):
            current = outcome.assignment

    if not proven_infeasible and left() > 0 and not stopped():
        current = large_neighbourhood_search(
            instance,
            current,
            deadline=deadline,
            workers=workers,
            seed=seed,
            stop=stop,
            target_cost=math.ceil(lower_bound - 1e-9),
        )

    elapsed = time.monotonic() - started
    if proven_infeasible:
        return GapResult((), None, math.inf, GapStatus.INFEASIBLE, elapsed)
    if total_overload(instance, current) > 0:
        return GapResult((), None, lower_bound, GapStatus.UNKNOWN, elapsed)
    objective = instance.objective(current)
    status = GapStatus.OPTIMAL if objective <= lower_bound + 1e-9 else GapStatus.FEASIBLE
    return GapResult(
        assignment=tuple(int(a) for a in current),
        objective=objective,
        lower_bound=min(lower_bound, float(objective)),
        status=status,
        elapsed_s=elapsed,
    )
