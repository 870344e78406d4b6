"""Outputs of the simulator: per-year percentile bands and the raw per-replication values."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np

# Output name -> plain-language meaning (shown in the workshop page and the docs).
METRICS: dict[str, str] = {
    "backlog_hours": "work waiting at year end (hours)",
    "waiting_weeks": "average wait from request to done (weeks; Little's law)",
    "on_time_share": "share of task hours due this year that were done by their deadline",
    "utilisation": "hours worked on tasks / task hours available from staff",
    "cost_eur": "staff, external hire and pool running costs in the year (euro)",
    "knowledge_fte_years": "experience held by staff working in the region (FTE-years)",
    "outsourced_share": "share of the year's new work that left the regional queue (external hire)",
    "staff_fte": "average staff employed (FTE), municipalities and pool together",
    "pool_fte": "average staff of the regional pool (FTE)",
}


@dataclass(frozen=True)
class Band:
    """10th, 50th and 90th percentile across replications, one value per year."""

    p10: np.ndarray
    p50: np.ndarray
    p90: np.ndarray


@dataclass(frozen=True)
class Totals:
    """Hours over the whole horizon per ``[skill, municipality, replication]`` (conservation)."""

    arrived: np.ndarray
    served: np.ndarray
    waiting: np.ndarray
    outsourced: np.ndarray


@dataclass(frozen=True)
class SimulationResult:
    years: np.ndarray  # [years]
    replications: int
    bands: dict[str, Band]
    per_replication: dict[str, np.ndarray]  # metric -> [replications, years]
    totals: Totals

    def band(self, metric: str) -> Band:
        return self.bands[metric]

    def horizon_mean(self, metric: str) -> np.ndarray:
        """Per replication: the metric averaged over the years (NaN years ignored)."""
        means: np.ndarray = np.nanmean(self.per_replication[metric], axis=1)
        return means


def percentile_bands(values: np.ndarray) -> Band:
    """``values`` is ``[replications, years]``; NaN (no work that year) stays NaN."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN years stay NaN
        if np.isnan(values).any():
            p10, p50, p90 = np.nanpercentile(values, [10, 50, 90], axis=0)
        else:
            p10, p50, p90 = np.percentile(values, [10, 50, 90], axis=0)
    return Band(p10=p10, p50=p50, p90=p90)
