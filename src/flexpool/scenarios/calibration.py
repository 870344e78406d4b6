"""Calibration from a pool's own data: task sizes fitted from its finished requests and approved hours.

The simulator draws task hours from a gamma distribution (``DemandAssumptions.mean_task_hours`` per
skill and ``task_hours_shape``). A pool that has finished requests in Flexpool knows how large its
tasks really were: the approved hours per finished request. The fit is by moments: the mean of the
hours per request, and shape = mean² / variance (sample variance). Applied to a run, the mean scales
the three skill means together (their ratios stay), the shape replaces the default.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Sum
from django.utils.translation import gettext_lazy as _

from flexpool.demand.lifecycle import RequestStatus
from flexpool.engines.simulation import DemandAssumptions
from flexpool.hours.lifecycle import HourStatus

MIN_REQUESTS = 5  # below this many finished requests with hours: too little data to fit


@dataclass(frozen=True)
class FittedValue:
    key: str
    label: str
    default: float
    fitted: float | None  # None: too little data
    requests: int
    weeks: int


@dataclass(frozen=True)
class Calibration:
    values: list[FittedValue]
    requests: int  # finished requests with approved hours
    weeks: int  # distinct weeks with approved hours on them

    @property
    def usable(self) -> bool:
        return all(v.fitted is not None for v in self.values)

    def demand_overrides(self) -> dict[str, Any]:
        """The fitted values as fields of DemandAssumptions (empty when there is too little data)."""
        if not self.usable:
            return {}
        by_key = {v.key: v for v in self.values}
        default = DemandAssumptions()
        scale = by_key["mean_task_hours"].fitted / by_key["mean_task_hours"].default
        return {
            "mean_task_hours": [round(h * scale, 2) for h in default.mean_task_hours],
            "task_hours_shape": by_key["task_hours_shape"].fitted,
        }


def default_mean_task_hours() -> float:
    hours = DemandAssumptions().mean_task_hours
    return sum(hours) / len(hours)


def fit_pool(pool_id: int | None) -> Calibration | None:
    """Fit task size and spread from the pool's finished requests; None for a workshop without a pool."""
    if pool_id is None:
        return None
    from flexpool.hours.models import HourEntry

    approved = HourEntry.objects.filter(
        assignment__request__pool_id=pool_id,
        assignment__request__status=RequestStatus.COMPLETED,
        status=HourStatus.APPROVED,
    )
    per_request = (
        approved.values("assignment__request_id")
        .annotate(total=Sum("hours"), entries=Count("pk"))
        .order_by("assignment__request_id")
    )
    hours = [float(row["total"]) for row in per_request if row["total"] and row["total"] > 0]
    weeks = approved.values("week").distinct().count()
    n = len(hours)
    default = DemandAssumptions()
    mean = statistics.fmean(hours) if n >= MIN_REQUESTS else None
    shape = None
    if mean is not None:
        variance = statistics.variance(hours)
        shape = round(mean * mean / variance, 2) if variance > 0 else None
    return Calibration(
        values=[
            FittedValue(
                "mean_task_hours",
                _("Uren per taak (gemiddeld)"),
                round(default_mean_task_hours(), 1),
                round(mean, 1) if mean is not None else None,
                n,
                weeks,
            ),
            FittedValue(
                "task_hours_shape",
                _("Spreiding van de taakgrootte (vormgetal; hoger is gelijkmatiger)"),
                default.task_hours_shape,
                shape,
                n,
                weeks,
            ),
        ],
        requests=n,
        weeks=weeks,
    )
