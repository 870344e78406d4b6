"""Fairness under scarcity: fair shares by water-filling over entitlements, and a transfer rule.

The rule (see docs/matching.md for the why):

1. Fair share. Per independent part of the pool (component), the hours the pool can deliver are
   divided over the municipalities with requests in it in proportion to their entitlement
   (contribution x tier factor), but nobody gets more than it asked for; what a municipality
   does not need is divided again over the others (water-filling). Without scarcity every fair
   share equals the demand.
2. Objective. Each hour up to a municipality's fair share earns a bonus of
   ``fairness_weight * average fair share / own fair share`` (so reaching its fair share is worth
   the same for every municipality, and a small one is not crowded out by a large one).
3. Guarantee, checked after solving and repaired if needed: no *fairness-improving transfer*
   exists: a member serving a request of municipality B who could instead serve an open request
   of municipality A, where A is below its fair share, A's request is at least as many hours, and
   after the swap A's served/fair-share ratio is still at most B's.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from flexpool.engines.matching.prepared import Prepared
    from flexpool.engines.matching.problem import Candidates

# A municipality with a tiny fair share would otherwise get a bonus that swamps every criterion
# and hurts numerical stability.
MAX_RATE_FACTOR = 10.0


def water_fill(demand: dict[str, float], weight: dict[str, float], total: float) -> dict[str, float]:
    """Split `total` in proportion to `weight`, capping each at its `demand` and redistributing
    the excess. Returns shares that sum to min(total, sum of demand)."""
    share = {g: 0.0 for g in demand}
    open_ = {g for g in demand if demand[g] > 0}
    left = min(total, sum(demand.values()))
    while open_ and left > 1e-9:
        weights = {g: max(weight.get(g, 0.0), 1e-9) for g in open_}
        level = left / sum(weights.values())
        capped = {g for g in open_ if demand[g] - share[g] <= level * weights[g]}
        if not capped:
            for g in open_:
                share[g] += level * weights[g]
            break
        for g in capped:
            left -= demand[g] - share[g]
            share[g] = demand[g]
        open_ -= capped
    return share


@dataclass(frozen=True, slots=True)
class FairShares:
    target: dict[tuple[int, str], float]  # (component, municipality) -> fair share in hours
    rate: dict[tuple[int, str], float]  # bonus points per hour up to the fair share
    demand: dict[tuple[int, str], float]
    supply: dict[int, float]  # deliverable hours per component


def deliverable_hours(prep: Prepared, cands: list[Candidates]) -> np.ndarray:
    """Per member: hours they could actually spend on requests they are a candidate for, i.e.
    free capacity capped by the hours asked of them in each week."""
    n, w = prep.capacity.shape
    diff = np.zeros((n, w + 1))
    for r, cand in enumerate(cands):
        if not cand.coef:
            continue
        request = prep.data.requests[r]
        members = np.fromiter(cand.coef, dtype=np.int64)
        diff[members, request.start_week] += request.hours_per_week
        diff[members, request.end_week + 1] -= request.hours_per_week
    asked = np.cumsum(diff, axis=1)[:, :w]
    hours: np.ndarray = np.minimum(np.maximum(prep.capacity, 0.0), asked).sum(axis=1)
    return hours


def fair_shares(prep: Prepared, cands: list[Candidates], components: list[list[int]]) -> FairShares:
    per_member = deliverable_hours(prep, cands)
    target, rate, demand_all, supply = {}, {}, {}, {}
    for c, requests in enumerate(components):
        demand: dict[str, float] = defaultdict(float)
        members: set[int] = set()
        for r in requests:
            request = prep.data.requests[r]
            for g, fraction in request.payers:
                demand[g] += request.volume * fraction
            members.update(cands[r].coef)
        supply[c] = float(per_member[sorted(members)].sum())
        weight = {g: prep.municipality[g].entitlement for g in demand}
        shares = water_fill(dict(demand), weight, supply[c])
        positive = [s for s in shares.values() if s > 0]
        mean = sum(positive) / len(positive) if positive else 0.0
        for g, s in shares.items():
            target[(c, g)] = s
            demand_all[(c, g)] = demand[g]
            factor = min(MAX_RATE_FACTOR, mean / s) if s > 0 else 0.0
            rate[(c, g)] = prep.settings.fairness_weight * factor
    return FairShares(target, rate, demand_all, supply)
