"""Batch mode: plan the whole pool within a time limit, with early stop and progress."""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from flexpool.engines.matching.capacity import Solution
from flexpool.engines.matching.components import ComponentResult, heuristic_only, solve_component
from flexpool.engines.matching.domain import MatchingInput, PoolSettings
from flexpool.engines.matching.prepared import Prepared
from flexpool.engines.matching.problem import Problem
from flexpool.engines.matching.report import build_plan
from flexpool.engines.matching.results import Plan, SolveStats, SolveStatus

StopFn = Callable[[], bool]
ProgressFn = Callable[[float, str], None]

# Share of the time limit kept for building candidates before, and explanations after, solving.
SOLVE_SHARE = 0.9
POLL_S = 0.05
# Scarce parts (supply/demand below SCARCE_BELOW) get more time per request: their plans are
# the hardest to find (the MIP on the LP's support needs its root) and their gaps the largest.
SCARCE_BELOW = 2.0
SCARCITY_WEIGHT = 1.0

# After stop(): how long parts being solved get to hand in their best plan so far.
STOP_GRACE_S = 2.0

_WORKER_PROBLEM: Problem | None = None  # inherited by forked workers; never pickled
_WORKER_STOP: Any = None  # a multiprocessing Event, inherited the same way


def _solve_in_worker(c: int, share: float, deadline: float, lanes: int) -> ComponentResult:
    assert _WORKER_PROBLEM is not None and _WORKER_STOP is not None
    return solve_component(_WORKER_PROBLEM, c, share, deadline, lanes, _WORKER_STOP.is_set)


def plan(
    data: MatchingInput,
    settings: PoolSettings | None = None,
    *,
    stop: StopFn | None = None,
    on_progress: ProgressFn | None = None,
) -> Plan:
    """Plan all open requests. Never moves `data.fixed`; every result states objective, proven
    bound and gap. `stop()` is polled between parts and inside each part's improvement loop (a
    part being solved hands in its best plan so far); `on_progress(fraction, message)` reports."""
    settings = settings or PoolSettings()
    started = time.monotonic()
    stop = stop or (lambda: False)
    progress = _monotone(on_progress)
    problem = Problem(Prepared(data, settings))
    progress(0.05, f"{len(problem.components)} onafhankelijke delen gevonden")
    deadline = started + settings.time_limit_s * SOLVE_SHARE
    results = _solve_all(problem, deadline, stop, progress)
    solution: Solution = {}
    for res in results:
        solution.update(res.solution)
    statuses = Counter(res.status for res in results)
    overall = SolveStatus.OPTIMAL
    for status in (SolveStatus.HEURISTIC, SolveStatus.TIME_LIMIT, SolveStatus.STOPPED):
        if statuses.get(status):
            overall = status
    progress(0.95, "uitleg opstellen")
    stats = SolveStats(
        components=len(problem.components),
        largest_component_requests=max((len(c) for c in problem.components), default=0),
        elapsed_s=0.0,
        status=overall,
        statuses=tuple(sorted((s, n) for s, n in statuses.items())),
        heuristic_objective=sum(res.heuristic_objective for res in results),
    )
    bound = sum(res.bound for res in results)
    result = build_plan(problem, solution, bound, stats, started)
    progress(1.0, "klaar")
    return result


def _monotone(on_progress: ProgressFn | None) -> ProgressFn:
    """Progress never goes back, whatever order parts finish in."""
    highest = [0.0]

    def report(fraction: float, message: str) -> None:
        highest[0] = max(highest[0], min(1.0, round(fraction, 4)))
        if on_progress is not None:
            on_progress(highest[0], message)

    return report


def _shares(problem: Problem) -> dict[int, float]:
    """Each part's size (weighted up for scarce parts) over the size of itself and all parts
    queued after it (largest first), so each part gets its slice of whatever time is left when
    it starts."""
    sizes = [
        (len(rs) + 0.1 * len(problem.members_of(c)))
        * (1.0 + SCARCITY_WEIGHT * max(0.0, SCARCE_BELOW - problem.supply_ratio(c)))
        for c, rs in enumerate(problem.components)
    ]
    shares, rest = {}, 0.0
    for c in reversed(range(len(sizes))):
        rest += sizes[c]
        shares[c] = sizes[c] / rest
    return shares


def _solve_all(
    problem: Problem, deadline: float, stop: StopFn, progress: ProgressFn
) -> list[ComponentResult]:
    workers = max(1, problem.prep.settings.workers)
    shares = _shares(problem)
    order = list(range(len(problem.components)))  # already largest first
    total = sum(len(rs) for rs in problem.components) or 1
    done: dict[int, ComponentResult] = {}

    def report(res: ComponentResult) -> None:
        done[res.component] = res
        share = sum(len(problem.components[c]) for c in done) / total
        progress(0.05 + 0.9 * share, f"deel {len(done)} van {len(order)} opgelost")

    if workers == 1 or len(order) == 1:
        for c in order:
            if stop():
                break
            report(solve_component(problem, c, shares[c], deadline, stop=stop))
    else:
        global _WORKER_PROBLEM, _WORKER_STOP
        context = multiprocessing.get_context("fork")
        _WORKER_PROBLEM, _WORKER_STOP = problem, context.Event()
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        futures: set[Future[ComponentResult]] = set()
        try:
            futures = {pool.submit(_solve_in_worker, c, shares[c], deadline, workers) for c in order}
            while futures and not stop():
                finished, futures = wait(futures, timeout=POLL_S, return_when=FIRST_COMPLETED)
                for future in finished:
                    report(future.result())
            if futures:  # stopped: queued parts are cancelled, running ones hand in their plan
                _WORKER_STOP.set()
                for future in futures:
                    future.cancel()
                finished, futures = wait(futures, timeout=STOP_GRACE_S)
                for future in finished:
                    if not future.cancelled() and future.exception() is None:
                        report(future.result())
        finally:
            # Only a part still busy after the grace period is left to finish on its own.
            pool.shutdown(wait=not futures, cancel_futures=True)
            _WORKER_PROBLEM = _WORKER_STOP = None
    for c in order:
        if c not in done:
            done[c] = heuristic_only(problem, c, SolveStatus.STOPPED)
    return [done[c] for c in order]
