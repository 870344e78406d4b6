"""RINS around the search's best, and the search's stall limit that hands over to it."""

import itertools
import time

import numpy as np
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from flexpool.engines.matching.gap import GapInstance
from flexpool.engines.matching.gap.bound import solve_lp_relaxation
from flexpool.engines.matching.gap.ejection import ejection_chain_search
from flexpool.engines.matching.gap.rins import rins

from .helpers import brute_force_optimum, type_d_like


def test_rins_frees_the_jobs_where_plan_and_lp_disagree_and_solves_them_exactly() -> None:
    # Loose capacities: the LP optimum is integral (every job on its cheapest agent).
    cost = np.array([[1, 9, 9, 9], [9, 1, 9, 9], [9, 9, 1, 1]], dtype=np.int64)
    instance = GapInstance("loose", cost, np.ones((3, 4), dtype=np.int64), np.full(3, 4, dtype=np.int64))
    lp = solve_lp_relaxation(instance, 5.0)
    assert lp is not None
    incumbent = np.array([0, 0, 2, 1])  # jobs 1 and 3 off their cheapest agent
    improved, optimal = rins(instance, incumbent, lp.fractional_x, time.monotonic() + 5.0)
    assert optimal
    assert improved is not None and improved.tolist() == [0, 1, 2, 2]
    assert incumbent.tolist() == [0, 0, 2, 1]  # the caller's array is left alone


def test_rins_has_nothing_to_do_where_plan_and_lp_agree() -> None:
    cost = np.array([[1, 9], [9, 1]], dtype=np.int64)
    instance = GapInstance("agree", cost, np.ones((2, 2), dtype=np.int64), np.full(2, 2, dtype=np.int64))
    lp = solve_lp_relaxation(instance, 5.0)
    assert lp is not None
    assert rins(instance, np.array([0, 1]), lp.fractional_x, time.monotonic() + 5.0) == (None, True)


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000), agents=st.integers(2, 3), jobs=st.integers(4, 7), pick=st.integers(0, 10**6)
)
def test_rins_only_returns_feasible_cheaper_plans_that_keep_the_agreed_jobs(
    seed: int, agents: int, jobs: int, pick: int
) -> None:
    instance = type_d_like(agents, jobs, seed=seed)
    feasible = [a for a in itertools.product(range(agents), repeat=jobs) if instance.is_feasible(a)]
    assume(feasible)
    start = np.array(feasible[pick % len(feasible)])  # any feasible plan, good or bad
    lp = solve_lp_relaxation(instance, 5.0)
    assert lp is not None
    improved, optimal = rins(instance, start, lp.fractional_x, time.monotonic() + 5.0)
    agreed = (lp.fractional_x.max(axis=0) >= 1 - 1e-6) & (np.argmax(lp.fractional_x, axis=0) == start)
    if improved is None:
        assert optimal  # tiny neighbourhoods are always solved to the end
        return
    assert instance.is_feasible(improved)
    assert instance.objective(improved) < instance.objective(start)
    assert np.array_equal(improved[agreed], start[agreed])
    assert instance.objective(improved) >= brute_force_optimum(instance)


def test_search_ends_once_it_has_stalled() -> None:
    instance = type_d_like(10, 100, seed=4)
    lp = solve_lp_relaxation(instance, 5.0)
    assert lp is not None
    start = np.argmax(lp.fractional_x, axis=0)
    began = time.monotonic()
    searched = ejection_chain_search(instance, start, began + 60.0, seed=0, stall_s=0.3)
    assert searched.assignment is not None and instance.is_feasible(searched.assignment)
    assert time.monotonic() - began < 30.0  # far from the deadline
