"""Large neighbourhood search: re-optimise a few members' work exactly, everything else fixed.

On big components branch and cut spends its time on the root and rarely improves the plan in
time. So the engine improves the plan piecewise: pick a group of related
members (candidates of the same open requests, or of the requests they already serve), take
their current work off the plan, and let HiGHS solve the small remainder exactly.

Each move builds a *small model of its own* (`SubProblem`): only the freed requests and only the
chosen members, whose capacity and municipalities are what the rest of the plan leaves them, and
fair-share bonuses reduced by what the rest of the plan already earns. Building it with the same
`build_model` keeps one definition of the rules; it takes milliseconds, so thousands of moves fit
where fixing columns of the whole component model (and presolving all of it) allowed tens.
The neighbourhood grows while moves solve to optimality fast and shrinks when they time out.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from flexpool.engines.matching.capacity import Ledger, Part, Solution, ledger_for
from flexpool.engines.matching.fairness import FairShares
from flexpool.engines.matching.heuristic import fair_greedy
from flexpool.engines.matching.highs_backend import HighsComponent, solution_from_values
from flexpool.engines.matching.model import add_municipality_rows, build_model, warm_start_values
from flexpool.engines.matching.problem import Candidates, Problem
from flexpool.engines.matching.results import SolveStatus

MIN_MEMBERS, START_MEMBERS, MAX_MEMBERS = 3, 6, 40
SUB_SOLVE_S = 0.3
SUB_GAP = 0.002


@dataclass
class _RestPrep:
    """What `build_model` needs of `Prepared`, with the rest of the plan counted as confirmed."""

    data: object
    settings: object
    weeks: int
    capacity: np.ndarray
    fixed_presence: dict[tuple[int, str], np.ndarray]
    fixed_municipality_count: np.ndarray
    max_municipalities: np.ndarray


@dataclass
class SubProblem:
    """The freed requests of one move as a component of their own (index 0)."""

    prep: _RestPrep
    cands: dict[int, Candidates]
    components: list[list[int]]
    shares: FairShares

    def served_hours(self, solution: Solution) -> dict[tuple[int, str], float]:
        served: dict[tuple[int, str], float] = {}
        for r in solution:
            request = self.prep.data.requests[r]  # type: ignore[attr-defined]
            for g, fraction in request.payers:
                served[(0, g)] = served.get((0, g), 0.0) + request.volume * fraction
        return served


def _restrict(cand: Candidates, members: set[int]) -> Candidates:
    full = np.asarray([m for m in cand.full.tolist() if m in members], dtype=np.int64)
    partial = np.asarray([m for m in cand.partial.tolist() if m in members], dtype=np.int64)
    coef = {m: v for m, v in cand.coef.items() if m in members}
    covers = {k: frozenset(v & members) for k, v in cand.covers.items()}
    return Candidates(full, partial, coef, covers)


def sub_problem(
    problem: Problem,
    c: int,
    solution: Solution,
    ledger: Ledger,
    members: set[int],
    allowed: dict[int, set[int]] | None = None,
) -> tuple[SubProblem, Solution] | None:
    """Free every request served only by `members` and every open request they could serve.
    `ledger` holds `solution`; it is left unchanged. With `allowed` (the LP's support) each freed
    request keeps only its support people among `members` and whoever serves it now (requests
    left without anyone stay out). Returns the sub-problem and the freed part of the current
    plan (its warm start)."""
    requests = problem.prep.data.requests
    freed: Solution = {}
    free_requests: list[int] = []
    for m in members:
        for r in problem.member_requests[m]:
            if r in freed or r in free_requests:
                continue
            parts = solution.get(r)
            if parts is None:
                free_requests.append(r)
            elif all(p.member in members for p in parts):
                freed[r] = parts
                free_requests.append(r)
    if not free_requests:
        return None
    for parts in freed.values():
        ledger.remove_parts(parts)
    try:
        prep = _RestPrep(
            data=problem.prep.data,
            settings=problem.prep.settings,
            weeks=problem.prep.weeks,
            capacity=ledger.free.copy(),
            fixed_presence={k: v.copy() for k, v in ledger.presence.items() if k[0] in members},
            fixed_municipality_count=ledger.count.copy(),
            max_municipalities=problem.prep.max_municipalities,
        )
    finally:
        for parts in freed.values():
            ledger.add_parts(parts)
    served = problem.served_hours({r: p for r, p in solution.items() if r not in freed})
    target, rate = {}, {}
    for r in free_requests:
        for g, _fraction in requests[r].payers:
            key = (c, g)
            target[(0, g)] = max(0.0, problem.shares.target.get(key, 0.0) - served.get(key, 0.0))
            rate[(0, g)] = problem.shares.rate.get(key, 0.0)
    if allowed is None:
        cands = {r: _restrict(problem.cands[r], members) for r in free_requests}
    else:  # only the assignments the LP uses (and those of the freed plan)
        keep = {r: members & allowed.get(r, set()) for r in free_requests}
        for r, parts in freed.items():
            keep[r].update(p.member for p in parts)
        free_requests = [r for r in free_requests if keep[r]]
        cands = {r: _restrict(problem.cands[r], keep[r]) for r in free_requests}
        if not free_requests:
            return None
    shares = FairShares(target, rate, {}, {})
    return SubProblem(prep, cands, [sorted(free_requests)], shares), freed


def restricted_problem(problem: Problem, c: int, allowed: dict[int, set[int]]) -> SubProblem:
    """The whole part as a small model of its own: each request keeps only the candidates in
    `allowed` (requests without any are left out), with the part's own capacity,
    municipalities and fair-share bonuses. Nothing of the part is on the plan yet."""
    prep = problem.prep
    rest = _RestPrep(
        data=prep.data,
        settings=prep.settings,
        weeks=prep.weeks,
        capacity=prep.capacity,
        fixed_presence=prep.fixed_presence,
        fixed_municipality_count=prep.fixed_municipality_count,
        max_municipalities=prep.max_municipalities,
    )
    requests = sorted(r for r in problem.components[c] if allowed.get(r))
    cands = {r: _restrict(problem.cands[r], allowed[r]) for r in requests}
    target, rate = {}, {}
    for (part, g), share in problem.shares.target.items():
        if part == c:
            target[(0, g)] = share
            rate[(0, g)] = problem.shares.rate[(part, g)]
    return SubProblem(rest, cands, [requests], FairShares(target, rate, {}, {}))


def neighbourhood(
    problem: Problem,
    c: int,
    solution: Solution,
    size: int,
    rng: random.Random,
    allowed: dict[int, set[int]] | None = None,
    supported: dict[int, list[int]] | None = None,
) -> set[int]:
    """Related members: start from the candidates of an open request (or a random member),
    then add candidates of the requests the chosen members serve or could serve. With
    `allowed` (the LP's support), along the support only: from an open request the LP serves
    and its support people, then the support people of requests in a chosen member's support
    (`supported`: member -> those requests, computed from `allowed` if not given)."""
    if allowed is not None and supported is None:
        supported = _by_member(allowed)
    open_requests = [r for r in problem.components[c] if r not in solution]
    if allowed is not None:
        open_requests = [r for r in open_requests if allowed.get(r)] or open_requests
    members = problem.members_of(c)
    if open_requests and rng.random() < 0.8:
        r = rng.choice(open_requests)
        frontier = list(allowed[r] if allowed is not None and allowed.get(r) else problem.cands[r].coef)
    else:
        frontier = [rng.choice(members)]
    rng.shuffle(frontier)
    chosen: set[int] = set()
    while len(chosen) < size:
        if not frontier:
            rest = [m for m in members if m not in chosen]
            if not rest:
                break
            frontier = [rng.choice(rest)]
        m = frontier.pop()
        if m in chosen:
            continue
        chosen.add(m)
        related = problem.member_requests[m] if supported is None else supported.get(m, [])
        for r in rng.sample(related, min(3, len(related))):
            pool = problem.cands[r].coef if allowed is None else allowed[r]
            others = [o for o in pool if o not in chosen]
            frontier[:0] = rng.sample(others, min(2, len(others)))
    return chosen


def _by_member(allowed: dict[int, set[int]]) -> dict[int, list[int]]:
    """Member -> the requests whose support they are in."""
    supported: dict[int, list[int]] = {}
    for r, members in allowed.items():
        for m in sorted(members):
            supported.setdefault(m, []).append(r)
    return supported


def solve_sub(
    sub: SubProblem, warm_solution: Solution, until: float, limit_s: float = SUB_SOLVE_S, gap: float = SUB_GAP
) -> tuple[Solution | None, bool]:
    """Solve a sub-problem exactly (every municipalities row included) within `limit_s` and
    `until`, warm-started from `warm_solution`. Returns its best plan and whether it is optimal."""
    md = build_model(sub, 0)  # type: ignore[arg-type]
    for m in list(md.by_member):  # small models afford the exact municipalities rows
        add_municipality_rows(sub, md, m)  # type: ignore[arg-type]
    warm = warm_start_values(sub, 0, md, warm_solution)  # type: ignore[arg-type]
    backend = HighsComponent(gap)
    result = backend.solve(md, warm, min(limit_s, until - time.monotonic()))
    if result.values is None:
        return None, False
    found = solution_from_values(sub, 0, md, result.values)  # type: ignore[arg-type]
    return found, result.status == SolveStatus.OPTIMAL


def improve(
    problem: Problem,
    c: int,
    solution: Solution,
    until: float,
    seed: int = 0,
    stop: Callable[[], bool] | None = None,
    allowed: dict[int, set[int]] | None = None,
) -> tuple[Solution, bool]:
    """Improve `solution` by exact re-solves of member neighbourhoods until `until` or `stop()`.
    Returns the best plan and whether it was stopped."""
    rng = random.Random(seed + c)
    supported = _by_member(allowed) if allowed is not None else None
    best, best_objective = dict(solution), problem.objective(solution, [c])
    ledger = ledger_for(problem.prep, best)
    size = START_MEMBERS
    while time.monotonic() + 0.05 < until:
        if stop is not None and stop():
            return best, True
        chosen = neighbourhood(problem, c, best, size, rng, allowed, supported)
        built = sub_problem(problem, c, best, ledger, chosen, allowed)
        if built is None:
            continue
        sub, freed = built
        started = time.monotonic()
        found, optimal = solve_sub(sub, freed, until)
        took = time.monotonic() - started
        if optimal and took < 0.3 * SUB_SOLVE_S:
            size = min(MAX_MEMBERS, size + 1)
        elif not optimal:
            size = max(MIN_MEMBERS, size - 2)
        if found is None:
            continue
        candidate = {r: p for r, p in best.items() if r not in freed}
        candidate.update(found)
        objective = problem.objective(candidate, [c])
        if objective > best_objective + 1e-6 and swap(problem, ledger, freed, found):
            # Open requests outside the group may fit where the move made room.
            best = fair_greedy(problem, [c], ledger, candidate)
            best_objective = problem.objective(best, [c])
    return best, False


def swap(problem: Problem, ledger: Ledger, old: Solution, new: Solution) -> bool:
    """Replace `old` by `new` on `ledger` if every new part keeps the hard rules (the ledger's
    capacity and municipalities checks, candidates and split cover): the same re-check as
    `components.valid`, on the changed requests only. Otherwise the ledger is left as it was."""
    for parts in old.values():
        ledger.remove_parts(parts)
    added: list[tuple[Part, ...]] = []
    for r, parts in new.items():
        cand = problem.cands[r]
        team = {p.member for p in parts}
        ok = all(team & cover for cover in cand.covers.values())
        ok = ok and (len(parts) > 1 or parts[0].member in set(cand.full.tolist()))
        if not ok or not ledger.fits_parts(parts):
            for done in added:
                ledger.remove_parts(done)
            for back in old.values():
                ledger.add_parts(back)
            return False
        ledger.add_parts(parts)
        added.append(parts)
    return True
