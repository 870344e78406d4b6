"""The LP's support: the MIP and the LNS restricted to it keep every hard rule and only improve."""

from __future__ import annotations

import time

import numpy as np
from hypothesis import HealthCheck, given, settings

from flexpool.engines.matching import PoolSettings
from flexpool.engines.matching.capacity import Ledger, Part, ledger_for
from flexpool.engines.matching.components import (
    lp_support,
    members_over_limit,
    repair_and_fill,
    restricted_mip,
    valid,
)
from flexpool.engines.matching.heuristic import fair_greedy
from flexpool.engines.matching.highs_backend import HighsComponent
from flexpool.engines.matching.lns import improve, sub_problem, swap
from flexpool.engines.matching.model import add_municipality_rows, build_model
from flexpool.engines.matching.prepared import Prepared
from flexpool.engines.matching.problem import Problem
from flexpool.engines.matching.solver import _shares
from flexpool.engines.matching.transfers import find_transfer
from tests.engines.matching.builders import EMMEN, TYNAARLO, WEEKS, instance, member, request
from tests.engines.matching.test_properties import instances

SOLVER = PoolSettings(time_limit_s=5.0, local_ties_hard=True)
EXAMPLES = settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


def _start_and_support(problem: Problem, c: int):
    """The fair greedy plan of part `c` and the LP's support around it."""
    md = build_model(problem, c)
    lp = HighsComponent(0.0).relaxation(md, 5.0)
    assert lp.values is not None
    start = fair_greedy(problem, [c], Ledger(problem.prep))
    return start, lp_support(md, lp.values, start)


@EXAMPLES
@given(data=instances())
def test_restricted_mip_keeps_the_rules_and_only_improves(data) -> None:
    problem = Problem(Prepared(data, SOLVER))
    for c in range(len(problem.components)):
        start, support = _start_and_support(problem, c)
        for r, parts in start.items():  # the plan's own assignments stay available
            assert {p.member for p in parts} <= support[r]
        found, _ = restricted_mip(problem, c, support, start, time.monotonic() + 2.0)
        if found is None:
            continue
        assert valid(problem, found) and not members_over_limit(problem, found)
        assert problem.objective(found, [c]) > problem.objective(start, [c])
        assert all(p.member in support[r] for r, parts in found.items() for p in parts)


@EXAMPLES
@given(data=instances())
def test_lns_on_the_support_keeps_the_rules_and_only_improves(data) -> None:
    problem = Problem(Prepared(data, SOLVER))
    for c in range(len(problem.components)):
        start, support = _start_and_support(problem, c)
        best, stopped = improve(problem, c, start, time.monotonic() + 0.3, allowed=support)
        assert not stopped
        assert valid(problem, best) and not members_over_limit(problem, best)
        assert problem.objective(best, [c]) >= problem.objective(start, [c]) - 1e-9


def test_restricted_mip_on_every_candidate_is_the_exact_optimum() -> None:
    members = [
        member("m1", hours=24.0, max_municipalities=1),
        member("m2", hours=16.0, home=TYNAARLO.code),
        member("m3", hours=32.0, home=EMMEN.code, max_municipalities=2),
    ]
    requests = [
        request("r1", hours=8.0),
        request("r2", TYNAARLO.code, hours=12.0, start=2),
        request("r3", EMMEN.code, hours=16.0, end=5),
        request("r4", hours=16.0, priority=1),
        request("r5", EMMEN.code, hours=12.0, splittable=True),
        request("r6", TYNAARLO.code, hours=8.0, start=4),
    ]
    problem = Problem(Prepared(instance(members, requests), SOLVER))
    assert len(problem.components) == 1
    full = build_model(problem, 0)
    for m in list(full.by_member):
        add_municipality_rows(problem, full, m)
    exact = HighsComponent(0.0).solve(full, np.zeros(len(full.cost)), 5.0)
    everyone = {r: set(problem.cands[r].coef) for r in problem.components[0]}
    found, optimal = restricted_mip(problem, 0, everyone, {}, time.monotonic() + 5.0)
    assert optimal and found is not None
    assert abs(problem.objective(found, [0]) - exact.objective) <= 1e-6 * abs(exact.objective)


def test_lns_moves_use_only_the_support_and_the_plan() -> None:
    members = [member(f"m{i}", hours=16.0) for i in range(3)]
    requests = [request(f"r{i}", hours=8.0) for i in range(4)]
    problem = Problem(Prepared(instance(members, requests), SOLVER))
    plan = {0: (Part(0, 2, 8.0),)}  # r0 by m2, whom the support leaves out
    allowed = {0: {0}, 1: {0, 1}, 2: {1}}  # r3: no one
    built = sub_problem(problem, 0, plan, ledger_for(problem.prep, plan), {0, 1, 2}, allowed)
    assert built is not None
    sub, freed = built
    assert freed == plan
    assert sub.components == [[0, 1, 2]]
    assert set(sub.cands[0].coef) == {0, 2}
    assert set(sub.cands[1].coef) == {0, 1}
    assert set(sub.cands[2].coef) == {1}


def test_swap_rejects_a_plan_over_capacity_and_leaves_the_ledger_as_it_was() -> None:
    # One member with 20 free hours a week and three requests of 8 hours.
    data = instance([member("m1", hours=20.0)], [request(f"r{i}", hours=8.0) for i in range(3)])
    problem = Problem(Prepared(data, SOLVER))
    old = {0: (Part(0, 0, 8.0),)}
    ledger = ledger_for(problem.prep, old)
    before = ledger.free.copy()
    too_much = {r: (Part(r, 0, 8.0),) for r in range(3)}
    assert not swap(problem, ledger, old, too_much)
    assert np.array_equal(ledger.free, before)
    assert swap(problem, ledger, old, {r: (Part(r, 0, 8.0),) for r in range(2)})
    assert np.allclose(ledger.free[0], [4.0] * WEEKS)


def test_a_plan_is_handed_in_with_every_request_that_still_fits_served() -> None:
    # The MIP on the support and moves along it only use support people: r1's support is m0,
    # who is full, while m1 has room.
    members = [member("m0", hours=8.0), member("m1", hours=16.0)]
    requests = [request("r0", hours=8.0), request("r1", hours=8.0)]
    problem = Problem(Prepared(instance(members, requests), SOLVER))
    start = {0: (Part(0, 0, 8.0),)}
    best, _ = improve(problem, 0, start, time.monotonic() + 0.3, allowed={0: {0}, 1: {0}})
    assert best == start  # nothing to gain on the support alone
    done = repair_and_fill(problem, 0, best)
    assert done == {0: (Part(0, 0, 8.0),), 1: (Part(1, 1, 8.0),)}
    assert valid(problem, done)
    assert find_transfer(problem, done, ledger_for(problem.prep, done)) is None


class _Parts:
    """Two parts of equal size: the first scarce (supply/demand 1.5), the second ample."""

    components = [list(range(100)), list(range(100, 200))]

    def members_of(self, c: int) -> list[int]:
        return list(range(30))

    def supply_ratio(self, c: int) -> float:
        return 1.5 if c == 0 else 2.8


def test_scarce_parts_get_a_larger_share_of_the_time() -> None:
    shares = _shares(_Parts())  # type: ignore[arg-type]
    assert shares[1] == 1.0  # the last part gets whatever is left
    assert abs(shares[0] - 1.5 / 2.5) < 1e-9  # weighted 1 + (2 - 1.5) against 1
