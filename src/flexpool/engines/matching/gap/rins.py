"""RINS for the GAP: the jobs on which the incumbent and the LP optimum agree stay where they
are; HiGHS solves the rest exactly (relaxation induced neighbourhood search, Danna, Rothberg
& Le Pape 2005).

On the tightly packed types D and E the tabu search settles in a few seconds on a solution
that no chain of its moves improves. The 20-50 jobs where that solution and the LP disagree
lie on many agents at once, a neighbourhood no chain of up to 6 jobs covers, and are few
enough for HiGHS (d20100: 49 jobs, from 6217 to 6213 in 1.8 s and 6210 in 5.7 s).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from flexpool.engines.matching.gap.instance import GapInstance, IntVector
from flexpool.engines.matching.gap.mip import solve_mip

_WHOLE = 1.0 - 1e-6  # LP value from which a job counts as placed whole
# A small cut pool lets HiGHS leave the root sooner, where its improving solutions come from
# (d20100's neighbourhood: 6213 after 1.8 s instead of 6215 after 7 s with the default 10,000).
_CUT_POOL = 10


def rins(
    instance: GapInstance,
    incumbent: IntVector,
    lp_x: np.ndarray,
    deadline: float,
    stop: Callable[[], bool] | None = None,
) -> tuple[IntVector | None, bool]:
    """A better feasible assignment than ``incumbent`` (or None) and whether the
    neighbourhood was solved to optimality. ``lp_x``: the LP's agents × jobs values."""
    whole = lp_x.max(axis=0) >= _WHOLE
    agree = whole & (np.argmax(lp_x, axis=0) == incumbent)
    free = np.flatnonzero(~agree)
    if free.size == 0:
        return None, True
    fixed = np.flatnonzero(agree)
    jobs_on = incumbent[fixed]
    used = np.bincount(jobs_on, weights=instance.weight[jobs_on, fixed], minlength=instance.num_agents)
    sub = GapInstance(
        name=f"{instance.name}-rins",
        cost=instance.cost[:, free].copy(),
        weight=instance.weight[:, free].copy(),
        capacity=(instance.capacity - used.astype(np.int64)),
    )
    outcome = solve_mip(
        sub, deadline - time.monotonic(), start=incumbent[free], stop=stop, cut_pool=_CUT_POOL
    )
    if outcome.assignment is None:
        return None, outcome.optimal
    candidate = incumbent.copy()
    candidate[free] = outcome.assignment
    better = instance.is_feasible(candidate) and instance.objective(candidate) < instance.objective(incumbent)
    return (candidate if better else None), outcome.optimal
