"""The GAP as a HiGHS MILP (the same model the LP bound relaxes).

HiGHS' branch-and-cut with its primal heuristics (RINS, RENS, ...) is strong on the
tightly constrained GAP types; warm-started from our best assignment it both improves it
and proves bounds. Its ``run`` releases the GIL, so it can work beside the tabu search;
better solutions that the tabu search finds meanwhile are handed to HiGHS through its
user-solution callback (they tighten its pruning and seed its improvement heuristics).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import highspy
import numpy as np

from flexpool.engines.matching.gap.bound import build_gap_lp
from flexpool.engines.matching.gap.cpsat import ExactOutcome
from flexpool.engines.matching.gap.instance import GapInstance, IntVector

_STOP_POLL_S = 0.05
_FEASIBLE = 2  # HiGHS SolutionStatus kSolutionStatusFeasible


def solve_mip(
    instance: GapInstance,
    time_limit_s: float,
    start: IntVector | None = None,
    stop: Callable[[], bool] | None = None,
    threads: int = 1,
    incoming: Callable[[], IntVector | None] | None = None,
    cut_pool: int | None = None,
) -> ExactOutcome:
    """Solve the GAP MILP with HiGHS; ``start`` (if feasible) seeds the incumbent.

    ``incoming()`` is polled during the search and returns a new feasible assignment to
    offer HiGHS, or None. ``cut_pool``: a soft limit on HiGHS' cut pool instead of its
    default (10,000), which makes the root end sooner.
    """
    entered = time.monotonic()
    m, n = instance.cost.shape
    lp = build_gap_lp(instance)
    lp.integrality_ = [highspy.HighsVarType.kInteger] * (m * n)
    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("threads", max(1, threads))
    highs.setOptionValue("mip_rel_gap", 0.0)
    if cut_pool is not None:
        highs.setOptionValue("mip_pool_soft_limit", cut_pool)
    highs.passModel(lp)
    if start is not None and instance.is_feasible(start):
        solution = highspy.HighsSolution()
        solution.col_value = _column_values(start, m).tolist()
        solution.value_valid = True
        highs.setSolution(solution)
    if incoming is not None:

        def offer(event: highspy.cb.HighsCallbackEvent) -> None:  # type: ignore[name-defined]
            offered = incoming()
            if offered is not None:
                event.data_in.setSolution(_column_values(offered, m))

        highs.cbMipUserSolution.subscribe(offer)
    highs.HandleUserInterrupt = True  # makes cancelSolve() effective
    # HiGHS' clock starts at run(): deduct the time spent building the model.
    spent = time.monotonic() - entered
    highs.setOptionValue("time_limit", max(0.01, float(time_limit_s) - spent))

    finished = threading.Event()

    def watch() -> None:
        while not finished.wait(_STOP_POLL_S):
            if stop is not None and stop():
                highs.cancelSolve()
                return

    watcher = threading.Thread(target=watch, daemon=True)
    if stop is not None:
        watcher.start()
    try:
        highs.run()
    finally:
        finished.set()
        if stop is not None:
            watcher.join()

    info = highs.getInfo()
    status = highs.getModelStatus()
    bound = float(info.mip_dual_bound)
    if status == highspy.HighsModelStatus.kInfeasible:
        return ExactOutcome(None, None, float("inf"), False, infeasible=True)
    if info.primal_solution_status != _FEASIBLE:
        return ExactOutcome(None, None, bound, False, infeasible=False)
    x = np.asarray(highs.getSolution().col_value).reshape(m, n)
    assignment = np.argmax(x, axis=0).astype(np.int64)
    if not instance.is_feasible(assignment):  # tolerance artefacts: treat as no solution
        return ExactOutcome(None, None, bound, False, infeasible=False)
    return ExactOutcome(
        assignment=assignment,
        objective=instance.objective(assignment),
        bound=bound,
        optimal=status == highspy.HighsModelStatus.kOptimal,
        infeasible=False,
    )


def _column_values(assignment: IntVector, num_agents: int) -> np.ndarray:
    """0/1 column values (index i·n + j) of an assignment."""
    n = assignment.shape[0]
    values = np.zeros((num_agents, n))
    values[assignment, np.arange(n)] = 1.0
    return values.ravel()
