"""Knapsack cuts on capacity rows: they never cut off a plan, so the tightened bound stays proven."""

from __future__ import annotations

import time

import numpy as np
from hypothesis import HealthCheck, given, settings

from flexpool.engines.matching import PoolSettings
from flexpool.engines.matching.components import _tighten, solve_component
from flexpool.engines.matching.cuts import KnapsackCuts
from flexpool.engines.matching.highs_backend import HighsComponent
from flexpool.engines.matching.model import add_municipality_rows, build_model, warm_start_values
from flexpool.engines.matching.prepared import Prepared
from flexpool.engines.matching.problem import Problem
from tests.engines.matching.builders import WEEKS, instance, member, request
from tests.engines.matching.test_properties import instances

SOLVER = PoolSettings(time_limit_s=5.0, local_ties_hard=True)


def _rows_hold(md, values: np.ndarray, first: int) -> bool:
    for idx, val, lo, hi in md.rows[first:]:
        activity = float(np.dot(values[idx], val))
        if activity > hi + 1e-6 or activity < lo - 1e-6:
            return False
    return True


def test_cuts_tighten_a_fractional_knapsack() -> None:
    # One member with 20 free hours, three 8-hour requests: the LP takes 2.5 of them, a plan 2.
    data = instance(
        [member("m1", hours=20.0)],
        [request(f"r{i}", hours=8.0, start=0, end=WEEKS - 1) for i in range(3)],
    )
    problem = Problem(Prepared(data, SOLVER))
    md = build_model(problem, 0)
    backend = HighsComponent(0.0)
    lp = backend.relaxation(md, 5.0)
    tightened = _tighten(backend, md, lp, float("inf"))
    served_volume = 8.0 * WEEKS
    assert lp.bound - tightened.bound > 0.4 * served_volume  # half a request less
    exact = HighsComponent(0.0).solve(build_model(problem, 0), np.zeros(len(md.cost)), 5.0)
    assert tightened.bound >= exact.objective - 1e-6


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=instances())
def test_cuts_keep_every_plan_and_the_optimum(data) -> None:
    problem = Problem(Prepared(data, SOLVER))
    for c in range(len(problem.components)):
        # The exact optimum of the part, with every municipalities row.
        full = build_model(problem, c)
        for m in list(full.by_member):
            add_municipality_rows(problem, full, m)
        exact = HighsComponent(0.0).solve(full, np.zeros(len(full.cost)), 5.0)
        md = build_model(problem, c)
        first = len(md.rows)
        backend = HighsComponent(0.0)
        lp = backend.relaxation(md, 5.0)
        cuts = KnapsackCuts(md)
        for _ in range(5):
            if lp.values is None or not cuts.separate(lp.values):
                break
            lp = backend.relaxation(md, 5.0)
        assert lp.values is not None
        if exact.values is not None:
            assert lp.bound >= exact.objective - 1e-6 * max(1.0, abs(exact.objective))
        # A plan that keeps every hard rule satisfies every cut.
        result = solve_component(problem, c, 1.0, time.monotonic() + 2.0)
        assert _rows_hold(md, warm_start_values(problem, c, md, result.solution), first)
        assert result.bound >= result.objective - 1e-6 * max(1.0, abs(result.objective))
