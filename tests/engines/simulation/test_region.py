"""The weekly region simulator: reproducibility, conservation, sanity and the public API."""

from __future__ import annotations

import ast
import itertools
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from flexpool.engines.simulation import (
    METRICS,
    MunicipalityProfile,
    OrganisationModel,
    ScenarioParameters,
    SensitivityFactor,
    compare,
    sensitivity,
    simulate,
)
from flexpool.engines.simulation.demand import expected_hours

REGION = [
    MunicipalityProfile("GM0001", "Grootstad", 120_000, 55_000),
    MunicipalityProfile("GM0002", "Middeldorp", 35_000, 15_000),
    MunicipalityProfile("GM0003", "Kleinveen", 12_000, 5_200),
    MunicipalityProfile("GM0004", "Heidewold", 9_000, 4_000),
]
YEARS = 26


def test_same_seed_same_result_and_other_seed_differs():
    params = ScenarioParameters()
    first = simulate(REGION, params, replications=30, seed=4)
    again = simulate(REGION, params, replications=30, seed=4)
    other = simulate(REGION, params, replications=30, seed=5)
    for metric in METRICS:
        np.testing.assert_array_equal(first.per_replication[metric], again.per_replication[metric])
    assert not np.array_equal(first.per_replication["backlog_hours"], other.per_replication["backlog_hours"])


def test_a_scenario_gets_the_same_numbers_alone_and_in_a_comparison():
    params = ScenarioParameters(organisation=OrganisationModel.EXPERT_TEAM)
    alone = simulate(REGION, params, replications=20, seed=7)
    together = compare(
        REGION, {"own": ScenarioParameters(organisation=OrganisationModel.OWN), "x": params}, 20, 7
    )
    for metric in METRICS:
        np.testing.assert_allclose(
            together.results["x"].per_replication[metric], alone.per_replication[metric], rtol=1e-5
        )


@pytest.mark.parametrize("model", list(OrganisationModel))
def test_every_hour_is_done_waiting_or_outsourced(model):
    result = simulate(REGION, ScenarioParameters(organisation=model), replications=25, seed=1)
    totals = result.totals
    assert totals.arrived.shape == (3, len(REGION), 25)
    assert np.all(totals.served >= 0) and np.all(totals.waiting >= -1e-3) and np.all(totals.outsourced >= 0)
    # float32 state: allow rounding of a millionth of the cumulative hours
    np.testing.assert_allclose(
        totals.served + totals.waiting + totals.outsourced, totals.arrived, rtol=1e-5, atol=0.5
    )
    assert totals.arrived.sum() > 0


def test_outputs_have_one_band_per_year_and_ordered_percentiles():
    result = simulate(REGION, ScenarioParameters(), replications=40, seed=2)
    assert list(result.years) == list(range(2025, 2051))
    for metric in METRICS:
        band = result.band(metric)
        assert band.p50.shape == (YEARS,)
        ok = ~np.isnan(band.p50)
        assert np.all(band.p10[ok] <= band.p50[ok] + 1e-9) and np.all(band.p50[ok] <= band.p90[ok] + 1e-9)
    on_time = result.band("on_time_share").p50
    assert np.nanmin(on_time) >= 0 and np.nanmax(on_time) <= 1
    assert np.all(result.band("cost_eur").p50 > 0)


def test_expected_demand_follows_the_phases_and_scales_with_size():
    hours = expected_hours(REGION, ScenarioParameters().demand)  # [years, skills, municipalities]
    per_municipality = hours.sum(axis=(0, 1))
    assert np.all(np.diff(per_municipality) < 0)  # bigger municipality, more work
    yearly = hours.sum(axis=(1, 2))
    assert yearly[5:12].mean() > yearly[-5:].mean()  # the neighbourhood-plan wave peaks early


def test_more_staff_never_makes_waiting_worse_with_the_same_seed():
    # Queueing special case of the region model: no hiring limits or attrition, fixed staff.
    base = ScenarioParameters(
        organisation=OrganisationModel.OWN,
        annual_attrition=0.0,
        attrition_uncertainty=0.0,
        initial_staffing_share=1.0,
        regional_hires_per_100k_inhabitants_per_year=1e6,
        vacancy_fill_weeks_small=1.0,
        vacancy_fill_weeks_large=1.0,
        learning_max_gain=1.0,
    )
    waits = []
    for ratio in (0.8, 1.0, 1.3, 1.8):
        result = simulate(REGION, replace(base, staffing_ratio=ratio), replications=30, seed=8)
        waits.append(result.per_replication["waiting_weeks"])
    for fewer, more in itertools.pairwise(waits):
        assert np.nanmean(more) <= np.nanmean(fewer)
        assert np.all(np.nan_to_num(more) <= np.nan_to_num(fewer) + 1e-6)


def test_pooling_helps_small_municipalities_meet_deadlines():
    comparison = compare(
        REGION,
        {
            "own": ScenarioParameters(organisation=OrganisationModel.OWN),
            "flexpool": ScenarioParameters(organisation=OrganisationModel.FLEXPOOL),
        },
        replications=60,
        seed=3,
    )
    own, pool = comparison.summary("on_time_share")
    assert (own.name, pool.name) == ("own", "flexpool")
    assert pool.p50 > own.p50
    difference = comparison.difference("on_time_share", "flexpool", "own")
    assert difference.p10 > 0  # paired on the same demand, so even the 10th percentile is a gain
    assert comparison.summary("pool_fte")[0].p50 == 0


def test_late_joiners_are_not_served_by_the_pool_before_they_join():
    params = ScenarioParameters(founding_members=("GM0001", "GM0002"), late_join_after_years=5)
    early = simulate(REGION, params, replications=20, seed=6)
    everyone = simulate(REGION, replace(params, founding_members=None), replications=20, seed=6)
    assert early.band("pool_fte").p50[0] < everyone.band("pool_fte").p50[0]


def test_sensitivity_returns_tornado_bars_sorted_by_swing():
    factors = [
        SensitivityFactor("demand_scale", 0.7, 1.3, "size of the job"),
        SensitivityFactor("travel_share", 0.04, 0.06, "travel"),
    ]
    bars = sensitivity(REGION, ScenarioParameters(), "on_time_share", factors, replications=20, seed=1)
    assert [bar.factor.field for bar in bars] == ["demand_scale", "travel_share"]
    assert bars[0].swing >= bars[1].swing
    assert bars[0].output_at_low > bars[0].output_at_high  # more work, fewer tasks on time
    with pytest.raises(ValueError):
        sensitivity(REGION, ScenarioParameters(), "no_such_metric", factors, replications=2)


def test_engine_never_imports_django_or_reads_files():
    package = Path(__file__).parents[3] / "src" / "flexpool" / "engines" / "simulation"
    for source in package.glob("*.py"):
        tree = ast.parse(source.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                assert not any(n.split(".")[0] in {"django", "rest_framework"} for n in names), source
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id != "open", source


def test_pool_size_curve_rises_with_the_pool_and_names_the_smallest_size():
    from flexpool.engines.simulation import pool_size_curve

    base = ScenarioParameters(organisation=OrganisationModel.FLEXPOOL)
    curve = pool_size_curve(REGION, base, [8.0, 0.5, 2.0, 4.0], service_level=0.85, replications=40, seed=3)
    assert [p.pool_fte for p in curve.points] == [0.5, 2.0, 4.0, 8.0]
    medians = [p.on_time_share[1] for p in curve.points]
    assert medians == sorted(medians) and medians[-1] > medians[0] + 0.1  # same demand: size alone
    waits = [p.waiting_weeks[1] for p in curve.points]
    assert waits == sorted(waits, reverse=True)
    for p in curve.points:
        assert p.on_time_share[0] <= p.on_time_share[1] <= p.on_time_share[2]
    reaching = [p.pool_fte for p in curve.points if p.on_time_share[1] >= 0.85]
    assert curve.smallest_fte == min(reaching)
    with pytest.raises(ValueError, match="pool"):
        pool_size_curve(REGION, ScenarioParameters(organisation=OrganisationModel.OWN), [1.0], 0.9, 10)
