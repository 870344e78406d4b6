"""The region model in its degenerate configuration is the Lindley recursion, and the exact
stationary values of the recursion are computed right (checked on a case with a closed form)."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from flexpool.engines.simulation.region import simulate_batch
from flexpool.engines.simulation.validation import (
    arrival_cdf,
    lindley_configuration,
    lindley_stationary,
    reflected_walk_stationary,
)


@pytest.mark.parametrize(("mean_size", "capacity"), [(1.0, 2.0), (1.0, 1.25), (3.0, 3.5)])
def test_stationary_solver_matches_the_d_m_1_closed_form(mean_size, capacity):
    # W <- max(0, W + S - T) with S exponential and T fixed is the D/M/1 waiting time:
    # P(W > x) = s exp(-(1 - s) x / m), with s = exp(-(1 - s) T / m).
    s = 0.5
    for _ in range(2000):
        s = math.exp(-(1 - s) * capacity / mean_size)
    exact_mean, exact_p = s * mean_size / (1 - s), s
    values = reflected_walk_stationary(
        lambda x: np.where(x < 0, 0.0, 1.0 - np.exp(-np.maximum(x, 0.0) / mean_size)),
        atom_at_zero=0.0,
        capacity=capacity,
        grid_unit=min(mean_size, capacity),
        arrival_top=60 * mean_size,
        tail_hours=45 * mean_size / (1 - s) + 10 * capacity,
        resolution=24,
    )
    assert values.mean_backlog_hours == pytest.approx(exact_mean, rel=1e-5)
    assert values.p_backlog == pytest.approx(exact_p, rel=1e-5)
    assert values.mean_low < exact_mean < values.mean_high
    assert values.p_low < exact_p < values.p_high


def test_weekly_arrival_distribution_has_the_compound_poisson_mean_and_atom():
    rate, size = 2.5, 40.0
    x = np.linspace(0, 2000, 200_001)
    cdf = arrival_cdf(x, rate, size)
    assert cdf[0] == pytest.approx(math.exp(-rate), rel=1e-12)  # no task in the week
    assert np.all(np.diff(cdf) >= -1e-15) and cdf[-1] == pytest.approx(1.0, abs=1e-12)
    mean = np.trapezoid(1.0 - cdf, x)  # E[A] = integral of the survival function
    assert mean == pytest.approx(rate * size, rel=1e-6)


def _model_backlog(case: dict, replications: int, weeks: int, warmup: int, seed: int) -> tuple:
    years = math.ceil((warmup + weeks) / 52)
    region, params = lindley_configuration(
        case["arrival_rate"], case["mean_task_hours"], case["staff"], case["hours_per_staff"], years
    )
    sums, busy = np.zeros(replications), np.zeros(replications)

    def observe(week: int, backlog: np.ndarray) -> None:
        if warmup <= week < warmup + weeks:
            total = backlog.sum(axis=(0, 1))[0]
            sums[:] += total
            busy[:] += total > 0

    batch = simulate_batch(region, [params], replications, seed, observe=observe)
    return sums / weeks, busy / weeks, batch


@pytest.mark.parametrize(
    "case",
    [
        {"arrival_rate": 0.405, "mean_task_hours": 20.0, "staff": 1, "hours_per_staff": 27.0},  # load 0.3
        {"arrival_rate": 1.26, "mean_task_hours": 120.0, "staff": 8, "hours_per_staff": 27.0},  # load 0.7
        {"arrival_rate": 2.86875, "mean_task_hours": 8.0, "staff": 1, "hours_per_staff": 27.0},  # 0.85
    ],
)
def test_region_model_degenerate_case_agrees_with_the_exact_recursion(case):
    means, shares, batch = _model_backlog(case, replications=64, weeks=3_000, warmup=520, seed=3)
    capacity = case["staff"] * case["hours_per_staff"]
    exact = lindley_stationary(case["arrival_rate"], case["mean_task_hours"], capacity, resolution=24)
    mean_se = means.std(ddof=1) / math.sqrt(len(means))
    p_se = shares.std(ddof=1) / math.sqrt(len(shares))
    assert abs(means.mean() - exact.mean_backlog_hours) < 4 * mean_se
    assert abs(shares.mean() - exact.p_backlog) < 4 * p_se
    assert batch.totals[0].outsourced.sum() == 0.0  # outsourcing is really off


def test_long_runs_keep_every_hour_and_outsource_nothing_by_rounding():
    # 300 years of about 1,000 task hours a week: the cumulative arrivals pass 1.5e7 hours, where
    # float32 steps are whole hours. The clock is moved back every year, so nothing drifts.
    region, params = lindley_configuration(5.0, 200.0, 111.0, 27.0, 300)  # load 0.33
    params = replace(params, outsource_after_weeks=52)  # on, but nothing waits a year at this load
    batch = simulate_batch(region, [params], 8, 5)
    totals = batch.totals[0]
    arrived = totals.arrived.sum(axis=(0, 1))
    assert np.all(arrived > 1.5e7)
    assert totals.outsourced.sum() == 0.0
    np.testing.assert_allclose(
        totals.served.sum(axis=(0, 1)) + totals.waiting.sum(axis=(0, 1)), arrived, rtol=1e-7
    )
    on_time = batch.yearly["on_time_share"][0]
    assert np.nanmin(on_time[:, 1:]) == 1.0  # a 26-week deadline is never missed at this load
