"""The fairness guarantee: find and apply fairness-improving transfers (see fairness.py).

Each applied transfer raises the lower of the two municipalities' served/fair-share ratios and
lowers no ratio below it, so the sorted vector of ratios rises lexicographically and repair ends.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from flexpool.engines.matching.capacity import Ledger, Part, Solution
from flexpool.engines.matching.problem import Problem

MAX_REPAIRS = 10_000


@dataclass(frozen=True, slots=True)
class Transfer:
    served: int  # request given up (municipality B)
    opened: int  # request served instead (municipality A)
    member: int


def _ratios(problem: Problem, solution: Solution) -> dict[tuple[int, str], float]:
    served = problem.served_hours(solution)
    return {key: served.get(key, 0.0) / target for key, target in problem.shares.target.items() if target > 0}


def find_transfer(
    problem: Problem, solution: Solution, ledger: Ledger, components: list[int] | None = None
) -> Transfer | None:
    requests = problem.prep.data.requests
    ratio = _ratios(problem, solution)
    by_member: dict[int, list[int]] = defaultdict(list)
    for r, parts in solution.items():
        if len(parts) == 1:
            by_member[parts[0].member].append(r)
    todo = range(len(problem.components)) if components is None else components
    for c in todo:
        for a in problem.components[c]:
            if a in solution:
                continue
            ra = requests[a]
            # A transfer moves a whole request from one municipality to another; shared requests
            # count for several partners and are left to the objective's fair-share bonus.
            if ra.shares:
                continue
            key_a = (c, ra.municipality)
            target_a = problem.shares.target.get(key_a, 0.0)
            if target_a <= 0 or ratio.get(key_a, 1.0) >= 1.0 - 1e-9:
                continue
            after_a = ratio[key_a] + ra.volume / target_a
            for m in problem.cands[a].full.tolist():
                for b in by_member.get(m, ()):
                    rb = requests[b]
                    if rb.shares:
                        continue
                    key_b = (c, rb.municipality)
                    if rb.municipality == ra.municipality or rb.volume > ra.volume + 1e-9:
                        continue
                    target_b = problem.shares.target.get(key_b, 0.0)
                    after_b = ratio.get(key_b, 0.0) - rb.volume / target_b if target_b else 0.0
                    if after_a > after_b + 1e-9:
                        continue
                    ledger.remove(m, rb, rb.hours_per_week)
                    fits = ledger.fits(m, ra, ra.hours_per_week)
                    ledger.add(m, rb, rb.hours_per_week)
                    if fits:
                        return Transfer(b, a, m)
    return None


def apply_transfer(problem: Problem, solution: Solution, ledger: Ledger, t: Transfer) -> None:
    requests = problem.prep.data.requests
    ledger.remove_parts(solution.pop(t.served))
    part = Part(t.opened, t.member, requests[t.opened].hours_per_week)
    ledger.add_parts((part,))
    solution[t.opened] = (part,)


def repair_fairness(
    problem: Problem, solution: Solution, ledger: Ledger, components: list[int] | None = None
) -> int:
    """Apply transfers until none is left; returns how many were applied."""
    for applied in range(MAX_REPAIRS):
        transfer = find_transfer(problem, solution, ledger, components)
        if transfer is None:
            return applied
        apply_transfer(problem, solution, ledger, transfer)
    return MAX_REPAIRS
