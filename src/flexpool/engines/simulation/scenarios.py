"""Public entry points: simulate one scenario, compare scenarios, and a sensitivity analysis."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from .parameters import MunicipalityProfile, ScenarioParameters
from .region import simulate_batch
from .results import METRICS, SimulationResult, percentile_bands


def _results(
    region: Sequence[MunicipalityProfile],
    scenarios: Sequence[ScenarioParameters],
    replications: int,
    seed: int,
) -> list[SimulationResult]:
    """Run scenarios, batching those that can share a vectorised run (same random demand)."""
    if replications < 1:
        raise ValueError("replications must be at least 1")
    groups: dict[tuple[object, ...], list[int]] = {}
    for index, scenario in enumerate(scenarios):
        groups.setdefault(scenario.batch_key(), []).append(index)
    results: list[SimulationResult | None] = [None] * len(scenarios)
    for indices in groups.values():
        batch = simulate_batch(region, [scenarios[i] for i in indices], replications, seed)
        demand = scenarios[indices[0]].demand
        years = np.arange(demand.start_year, demand.end_year + 1)
        for position, index in enumerate(indices):
            per_replication = {name: batch.yearly[name][position] for name in METRICS}
            results[index] = SimulationResult(
                years=years,
                replications=replications,
                bands={name: percentile_bands(values) for name, values in per_replication.items()},
                per_replication=per_replication,
                totals=batch.totals[position],
            )
    return [r for r in results if r is not None]


def simulate(
    region: list[MunicipalityProfile],
    params: ScenarioParameters,
    replications: int = 1_000,
    seed: int = 0,
) -> SimulationResult:
    """Simulate one scenario for a region; the same seed gives the same result."""
    return _results(region, [params], replications, seed)[0]


@dataclass(frozen=True)
class ScenarioSummary:
    """Horizon-wide headline figures of one scenario: median and 10-90 % range over replications."""

    name: str
    metric: str
    p10: float
    p50: float
    p90: float


@dataclass(frozen=True)
class Comparison:
    """Scenarios side by side, all run on the same random demand (common random numbers)."""

    names: tuple[str, ...]
    results: dict[str, SimulationResult]

    def summary(self, metric: str) -> list[ScenarioSummary]:
        rows = []
        for name in self.names:
            values = _horizon_value(self.results[name], metric)
            p10, p50, p90 = np.nanpercentile(values, [10, 50, 90])
            rows.append(ScenarioSummary(name, metric, float(p10), float(p50), float(p90)))
        return rows

    def difference(self, metric: str, name: str, baseline: str) -> ScenarioSummary:
        """Per-replication difference with the baseline; paired, so bands are narrow."""
        values = _horizon_value(self.results[name], metric) - _horizon_value(self.results[baseline], metric)
        p10, p50, p90 = np.nanpercentile(values, [10, 50, 90])
        return ScenarioSummary(f"{name} - {baseline}", metric, float(p10), float(p50), float(p90))


def _horizon_value(result: SimulationResult, metric: str) -> np.ndarray:
    """Per replication: total over the years for costs, the yearly mean for everything else."""
    values = result.per_replication[metric]
    per_replication: np.ndarray = values.sum(axis=1) if metric == "cost_eur" else np.nanmean(values, axis=1)
    return per_replication


def compare(
    region: list[MunicipalityProfile],
    scenarios: Mapping[str, ScenarioParameters],
    replications: int = 1_000,
    seed: int = 0,
) -> Comparison:
    """Simulate named scenarios side by side with common random numbers."""
    names = tuple(scenarios)
    results = _results(region, [scenarios[n] for n in names], replications, seed)
    return Comparison(names=names, results=dict(zip(names, results, strict=True)))


@dataclass(frozen=True)
class SensitivityFactor:
    """One assumption to vary: a ``ScenarioParameters`` field and its low and high values."""

    field: str
    low: object
    high: object
    label: str


@dataclass(frozen=True)
class TornadoBar:
    """Effect of one assumption on the chosen output (mean over replications of the horizon value)."""

    factor: SensitivityFactor
    output_at_low: float
    output_at_high: float
    baseline: float

    @property
    def swing(self) -> float:
        return abs(self.output_at_high - self.output_at_low)


DEFAULT_FACTORS: tuple[SensitivityFactor, ...] = (
    SensitivityFactor("demand_scale", 0.8, 1.2, "size of the job (task hours) ±20 %"),
    SensitivityFactor("staffing_ratio", 0.8, 1.2, "planned staff vs expected need ±20 %"),
    SensitivityFactor("annual_attrition", 0.06, 0.15, "attrition 6 % – 15 % a year"),
    SensitivityFactor("vacancy_fill_weeks_small", 20.0, 45.0, "time to fill a vacancy, small municipality"),
    SensitivityFactor("vacancy_fill_weeks_large", 10.0, 26.0, "time to fill a vacancy, large employer"),
    SensitivityFactor("regional_hires_per_100k_inhabitants_per_year", 2.0, 8.0, "regional labour market"),
    SensitivityFactor("ramp_up_weeks", 13.0, 52.0, "ramp-up of new staff 13 – 52 weeks"),
    SensitivityFactor("learning_progress_ratio", 0.95, 0.85, "learning effect (progress ratio)"),
    SensitivityFactor("coordination_overhead", 0.05, 0.20, "coordination overhead 5 % – 20 %"),
    SensitivityFactor("travel_share", 0.02, 0.10, "travel 2 % – 10 %"),
    SensitivityFactor("pooled_front_stage_efficiency", 0.6, 0.9, "pool efficiency on resident work"),
)


def sensitivity(
    region: list[MunicipalityProfile],
    base: ScenarioParameters,
    metric: str = "on_time_share",
    factors: Sequence[SensitivityFactor] = DEFAULT_FACTORS,
    replications: int = 200,
    seed: int = 0,
) -> list[TornadoBar]:
    """One-at-a-time sensitivity (tornado chart data), largest swing first.

    Every variant runs on the same random numbers as the baseline, so the bars show the effect
    of the assumption and not simulation noise.
    """
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; choose from {sorted(METRICS)}")
    variants = [base]
    for factor in factors:
        # The field is named at run time, so its value cannot be checked against its type here.
        low: dict[str, Any] = {factor.field: factor.low}
        high: dict[str, Any] = {factor.field: factor.high}
        variants.append(replace(base, **low))
        variants.append(replace(base, **high))
    results = _results(region, variants, replications, seed)
    outputs = [float(np.nanmean(_horizon_value(r, metric))) for r in results]
    bars = [
        TornadoBar(factor, outputs[1 + 2 * i], outputs[2 + 2 * i], outputs[0])
        for i, factor in enumerate(factors)
    ]
    return sorted(bars, key=lambda bar: bar.swing, reverse=True)


@dataclass(frozen=True)
class PoolSizePoint:
    """One pool size: 10th, 50th and 90th percentile over replications of horizon values."""

    pool_fte: float
    on_time_share: tuple[float, float, float]
    waiting_weeks: tuple[float, float, float]
    cost_eur_per_year: tuple[float, float, float]


@dataclass(frozen=True)
class PoolSizeCurve:
    points: list[PoolSizePoint]
    service_level: float  # the on-time share asked for (median over replications)
    smallest_fte: float | None  # the smallest size whose median reaches it; None: none does


def pool_size_curve(
    region: list[MunicipalityProfile],
    base: ScenarioParameters,
    sizes_fte: Sequence[float],
    service_level: float,
    replications: int = 200,
    seed: int = 0,
) -> PoolSizeCurve:
    """Share of work on time, waiting weeks and cost against the pool size (``pool_fte``).

    All sizes run as one batch on the same random demand, so the curve shows the effect of the
    size and not noise. ``base`` must have a pool (any model but OWN).
    """
    if not sizes_fte:
        raise ValueError("no pool sizes")
    if base.organisation.value == "own":
        raise ValueError("a pool-size curve needs a model with a regional pool")
    sizes = sorted(float(s) for s in sizes_fte)
    results = _results(region, [replace(base, pool_fte=s) for s in sizes], replications, seed)
    points = []
    for size, result in zip(sizes, results, strict=True):

        def band(values: np.ndarray) -> tuple[float, float, float]:
            p10, p50, p90 = np.nanpercentile(values, [10, 50, 90])
            return float(p10), float(p50), float(p90)

        points.append(
            PoolSizePoint(
                pool_fte=size,
                on_time_share=band(result.horizon_mean("on_time_share")),
                waiting_weeks=band(result.horizon_mean("waiting_weeks")),
                cost_eur_per_year=band(result.horizon_mean("cost_eur")),
            )
        )
    reaching = [p.pool_fte for p in points if p.on_time_share[1] >= service_level]
    return PoolSizeCurve(points=points, service_level=service_level, smallest_fte=min(reaching, default=None))
