"""The fairness rule: water-filled fair shares and no fairness-improving transfer."""

from __future__ import annotations

import pytest

from flexpool.engines.matching import PoolSettings, plan
from flexpool.engines.matching.fairness import water_fill
from tests.engines.matching.builders import ASSEN, EMMEN, SMALL, TYNAARLO, instance, member, request


def test_water_fill_is_proportional_without_caps() -> None:
    shares = water_fill({"a": 100, "b": 100}, {"a": 3, "b": 1}, 80)
    assert shares == pytest.approx({"a": 60, "b": 20})


def test_water_fill_redistributes_what_a_municipality_does_not_need() -> None:
    shares = water_fill({"a": 10, "b": 100}, {"a": 3, "b": 1}, 80)
    assert shares == pytest.approx({"a": 10, "b": 70})


def test_water_fill_without_scarcity_gives_everyone_their_demand() -> None:
    assert water_fill({"a": 10, "b": 20}, {"a": 1, "b": 1}, 100) == pytest.approx({"a": 10, "b": 20})


def test_small_municipality_is_not_crowded_out() -> None:
    # One member, room for two of three equal requests; the big municipality filed first and
    # twice. The small one (an associate, small contribution) still gets one.
    m = member("m1", hours=32, serves=None)
    requests = [
        request("emmen1", EMMEN.code),
        request("emmen2", EMMEN.code),
        request("small", SMALL.code),
    ]
    result = plan(instance([m], requests), PoolSettings())
    assert {a.request_id for a in result.assignments} == {"emmen1", "small"} or {
        a.request_id for a in result.assignments
    } == {"emmen2", "small"}
    small = next(f for f in result.fulfilment if f.municipality == SMALL.code)
    assert small.served_hours == small.requested_hours


def test_fulfilment_reports_fair_shares_under_scarcity() -> None:
    m = member("m1", hours=16)
    data = instance([m], [request("a", ASSEN.code), request("e", EMMEN.code)])
    result = plan(data, PoolSettings())
    total_fair = sum(f.fair_share_hours for f in result.fulfilment)
    assert total_fair == pytest.approx(16 * 8)  # what the one member can deliver
    emmen = next(f for f in result.fulfilment if f.municipality == EMMEN.code)
    assen = next(f for f in result.fulfilment if f.municipality == ASSEN.code)
    assert emmen.fair_share_hours > assen.fair_share_hours  # larger contribution


def test_shared_request_counts_for_each_partner_by_its_share() -> None:
    m = member("m1", hours=16)
    shared = request("shared", ASSEN.code, shares=((ASSEN.code, 0.6), (EMMEN.code, 0.4)))
    result = plan(instance([m], [shared]), PoolSettings())
    assert [a.request_id for a in result.assignments] == ["shared"]
    by_code = {f.municipality: f for f in result.fulfilment}
    volume = 16 * 8
    assert by_code[ASSEN.code].requested_hours == pytest.approx(0.6 * volume)
    assert by_code[EMMEN.code].requested_hours == pytest.approx(0.4 * volume)
    assert by_code[EMMEN.code].served_hours == pytest.approx(0.4 * volume)


def test_local_ties_are_checked_where_the_work_happens() -> None:
    # Resident-facing work in Emmen on a request led by Assen: a person tied to Assen only may not do it.
    assen_only = member("assen", home=ASSEN.code)
    emmen_tied = member("emmen", home=TYNAARLO.code, local_ties=frozenset({EMMEN.code}))
    shared = request(
        "shared",
        ASSEN.code,
        resident_facing=True,
        shares=((ASSEN.code, 0.5), (EMMEN.code, 0.5)),
        work_municipality=EMMEN.code,
    )
    result = plan(instance([assen_only], [shared]), PoolSettings())
    assert result.assignments == ()
    result = plan(instance([assen_only, emmen_tied], [shared]), PoolSettings())
    assert [a.member_id for a in result.assignments] == ["emmen"]
