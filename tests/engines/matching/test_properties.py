"""Properties on random small instances: hard rules, capacity, confirmed work, fairness."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flexpool.engines.matching import FixedAssignment, PoolSettings, plan
from flexpool.engines.matching.capacity import Part, ledger_for
from flexpool.engines.matching.prepared import Prepared
from flexpool.engines.matching.problem import Problem
from flexpool.engines.matching.transfers import find_transfer
from flexpool.engines.matching.validate import violations
from tests.engines.matching.builders import MUNICIPALITIES, WEEKS, instance, member, request

CODES = [g.code for g in MUNICIPALITIES]
SKILLS = ["projectleiding", "participatie", "warmtenetten"]


@st.composite
def instances(draw):
    members = []
    for i in range(draw(st.integers(1, 5))):
        members.append(
            member(
                f"m{i}",
                home=draw(st.sampled_from(CODES)),
                hours=draw(st.sampled_from([8.0, 16.0, 24.0, 32.0])),
                competences=draw(st.dictionaries(st.sampled_from(SKILLS), st.integers(1, 4))),
                local_ties=frozenset(draw(st.lists(st.sampled_from(CODES), max_size=2))),
                past_municipalities=frozenset(draw(st.lists(st.sampled_from(CODES), max_size=2))),
                max_municipalities=draw(st.integers(1, 3)),
            )
        )
    requests = []
    for i in range(draw(st.integers(1, 8))):
        start = draw(st.integers(0, WEEKS - 1))
        requests.append(
            request(
                f"r{i}",
                municipality=draw(st.sampled_from(CODES)),
                hours=draw(st.sampled_from([4.0, 8.0, 12.0, 16.0])),
                required=draw(st.dictionaries(st.sampled_from(SKILLS), st.integers(1, 3), max_size=2)),
                start=start,
                end=draw(st.integers(start, WEEKS - 1)),
                resident_facing=draw(st.booleans()),
                priority=draw(st.integers(1, 3)),
                splittable=draw(st.booleans()),
            )
        )
    fixed = []
    if draw(st.booleans()):
        fixed.append(FixedAssignment("m0", "old", draw(st.sampled_from(CODES)), 8.0, 0, 3))
    return instance(members, requests, fixed)


SOLVER = PoolSettings(time_limit_s=5.0, local_ties_hard=True)


@settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=instances(), hard=st.booleans())
def test_plans_keep_every_hard_rule_and_the_fairness_rule(data, hard) -> None:
    pool = PoolSettings(time_limit_s=5.0, local_ties_hard=hard)
    result = plan(data, pool)

    assert violations(data, pool, result) == []
    assert result.fixed == data.fixed
    served = {a.request_id for a in result.assignments}
    assert served.isdisjoint({u.request_id for u in result.unmet})
    assert served | {u.request_id for u in result.unmet} == {r.id for r in data.requests}
    assert all(u.reasons for u in result.unmet)
    assert result.objective <= result.bound + 1e-6
    assert 0.0 <= result.gap <= 1.0

    problem = Problem(Prepared(data, pool))
    index = {r.id: i for i, r in enumerate(data.requests)}
    members = {m.id: i for i, m in enumerate(data.members)}
    solution: dict[int, tuple[Part, ...]] = {}
    for a in result.assignments:
        part = Part(index[a.request_id], members[a.member_id], a.hours_per_week)
        solution[part.request] = (*solution.get(part.request, ()), part)
    ledger = ledger_for(problem.prep, solution)
    assert find_transfer(problem, solution, ledger) is None
    for r, req in enumerate(data.requests):  # nothing left open that someone could take as is
        if r not in solution:
            assert not any(ledger.fits(m, req, req.hours_per_week) for m in problem.cands[r].full.tolist())
