"""The vectorised region model against its event-by-event reference, every mechanism on."""

from __future__ import annotations

import numpy as np
import pytest

from flexpool.engines.simulation import MunicipalityProfile, OrganisationModel, ScenarioParameters
from flexpool.engines.simulation.region import METRIC_NAMES, simulate_batch

from .region_reference import reference_run

SMALL_REGION = [
    MunicipalityProfile("GM0001", "Grootstad", 60_000, 27_000),
    MunicipalityProfile("GM0002", "Middeldorp", 25_000, 11_000),
    MunicipalityProfile("GM0003", "Kleinveen", 9_000, 4_000),
]
# Late joiners, a pool that starts at half size and grows, the job 10 % bigger than planned,
# hiring, ramp-up, attrition, learning and outsourcing all at their defaults (all on).
EVERYTHING_ON = {
    "flexpool": ScenarioParameters(
        organisation=OrganisationModel.FLEXPOOL,
        founding_members=("GM0001", "GM0003"),
        late_join_after_years=3,
        pool_initial_share=0.5,
        pool_growth_years=4,
        demand_scale=1.1,
    ),
    "expert_team": ScenarioParameters(organisation=OrganisationModel.EXPERT_TEAM, staffing_ratio=0.8),
}
REPLICATIONS = 100


@pytest.mark.parametrize("name", list(EVERYTHING_ON))
def test_vectorised_model_agrees_with_the_event_by_event_reference(name):
    params = EVERYTHING_ON[name]
    vectorised = simulate_batch(SMALL_REGION, [params], REPLICATIONS, seed=21).yearly
    reference = reference_run(SMALL_REGION, params, REPLICATIONS, seed=22)
    worst = 0.0
    for metric in METRIC_NAMES:
        a, b = vectorised[metric][0], reference[metric]
        both = ~np.isnan(a).any(axis=0) & ~np.isnan(b).any(axis=0)
        assert both.sum() >= 20, metric  # most years have data in both
        a, b = a[:, both], b[:, both]
        se = np.sqrt(a.var(axis=0, ddof=1) / len(a) + b.var(axis=0, ddof=1) / len(b))
        scale = np.maximum(np.abs(a.mean(axis=0)), 1.0)
        # Within 4.5 standard errors in every year (plus float32 rounding of the vectorised model).
        z = np.abs(a.mean(axis=0) - b.mean(axis=0)) / (se + 1e-6 * scale)
        worst = max(worst, float(z.max()))
        assert z.max() < 4.5, (metric, int(z.argmax()), float(z.max()))
    assert worst > 0.0
