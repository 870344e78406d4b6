"""The fairness rule: water-filled fair shares and no fairness-improving transfer."""

from __future__ import annotations

import pytest

from flexpool.engines.matching import PoolSettings, plan
from flexpool.engines.matching.fairness import water_fill
from tests.engines.matching.builders import ASSEN, EMMEN, SMALL, instance, member, request


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
