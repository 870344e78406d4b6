"""Solve one component's model with HiGHS (branch and cut, LP-based dual bound)."""

from __future__ import annotations

import time
from dataclasses import dataclass

import highspy
import numpy as np

from flexpool.engines.matching.capacity import Part, Solution
from flexpool.engines.matching.model import ModelData
from flexpool.engines.matching.problem import Problem
from flexpool.engines.matching.results import SolveStatus

# HiGHS keeps up to 10,000 cuts in its pool by default; on these models the root's cut loop
# then takes seconds (a 384-request part's MIP on the LP's support: 6,900 cuts, 2 s) and the
# plans only come after it. A small pool ends the root in a fraction of that time.
CUT_POOL_SOFT_LIMIT = 10


@dataclass(frozen=True, slots=True)
class BackendResult:
    values: np.ndarray | None
    objective: float
    bound: float
    status: SolveStatus


class HighsComponent:
    """One component's model in HiGHS; rows and columns added to ModelData later (the lazy
    municipality rows) are passed on before the next solve."""

    def __init__(self, target_gap: float, seed: int = 0) -> None:
        self.highs = highspy.Highs()
        self.highs.setOptionValue("output_flag", False)
        self.highs.setOptionValue("threads", 1)
        self.highs.setOptionValue("mip_rel_gap", float(target_gap))
        self.highs.setOptionValue("random_seed", int(seed))
        self.highs.setOptionValue("mip_heuristic_effort", 0.3)
        self.highs.setOptionValue("mip_pool_soft_limit", CUT_POOL_SOFT_LIMIT)
        self.cols = 0
        self.rows = 0
        self.lp_mode = False  # integrality dropped: LP re-solves start from the last basis

    def limit(self, seconds: float) -> None:
        """Time limit for the next run. HiGHS counts its time limit from the creation of the
        instance (run times add up), so every limit is set relative to the time used so far."""
        self.highs.setOptionValue("time_limit", self.highs.getRunTime() + max(0.05, float(seconds)))

    def use_lp(self, md: ModelData, lp: bool) -> None:
        """Switch between the LP relaxation and the MIP (only when it changes: a switch makes
        HiGHS forget the LP basis)."""
        if lp == self.lp_mode or self.cols == 0:
            self.lp_mode = lp
            return
        n = self.cols
        levels = np.zeros(n, dtype=np.uint8) if lp else np.asarray(md.integer[:n], dtype=np.uint8)
        self.highs.changeColsIntegrality(n, np.arange(n, dtype=np.int32), levels)
        self.lp_mode = lp

    def _sync(self, md: ModelData) -> None:
        h, n = self.highs, len(md.cost)
        if n > self.cols:
            new = slice(self.cols, n)
            empty = np.zeros(0, dtype=np.int32)
            h.addCols(
                n - self.cols,
                np.asarray(md.cost[new], dtype=np.float64),
                np.asarray(md.lower[new], dtype=np.float64),
                np.asarray(md.upper[new], dtype=np.float64),
                0,
                empty,
                empty,
                np.zeros(0),
            )
            integer = np.asarray(md.integer[new], dtype=np.uint8)
            h.changeColsIntegrality(
                n - self.cols,
                np.arange(self.cols, n, dtype=np.int32),
                np.zeros_like(integer) if self.lp_mode else integer,
            )
            self.cols = n
        if len(md.rows) > self.rows:
            rows = md.rows[self.rows :]
            lengths = [len(idx) for idx, _, _, _ in rows]
            h.addRows(
                len(rows),
                np.array([lo for _, _, lo, _ in rows], dtype=np.float64),
                np.array([hi for _, _, _, hi in rows], dtype=np.float64),
                sum(lengths),
                np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int32),
                np.fromiter((j for idx, _, _, _ in rows for j in idx), dtype=np.int32),
                np.fromiter((v for _, val, _, _ in rows for v in val), dtype=np.float64),
            )
            self.rows = len(md.rows)

    def relaxation(self, md: ModelData, time_limit_s: float) -> BackendResult:
        """The LP relaxation: its optimum is a proven bound, its values guide rounding. Called
        again after rows were added (cuts), it re-solves from the last basis."""
        self.sync(md)
        self.use_lp(md, lp=True)
        h = self.highs
        # Presolve only slows these LPs down (the largest part's takes 1.2 s without it, 2 s with).
        h.setOptionValue("presolve", "off")
        self.limit(time_limit_s)
        h.run()
        optimal = h.getModelStatus() == highspy.HighsModelStatus.kOptimal
        values = np.asarray(h.getSolution().col_value) if optimal else None
        bound = float(h.getInfo().objective_function_value) if optimal else float("inf")
        status = SolveStatus.OPTIMAL if optimal else SolveStatus.TIME_LIMIT
        return BackendResult(values, float("-inf"), bound, status)

    def sync(self, md: ModelData) -> None:
        """Pass on columns and rows added to `md` since the last call."""
        if self.cols == 0:
            self.highs.changeObjectiveSense(highspy.ObjSense.kMaximize)
        self._sync(md)

    def solve(self, md: ModelData, warm: np.ndarray, time_limit_s: float) -> BackendResult:
        h = self.highs
        self.sync(md)
        self.use_lp(md, lp=False)
        h.setOptionValue("presolve", "choose")  # the MIP gains from it
        self.limit(time_limit_s)
        h.setSolution(len(warm), np.arange(len(warm), dtype=np.int32), warm.astype(np.float64))
        h.run()
        info = h.getInfo()
        has_solution = info.primal_solution_status == 2  # kSolutionStatusFeasible
        optimal = h.getModelStatus() == highspy.HighsModelStatus.kOptimal
        return BackendResult(
            values=np.asarray(h.getSolution().col_value) if has_solution else None,
            objective=float(info.objective_function_value) if has_solution else float("-inf"),
            bound=float(info.mip_dual_bound),
            status=SolveStatus.OPTIMAL if optimal else SolveStatus.TIME_LIMIT,
        )


def solution_from_values(problem: Problem, c: int, md: ModelData, values: np.ndarray) -> Solution:
    requests = problem.prep.data.requests
    solution: Solution = {}
    for r in problem.components[c]:
        req = requests[r]
        if r in md.y:
            if values[md.y[r]] < 0.5:
                continue
            members = [m for m in problem.cands[r].coef if values[md.x[(r, m)]] > 0.5]
            hours = [float(values[md.h[(r, m)]]) for m in members]
            if len(members) == 1:
                hours = [req.hours_per_week]
            else:
                hours[-1] = req.hours_per_week - sum(hours[:-1])  # parts add up exactly
            solution[r] = tuple(Part(r, m, h) for m, h in zip(members, hours, strict=True))
        else:
            for m in problem.cands[r].full.tolist():
                if values[md.x[(r, m)]] > 0.5:
                    solution[r] = (Part(r, m, req.hours_per_week),)
                    break
    return solution


def lp_dive(
    backend: HighsComponent, problem: Problem, c: int, md: ModelData, values: np.ndarray, until: float
) -> np.ndarray:
    """Fix the most-decided assignments to 1 and re-solve the LP (warm, dual simplex) until the
    relaxation is integral in the assignments or time runs out. Returns the last LP values."""
    from flexpool.engines.matching.capacity import Ledger

    h, requests = backend.highs, problem.prep.data.requests
    ledger, fixed = Ledger(problem.prep), set()
    singles = [(key, j) for key, j in md.x.items() if key[0] not in md.y]
    n = backend.cols
    backend.use_lp(md, lp=True)
    while time.monotonic() < until:
        frac = sorted(
            ((values[j], key, j) for key, j in singles if key[0] not in fixed and values[j] > 1e-4),
            reverse=True,
        )
        if not frac:
            break
        quota = max(1, len(frac) // 5)  # besides everything already at 1
        ones: list[int] = []
        zeros: list[int] = []
        for value, (r, m), j in frac:
            if len(ones) + len(zeros) >= quota and value <= 0.99:
                break
            request = requests[r]
            if r in fixed:
                zeros.append(j)  # the request went to someone else
            elif ledger.fits(m, request, request.hours_per_week):
                ledger.add(m, request, request.hours_per_week)
                fixed.add(r)
                ones.append(j)
            else:
                zeros.append(j)  # cannot be made whole: let the LP route around it
        for cols, level in ((ones, 1.0), (zeros, 0.0)):
            if cols:
                idx = np.asarray(cols, dtype=np.int32)
                h.changeColsBounds(len(idx), idx, np.full(len(idx), level), np.full(len(idx), level))
        backend.limit(until - time.monotonic())
        h.run()
        if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            break
        values = np.asarray(h.getSolution().col_value)
    lower = np.asarray(md.lower[:n], dtype=np.float64)
    upper = np.asarray(md.upper[:n], dtype=np.float64)
    h.changeColsBounds(n, np.arange(n, dtype=np.int32), lower, upper)
    return values
