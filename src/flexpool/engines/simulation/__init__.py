"""Scenario simulator for regional design workshops (ontwerpateliers).

Plain Python and NumPy; it never reads files or imports Django. The web layer passes in
municipality sizes and scenario parameters and renders the returned bands.

    from flexpool.engines.simulation import MunicipalityProfile, ScenarioParameters, simulate
    result = simulate(region, ScenarioParameters(), replications=1_000, seed=1)
    result.band("on_time_share").p50  # one value per year 2025..2050
"""

from .parameters import (
    DemandAssumptions,
    MunicipalityProfile,
    OrganisationModel,
    ScenarioParameters,
    Skill,
)
from .queueing import QueueEstimate, erlang_c, estimate_mmc, fcfs_waits, mmc_waits
from .results import METRICS, Band, SimulationResult, Totals
from .scenarios import (
    DEFAULT_FACTORS,
    Comparison,
    PoolSizeCurve,
    PoolSizePoint,
    ScenarioSummary,
    SensitivityFactor,
    TornadoBar,
    compare,
    pool_size_curve,
    sensitivity,
    simulate,
)

__all__ = [
    "DEFAULT_FACTORS",
    "METRICS",
    "Band",
    "Comparison",
    "DemandAssumptions",
    "MunicipalityProfile",
    "OrganisationModel",
    "PoolSizeCurve",
    "PoolSizePoint",
    "QueueEstimate",
    "ScenarioParameters",
    "ScenarioSummary",
    "SensitivityFactor",
    "SimulationResult",
    "Skill",
    "TornadoBar",
    "Totals",
    "compare",
    "erlang_c",
    "estimate_mmc",
    "fcfs_waits",
    "mmc_waits",
    "pool_size_curve",
    "sensitivity",
    "simulate",
]
