"""Expected and random demand for work per year, skill and municipality.

Phases (heat programme, neighbourhood plans, execution, standing work) set the expected hours
per year; random tasks (Poisson counts, gamma sizes, uniform week within the year) realise it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .parameters import SKILL_COUNT, DemandAssumptions, MunicipalityProfile

WEEKS_PER_YEAR = 52


def _triangle_weights(years: np.ndarray, start: int, peak: int, end: int) -> np.ndarray:
    """Share of a wave falling in each year: a triangle from start over peak to end."""
    rising = np.clip((years - start + 1) / max(1, peak - start + 1), 0.0, 1.0)
    falling = np.clip((end - years + 1) / max(1, end - peak + 1), 0.0, 1.0)
    weights = np.where(years <= peak, rising, falling) * ((years >= start) & (years <= end))
    total = weights.sum()
    return weights / total if total > 0 else weights


def expected_hours(region: Sequence[MunicipalityProfile], demand: DemandAssumptions) -> np.ndarray:
    """Expected task hours, shaped ``[years, skills, municipalities]``."""
    years = np.arange(demand.start_year, demand.end_year + 1)
    population = np.array([m.population for m in region], dtype=float)
    dwellings = np.array([m.dwellings for m in region], dtype=float)
    neighbourhoods = np.maximum(1.0, dwellings / demand.dwellings_per_neighbourhood)

    programme_share = np.zeros(len(years))
    for due in demand.heat_programme_due_years:
        lead = (years > due - demand.heat_programme_lead_years) & (years <= due)
        programme_share += lead / max(1, demand.heat_programme_lead_years)
    programme_hours = (
        demand.heat_programme_base_hours
        + demand.heat_programme_hours_per_1000_inhabitants * population / 1000
    )

    start, peak, end = demand.neighbourhood_plan_wave
    plan_share = _triangle_weights(years, start, peak, end)
    # Execution of a neighbourhood starts execution_delay_years after its plan and is spread
    # evenly over execution_years: a convolution of the plan wave with a box.
    execution_share = np.zeros(len(years))
    for offset in range(demand.execution_years):
        shift = demand.execution_delay_years + offset
        if shift < len(years):
            execution_share[shift:] += plan_share[: len(years) - shift] / demand.execution_years
    execution_hours = demand.execution_hours_per_dwelling * dwellings  # over all neighbourhoods
    baseline_hours = (
        demand.baseline_hours_per_year + demand.baseline_hours_per_1000_inhabitants * population / 1000
    )

    phases = [
        (programme_share[:, None] * programme_hours[None, :], demand.heat_programme_skill_mix),
        (plan_share[:, None] * (neighbourhoods * demand.neighbourhood_plan_hours)[None, :],
         demand.neighbourhood_plan_skill_mix),
        (execution_share[:, None] * execution_hours[None, :], demand.execution_skill_mix),
        (np.ones((len(years), 1)) * baseline_hours[None, :], demand.baseline_skill_mix),
    ]  # fmt: skip
    hours = np.zeros((len(years), SKILL_COUNT, len(region)))
    for phase_hours, mix in phases:
        hours += phase_hours[:, None, :] * np.asarray(mix, dtype=float)[None, :, None]
    return hours


def volume_multipliers(demand: DemandAssumptions, replications: int, rng: np.random.Generator) -> np.ndarray:
    """Per-replication multiplier of all task hours: lognormal with mean 1."""
    sigma = demand.volume_uncertainty
    return np.exp(sigma * rng.standard_normal(replications) - 0.5 * sigma**2)


def _standard_gamma(shape: float, size: int, rng: np.random.Generator) -> np.ndarray:
    """Gamma(shape, 1) draws as float32; a small whole shape is a sum of exponentials, which
    NumPy draws several times faster than general gamma variates."""
    if float(shape).is_integer() and 1 <= shape <= 4:
        sizes = rng.standard_exponential(size, dtype=np.float32)
        for _ in range(int(shape) - 1):
            sizes += rng.standard_exponential(size, dtype=np.float32)
        return sizes
    return rng.standard_gamma(shape, size, dtype=np.float32)


def weekly_task_hours(
    expected_year: np.ndarray,
    demand: DemandAssumptions,
    volume: np.ndarray,
    rng: np.random.Generator,
) -> np.ndarray:
    """Random task hours arriving in each week of one year, ``[52, skills, municipalities, reps]``.

    ``expected_year`` is ``[skills, municipalities]``. Task counts per cell are Poisson with mean
    expected hours / mean task size; each task gets a gamma size and a uniform week.
    """
    skills, municipalities = expected_year.shape
    replications = len(volume)
    mean_size = np.asarray(demand.mean_task_hours, dtype=float)[:, None]
    task_rate = np.ascontiguousarray(
        np.broadcast_to((expected_year / mean_size)[:, :, None], (skills, municipalities, replications))
    )
    counts = rng.poisson(task_rate)
    cells = counts.size
    cell_of_task = np.repeat(np.arange(cells, dtype=np.int64), counts.ravel())
    # Size scale per cell: mean task size of the skill times the replication's volume factor.
    scale = (mean_size[:, :, None] / demand.task_hours_shape * volume[None, None, :]).repeat(
        municipalities, 1
    )
    sizes = _standard_gamma(demand.task_hours_shape, len(cell_of_task), rng)
    sizes *= scale.ravel().astype(np.float32)[cell_of_task]
    slot = rng.integers(0, WEEKS_PER_YEAR, len(cell_of_task), dtype=np.int64)
    slot *= cells
    slot += cell_of_task
    # np.zeros maps zero pages lazily and add.at sums repeated slots (several tasks in one week).
    hours = np.zeros(WEEKS_PER_YEAR * cells, dtype=np.float32)
    np.add.at(hours, slot, sizes)
    return hours.reshape(WEEKS_PER_YEAR, skills, municipalities, replications)
