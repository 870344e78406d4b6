"""The matching problem in index form: candidates, components, fair shares, objective."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from flexpool.engines.matching.capacity import Part, Solution
from flexpool.engines.matching.domain import Request
from flexpool.engines.matching.fairness import FairShares, fair_shares
from flexpool.engines.matching.prepared import Prepared


@dataclass(frozen=True, slots=True)
class Candidates:
    full: np.ndarray  # member indices who can do the whole request alone
    partial: np.ndarray  # member indices who can take one part of a split (splittable only)
    coef: dict[int, float]  # member index -> points per hour, for full and partial members
    # Split requirement ("local" or a competence code) -> members among `coef` who meet it.
    covers: dict[str, frozenset[int]]


def build_candidates(prep: Prepared, request: Request) -> Candidates:
    full = prep.full_candidates(request)
    partial = prep.partial_candidates(request)
    members = np.union1d(full, partial)
    coef = dict(zip(members.tolist(), prep.coefficients(request, members).tolist(), strict=True))
    covers = {k: frozenset(members[mask].tolist()) for k, mask in prep.covers(request, members).items()}
    return Candidates(full, partial, coef, covers)


def connected_components(n_requests: int, cands: list[Candidates]) -> list[list[int]]:
    """Requests linked through a shared candidate member; members link nothing else, so each
    part can be solved on its own. Requests without candidates form no part at all."""
    parent = list(range(n_requests))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    first_request_of_member: dict[int, int] = {}
    for r, c in enumerate(cands):
        for m in c.coef:
            other = first_request_of_member.setdefault(m, r)
            ra, rb = find(r), find(other)
            if ra != rb:
                parent[ra] = rb
    groups: dict[int, list[int]] = defaultdict(list)
    for r, c in enumerate(cands):
        if c.coef:
            groups[find(r)].append(r)
    return sorted(groups.values(), key=len, reverse=True)


class Problem:
    def __init__(self, prep: Prepared) -> None:
        self.prep = prep
        requests = prep.data.requests
        self.cands = [build_candidates(prep, r) for r in requests]
        self.components = connected_components(len(requests), self.cands)
        self.component_of = {r: c for c, rs in enumerate(self.components) for r in rs}
        self.shares: FairShares = fair_shares(prep, self.cands, self.components)
        # Member -> requests they are a candidate for (alone or for a share).
        self.member_requests: dict[int, list[int]] = defaultdict(list)
        for r, cand in enumerate(self.cands):
            for m in cand.coef:
                self.member_requests[m].append(r)
        self._members_of: dict[int, list[int]] = {}

    def members_of(self, component: int) -> list[int]:
        if component not in self._members_of:
            members = {m for r in self.components[component] for m in self.cands[r].coef}
            self._members_of[component] = sorted(members)
        return self._members_of[component]

    def supply_ratio(self, component: int) -> float:
        """Deliverable hours over requested hours in this part (1.6-1.9: scarce; 2.5-3: ample)."""
        demand = sum(v for (c, _), v in self.shares.demand.items() if c == component)
        return self.shares.supply.get(component, 0.0) / demand if demand > 0 else float("inf")

    def part_points(self, part: Part) -> float:
        request = self.prep.data.requests[part.request]
        return part.hours * request.weeks * self.cands[part.request].coef[part.member]

    def served_hours(self, solution: Solution) -> dict[tuple[int, str], float]:
        """Hours over the period per (component, municipality)."""
        served: dict[tuple[int, str], float] = defaultdict(float)
        for r in solution:
            request = self.prep.data.requests[r]
            for g, fraction in request.payers:
                served[(self.component_of[r], g)] += request.volume * fraction
        return served

    def objective(self, solution: Solution, components: list[int] | None = None) -> float:
        keep = None if components is None else set(components)
        match = sum(
            self.part_points(p)
            for r, parts in solution.items()
            if keep is None or self.component_of[r] in keep
            for p in parts
        )
        bonus = 0.0
        for key, hours in self.served_hours(solution).items():
            if keep is None or key[0] in keep:
                bonus += self.shares.rate[key] * min(hours, self.shares.target[key])
        return match + bonus

    def upper_bound_trivial(self, component: int) -> float:
        """Every request served by its best candidate and every fair-share bonus in full."""
        total = 0.0
        for r in self.components[component]:
            request = self.prep.data.requests[r]
            total += request.volume * max(self.cands[r].coef.values())
        for key, target in self.shares.target.items():
            if key[0] == component:
                total += self.shares.rate[key] * target
        return total
