"""The MIP for one component, built as sparse rows for HiGHS.

Variables: x[r,m] (member m takes part in request r), h[r,m] (hours per week, splittable requests
only), y[r] (splittable request served), z[m,g,S] (member m works for municipality g while the
request set S is running; only where the municipalities limit could bind) and f[g] (hours counted
towards the fair-share bonus, at most the fair share).
Rows are deduplicated per member: weeks in which the same requests run give one capacity row.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from flexpool.engines.matching.capacity import Solution
from flexpool.engines.matching.domain import Request
from flexpool.engines.matching.problem import Problem

INF = float("inf")


@dataclass
class ModelData:
    cost: list[float] = field(default_factory=list)
    lower: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    integer: list[int] = field(default_factory=list)
    rows: list[tuple[list[int], list[float], float, float]] = field(default_factory=list)
    x: dict[tuple[int, int], int] = field(default_factory=dict)
    h: dict[tuple[int, int], int] = field(default_factory=dict)
    y: dict[int, int] = field(default_factory=dict)
    z: dict[tuple[int, str, frozenset[int]], int] = field(default_factory=dict)
    f: dict[str, int] = field(default_factory=dict)
    # hours term of each (r, m): (column, hours-per-week factor)
    hours_term: dict[tuple[int, int], tuple[int, float]] = field(default_factory=dict)
    by_member: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    limited: set[int] = field(default_factory=set)  # members with municipality rows
    capacity_rows: list[int] = field(default_factory=list)  # their indices in `rows` (cuts.py)

    def col(self, cost: float, lower: float, upper: float, integer: bool) -> int:
        self.cost.append(cost)
        self.lower.append(lower)
        self.upper.append(upper)
        self.integer.append(int(integer))
        return len(self.cost) - 1

    def row(self, idx: list[int], val: list[float], lo: float, hi: float) -> None:
        self.rows.append((idx, val, lo, hi))


def build_model(problem: Problem, c: int) -> ModelData:
    prep, shares = problem.prep, problem.shares
    requests = prep.data.requests
    md = ModelData()
    hours_term, by_member = md.hours_term, md.by_member
    volume_terms: dict[str, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
    request_terms: list[tuple[Request, tuple[list[int], list[float]]]] = []
    for r in problem.components[c]:
        req, cand = requests[r], problem.cands[r]
        # The request's delivered volume; it counts for each partner with that partner's fraction.
        vterms: tuple[list[int], list[float]] = ([], [])
        request_terms.append((req, vterms))
        if not req.splittable:
            xs = []
            volume, hours = req.volume, req.hours_per_week
            for m in cand.full.tolist():
                md.x[(r, m)] = j = md.col(volume * cand.coef[m], 0, 1, True)
                hours_term[(r, m)] = (j, hours)
                by_member[m].append(r)
                vterms[0].append(j)
                vterms[1].append(volume)
                xs.append(j)
            md.row(xs, [1.0] * len(xs), -INF, 1)
            continue
        big_h, low = req.hours_per_week, prep.settings.split_min_share * req.hours_per_week
        md.y[r] = y = md.col(0.0, 0, 1, True)
        xs, hs = [], []
        for m in cand.coef:
            md.x[(r, m)] = x = md.col(0.0, 0, 1, True)
            md.h[(r, m)] = h = md.col(req.weeks * cand.coef[m], 0, big_h, False)
            hours_term[(r, m)] = (h, 1.0)
            by_member[m].append(r)
            vterms[0].append(h)
            vterms[1].append(float(req.weeks))
            md.row([h, x], [1.0, -big_h], -INF, 0)
            md.row([h, x], [1.0, -low], 0, INF)
            xs.append(x)
            hs.append(h)
        md.row([*hs, y], [1.0] * len(hs) + [-big_h], 0, 0)
        md.row([*xs, y], [1.0] * len(xs) + [-2.0], -INF, 0)
        md.row([*xs, y], [1.0] * len(xs) + [-1.0], 0, INF)
        for cover in cand.covers.values():
            cx = [md.x[(r, m)] for m in cover]
            md.row([*cx, y], [1.0] * len(cx) + [-1.0], 0, INF)
    for m in md.by_member:
        _capacity_rows(problem, md, m)
    for req, (idx, val) in request_terms:
        for g, fraction in req.payers:
            volume_terms[g][0].extend(idx)
            volume_terms[g][1].extend(v * fraction for v in val)
    for g, (idx, val) in volume_terms.items():
        target = shares.target.get((c, g), 0.0)
        md.f[g] = fcol = md.col(shares.rate.get((c, g), 0.0), 0, target, False)
        md.row([fcol, *idx], [1.0] + [-v for v in val], -INF, 0)
    return md


def _active_sets(problem: Problem, m: int, rs: list[int]) -> dict[frozenset[int], int]:
    """Distinct sets of this member's candidate requests running in the same week -> a week of
    that set with the least free capacity (the only one whose rows can bind)."""
    requests, free = problem.prep.data.requests, problem.prep.capacity[m]
    running: list[set[int]] = [set() for _ in range(problem.prep.weeks)]
    for r in rs:
        for t in range(requests[r].start_week, requests[r].end_week + 1):
            running[t].add(r)
    tightest: dict[frozenset[int], int] = {}
    for t, s in enumerate(running):
        key = frozenset(s)
        if len(key) > 0 and (key not in tightest or free[t] < free[tightest[key]]):
            tightest[key] = t
    return tightest


def _capacity_rows(problem: Problem, md: ModelData, m: int) -> None:
    requests, capacity = problem.prep.data.requests, problem.prep.capacity
    hours = {r: requests[r].hours_per_week for r in md.by_member[m]}
    for active, t in _active_sets(problem, m, md.by_member[m]).items():
        cap = float(capacity[m, t])
        if sum(hours[r] for r in active) > cap + 1e-9:
            terms = [md.hours_term[(r, m)] for r in active]
            md.capacity_rows.append(len(md.rows))
            md.row([j for j, _ in terms], [v for _, v in terms], -INF, cap)


def add_municipality_rows(problem: Problem, md: ModelData, m: int) -> None:
    """The municipalities-at-a-time limit for one member. Added lazily, only for members whose
    limit a solution broke: for most members capacity already keeps them within it."""
    if m in md.limited:
        return
    md.limited.add(m)
    prep = problem.prep
    requests = prep.data.requests
    seen: set[frozenset[int]] = set()
    for t in range(prep.weeks):
        by_muni: dict[str, list[int]] = defaultdict(list)
        for r in md.by_member[m]:
            req = requests[r]
            presence = prep.fixed_presence.get((m, req.municipality))
            if req.start_week <= t <= req.end_week and (presence is None or presence[t] <= 0):
                by_muni[req.municipality].append(r)  # (already there: adds no municipality)
        room = int(prep.max_municipalities[m] - prep.fixed_municipality_count[m, t])
        key = frozenset(r for grs in by_muni.values() for r in grs) | {-1 - max(room, 0)}
        if len(by_muni) <= room or key in seen:
            continue
        seen.add(key)
        row = []
        for g, grs in by_muni.items():
            if len(grs) == 1:
                row.append(md.x[(grs[0], m)])
                continue
            zkey = (m, g, frozenset(grs))
            if zkey not in md.z:
                md.z[zkey] = z = md.col(0.0, 0, 1, True)
                for r in grs:
                    md.row([md.x[(r, m)], z], [1.0, -1.0], -INF, 0)
            row.append(md.z[zkey])
        md.row(row, [1.0] * len(row), -INF, max(room, 0))


def warm_start_values(problem: Problem, c: int, md: ModelData, solution: Solution) -> np.ndarray:
    values = np.zeros(len(md.cost))
    served = problem.served_hours(solution)
    for r in problem.components[c]:
        for part in solution.get(r, ()):
            values[md.x[(r, part.member)]] = 1.0
            if r in md.y:
                values[md.y[r]] = 1.0
                values[md.h[(r, part.member)]] = part.hours
    for (m, _, grs), z in md.z.items():
        values[z] = float(any(values[md.x[(r, m)]] > 0.5 for r in grs))
    for g, fcol in md.f.items():
        values[fcol] = min(served.get((c, g), 0.0), md.upper[fcol])
    return values
