"""Linear-programming relaxation of the GAP, solved with HiGHS.

Besides the lower bound, the LP gives reduced costs: a pair (agent, job) whose reduced cost
exceeds ``incumbent - bound`` can never be part of a better solution, so it can be removed
from the exact model without losing optimality. The LP duals also make a good, cheap
desirability measure for the regret greedy, and the LP optimum has at most m fractional
jobs, so rounding it is a near-optimal start on instances with many jobs per agent.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import highspy
import numpy as np
from numpy.typing import NDArray

from flexpool.engines.matching.gap.instance import GapInstance

FloatMatrix = NDArray[np.float64]

# HiGHS' tolerances are ~1e-7 (simplex) and 1e-8 relative (interior point); integer
# costs allow rounding the LP value up once a margin larger than that is subtracted.
_LP_ROUNDING_MARGIN = 1e-5
_LP_RELATIVE_MARGIN = 1e-6
# Above this many columns the interior-point method (with crossover, so that the optimum
# is a vertex with at most m split jobs) is faster than simplex on GAP relaxations:
# 2.1 s instead of 6.1 s for 80 × 1600 type E, 1.4 s instead of 2.2 s for type D.
INTERIOR_POINT_MIN_COLUMNS = 30_000


@dataclass(frozen=True, eq=False)
class LpRelaxation:
    """Optimal LP relaxation; ``lower_bound`` is rounded up (costs are integers)."""

    value: float
    lower_bound: int
    fractional_x: FloatMatrix  # agents × jobs, LP values of the assignment variables
    reduced_cost: FloatMatrix  # agents × jobs, ≥ 0 at the optimum (up to tolerance)


def build_gap_lp(instance: GapInstance) -> highspy.HighsLp:
    """LP relaxation of the GAP: column (i, j) has index i·n + j."""
    m, n = instance.cost.shape
    num_cols = m * n
    agent_of_col = np.repeat(np.arange(m), n)
    job_of_col = np.tile(np.arange(n), m)

    lp = highspy.HighsLp()
    lp.num_col_ = num_cols
    lp.num_row_ = n + m
    lp.col_cost_ = instance.cost.ravel().astype(np.float64)
    lp.col_lower_ = np.zeros(num_cols)
    # A job heavier than an agent's whole capacity can never go there.
    lp.col_upper_ = (instance.weight <= instance.capacity[:, None]).ravel().astype(np.float64)
    lp.row_lower_ = np.concatenate([np.ones(n), np.full(m, -highspy.kHighsInf)])
    lp.row_upper_ = np.concatenate([np.ones(n), instance.capacity.astype(np.float64)])
    # Column-wise: each column has the assignment row of its job and the capacity row
    # of its agent (job rows come first, so indices are already sorted).
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.arange(0, 2 * num_cols + 1, 2, dtype=np.int32)
    index = np.empty(2 * num_cols, dtype=np.int32)
    index[0::2] = job_of_col
    index[1::2] = n + agent_of_col
    values = np.empty(2 * num_cols, dtype=np.float64)
    values[0::2] = 1.0
    values[1::2] = instance.weight.ravel()
    lp.a_matrix_.index_ = index
    lp.a_matrix_.value_ = values

    return lp


def solve_lp_relaxation(instance: GapInstance, time_limit_s: float) -> LpRelaxation | None:
    """Solve the LP relaxation; None if HiGHS did not reach optimality within the limit."""
    if time_limit_s <= 0.01:
        return None
    m, n = instance.cost.shape
    lp = build_gap_lp(instance)
    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("time_limit", float(time_limit_s))
    highs.setOptionValue("threads", 1)
    if instance.cost.size >= INTERIOR_POINT_MIN_COLUMNS:
        highs.setOptionValue("solver", "ipm")
        highs.setOptionValue("run_crossover", "on")
    highs.passModel(lp)
    highs.run()
    if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None
    solution = highs.getSolution()
    value = float(highs.getInfo().objective_function_value)
    x = np.asarray(solution.col_value, dtype=np.float64).reshape(m, n)
    reduced = np.asarray(solution.col_dual, dtype=np.float64).reshape(m, n)
    # Columns fixed to 0 (too heavy) report arbitrary duals; make them unattractive.
    reduced = np.where(instance.weight <= instance.capacity[:, None], reduced, np.inf)
    return LpRelaxation(
        value=value,
        lower_bound=math.ceil(value - max(_LP_ROUNDING_MARGIN, _LP_RELATIVE_MARGIN * abs(value))),
        fractional_x=x,
        reduced_cost=np.maximum(reduced, 0.0),
    )
