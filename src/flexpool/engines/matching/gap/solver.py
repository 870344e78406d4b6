"""The GAP solver: warm start, LP bound, then exact search and metaheuristic side by side.

Phases (all within one wall-clock budget):
1. LP relaxation with HiGHS: a proven lower bound, and reduced costs / LP values that
   guide the constructive heuristics;
2. starts: regret greedy under several desirability measures plus the rounded LP optimum;
   the cheapest feasible one warm-starts HiGHS, and the search starts from the rounded
   LP optimum (cheap and only slightly overloaded);
3. until the deadline:
   - instances small enough to model whole: the HiGHS MILP (mip.py, warm-started, in a
     thread: it releases the GIL) proves small instances optimal, improves solutions
     with its own heuristics and supplies a bound, while the ejection-chain tabu search
     (ejection.py) runs in the main thread and hands each new best solution to HiGHS.
     When the search stalls, RINS (rins.py) re-solves the jobs on which its best and the
     LP optimum disagree exactly, and the search goes on from the result.
     Each side stops the other when it is done;
   - large instances: the ejection-chain search alone, on a sample of jobs per
     iteration, from the rounded LP optimum (it repairs the slight overload).
The search stops early when the incumbent meets the proven bound or ``stop()`` says so.
"""

from __future__ import annotations

import enum
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from flexpool.engines.matching.gap.bound import solve_lp_relaxation
from flexpool.engines.matching.gap.cpsat import ExactOutcome
from flexpool.engines.matching.gap.ejection import SearchOutcome, ejection_chain_search
from flexpool.engines.matching.gap.heuristic import (
    UNASSIGNED,
    desirability_measures,
    overload_penalty,
    regret_greedy,
    total_overload,
)
from flexpool.engines.matching.gap.instance import GapInstance, IntVector
from flexpool.engines.matching.gap.mip import solve_mip
from flexpool.engines.matching.gap.rins import rins

# Above this many (agent, job) pairs, HiGHS barely gets through the root node in seconds;
# the ejection-chain search then runs alone.
FULL_MODEL_MAX_PAIRS = 30_000
# The LP is cheap on small instances and essential on large ones (bound, rounding start).
_LP_SHARE = 0.5
# Seconds without a better solution after which the tabu search hands over to RINS.
_STALL_S = 1.0
# Kept back from the budget for bookkeeping after the last search step returns.
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


def _best_start(instance: GapInstance, candidates: list[IntVector]) -> IntVector:
    """Least cost + penalty × overload: a nearly feasible, cheap start (e.g. the rounded LP
    optimum) is easier to repair than a feasible but expensive one is to improve."""
    penalty = overload_penalty(instance)
    keys = [instance.objective(c) + penalty * total_overload(instance, c) for c in candidates]
    return candidates[min(range(len(candidates)), key=keys.__getitem__)]


def _starts(instance: GapInstance, measures: list[np.ndarray]) -> list[IntVector]:
    return [_complete_partial(instance, regret_greedy(instance, d)) for d in measures]


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

    lower_bound = float(instance.cost.min(axis=0).sum())  # trivial: cheapest agent per job
    measures = desirability_measures(instance)
    candidates: list[IntVector] = []
    lp_rounded: IntVector | None = None
    lp = solve_lp_relaxation(instance, min(left(), _LP_SHARE * time_limit_s))
    if lp is not None:
        lower_bound = max(lower_bound, float(lp.lower_bound))
        measures = [lp.reduced_cost, *measures]
        lp_rounded = np.argmax(lp.fractional_x, axis=0).astype(np.int64)
        candidates.append(lp_rounded)
    candidates.extend(_starts(instance, measures))
    current = _best_start(instance, candidates)
    feasible = [c for c in candidates if total_overload(instance, c) == 0]
    cheapest_feasible = min(feasible, key=instance.objective) if feasible else None
    target = math.ceil(lower_bound - 1e-9)

    exact: ExactOutcome | None = None
    if instance.cost.size <= FULL_MODEL_MAX_PAIRS:
        # The penalised search does best from the cheap, slightly overloaded LP rounding.
        search_start = current if lp_rounded is None else lp_rounded
        lp_x = None if lp is None else lp.fractional_x
        current, exact = _mip_and_tabu(
            instance, search_start, cheapest_feasible, deadline, workers, seed, stop, target, lp_x
        )
        if exact is not None and math.isfinite(exact.bound):
            # Integer costs: a bound of 1242.99999 proves 1243.
            lower_bound = max(lower_bound, math.ceil(exact.bound - 1e-6))
    elif left() > 0:
        # Many jobs per agent: the LP optimum has at most m split jobs, so rounding it
        # overloads agents only slightly; the penalised search repairs that at little cost.
        searched = ejection_chain_search(
            instance,
            current if lp_rounded is None else lp_rounded,
            deadline,
            seed=seed,
            stop=stop,
            target_cost=target,
        )
        options = [a for a in (searched.assignment, cheapest_feasible) if a is not None]
        if options:
            current = min(options, key=instance.objective)

    elapsed = time.monotonic() - started
    if exact is not None and exact.infeasible:
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


class _Mailbox:
    """Hands the newest tabu-search incumbent to the HiGHS thread (latest one wins)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: IntVector | None = None

    def put(self, assignment: IntVector, cost: int) -> None:
        with self._lock:
            self._pending = assignment.copy()

    def take(self) -> IntVector | None:
        with self._lock:
            pending, self._pending = self._pending, None
        return pending


def _mip_and_tabu(
    instance: GapInstance,
    start: IntVector,
    feasible_start: IntVector | None,
    deadline: float,
    workers: int,
    seed: int,
    stop: Callable[[], bool] | None,
    target: int,
    lp_x: np.ndarray | None = None,
) -> tuple[IntVector, ExactOutcome | None]:
    """HiGHS MILP in a thread, tabu search (alternating with RINS) here; each stops the other.

    With one worker there is no second core: HiGHS runs alone (it proves small
    instances and improves on the start), so the result is still exact where possible.
    """
    finished = threading.Event()  # set when either side has nothing more to gain

    def should_stop() -> bool:
        return finished.is_set() or (stop is not None and stop())

    if total_overload(instance, start) == 0:
        feasible_start = start
    start_cost = None if feasible_start is None else instance.objective(feasible_start)
    outcomes: list[ExactOutcome] = []
    mailbox = _Mailbox()

    def run_exact() -> None:
        try:
            outcomes.append(
                solve_mip(
                    instance,
                    time_limit_s=deadline - time.monotonic(),
                    start=feasible_start,
                    stop=should_stop,
                    threads=max(1, workers - 1),
                    incoming=mailbox.take,
                )
            )
        finally:
            finished.set()  # proven (or out of time): the tabu search may stop too

    exact_thread = threading.Thread(target=run_exact, name="gap-highs", daemon=True)
    exact_thread.start()
    best, best_cost = (start if feasible_start is None else feasible_start), start_cost
    if workers > 1:
        searched = _search_and_rins(instance, start, deadline, seed, should_stop, target, mailbox.put, lp_x)
        if searched.assignment is not None and (
            best_cost is None or searched.objective < best_cost  # type: ignore[operator]
        ):
            best, best_cost = searched.assignment, searched.objective
        if best_cost is not None and best_cost <= target:
            finished.set()
    exact_thread.join()
    exact = outcomes[0] if outcomes else None
    if (
        exact is not None
        and exact.assignment is not None
        and (best_cost is None or exact.objective < best_cost)  # type: ignore[operator]
    ):
        best = exact.assignment
    return best, exact


def _search_and_rins(
    instance: GapInstance,
    start: IntVector,
    deadline: float,
    seed: int,
    stop: Callable[[], bool],
    target: int,
    on_improvement: Callable[[IntVector, int], None],
    lp_x: np.ndarray | None,
) -> SearchOutcome:
    """The tabu search until it stalls, then RINS around its best (rins.py), then the search
    again from there, until the deadline. A best that RINS has already been run on is not
    tried again: the search then gets twice as long before it counts as stalled. Without the
    LP's values there is no RINS: one search runs to the deadline."""
    best: IntVector | None = None
    best_cost: int | None = None
    current, iterations, round_ = start, 0, 0
    stall_s = None if lp_x is None else _STALL_S
    tried: set[bytes] = set()
    while time.monotonic() < deadline and not stop():
        searched = ejection_chain_search(
            instance,
            current,
            deadline,
            seed=seed + round_,
            stop=stop,
            target_cost=target,
            on_improvement=on_improvement,
            stall_s=stall_s,
        )
        iterations += searched.iterations
        round_ += 1
        if searched.assignment is not None and (best_cost is None or searched.objective < best_cost):  # type: ignore[operator]
            best, best_cost = searched.assignment, searched.objective
        if lp_x is None or stall_s is None or best is None or best_cost is None or best_cost <= target:
            break
        current = best
        if best.tobytes() in tried:
            stall_s *= 2
            continue
        tried.add(best.tobytes())
        improved, _ = rins(instance, best, lp_x, deadline, stop)
        if improved is not None:
            best, best_cost = improved, instance.objective(improved)
            current = best
            on_improvement(best, best_cost)
    return SearchOutcome(best, best_cost, iterations)
