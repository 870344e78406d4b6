"""Hard rules, each on a tiny instance: the plan never breaks them."""

from __future__ import annotations

from flexpool.engines.matching import FixedAssignment, PoolSettings, UnmetReasonCode, plan
from flexpool.engines.matching.validate import violations
from tests.engines.matching.builders import ASSEN, EMMEN, TYNAARLO, instance, member, request

SETTINGS = PoolSettings()


def served(result) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in result.assignments:
        out.setdefault(a.request_id, []).append(a.member_id)
    return out


def test_required_competence_and_minimum_level() -> None:
    data = instance(
        [member("junior", competences={"warmtenetten": 1})], [request(required={"warmtenetten": 3})]
    )
    result = plan(data, SETTINGS)
    assert result.assignments == ()
    (unmet,) = result.unmet
    assert unmet.reasons[0].code is UnmetReasonCode.NO_COMPETENCE


def test_resident_facing_needs_local_ties_when_hard() -> None:
    data = instance([member("far", home=EMMEN.code)], [request(resident_facing=True)])
    result = plan(data, SETTINGS)
    assert result.assignments == ()
    assert result.unmet[0].reasons[0].code is UnmetReasonCode.NO_LOCAL_TIES


def test_local_ties_as_preference_lets_an_outsider_serve_but_prefers_a_local() -> None:
    soft = PoolSettings(local_ties_hard=False)
    outsider = member("far", home=EMMEN.code)
    assert served(plan(instance([outsider], [request(resident_facing=True)]), soft)) == {"r1": ["far"]}
    local = member("local", home=TYNAARLO.code, local_ties=frozenset({ASSEN.code}))
    result = plan(instance([outsider, local], [request(resident_facing=True)]), soft)
    assert served(result) == {"r1": ["local"]}


def test_capacity_in_every_week() -> None:
    tight = member("m1", hours=32.0)
    data = instance([tight], [request("a", hours=20), request("b", hours=20, start=3, end=5)])
    result = plan(data, SETTINGS)
    assert len(result.assignments) == 1
    assert violations(data, SETTINGS, result) == []


def test_confirmed_assignments_stay_and_use_capacity() -> None:
    fixed = FixedAssignment("m1", "old", EMMEN.code, 24.0, 0, 7)
    data = instance([member("m1", hours=32.0)], [request(hours=16)], [fixed])
    result = plan(data, SETTINGS)
    assert result.fixed == (fixed,)
    assert result.assignments == ()
    assert result.unmet[0].reasons[0].code is UnmetReasonCode.CAPACITY_FULL


def test_maximum_municipalities_at_a_time() -> None:
    m = member("m1", hours=40.0, max_municipalities=2)
    requests = [
        request("assen", ASSEN.code, hours=8),
        request("tynaarlo", TYNAARLO.code, hours=8),
        request("emmen", EMMEN.code, hours=8),
        request("assen2", ASSEN.code, hours=8),
    ]
    data = instance([m], requests)
    result = plan(data, SETTINGS)
    municipalities = {r.municipality for r in requests if r.id in served(result)}
    assert len(municipalities) == 2
    assert len(result.assignments) == 3  # a second Assen request adds no municipality
    assert violations(data, SETTINGS, result) == []


def test_split_pairs_a_local_person_with_a_specialist() -> None:
    local = member("local", home=ASSEN.code, competences={"participatie": 2})
    specialist = member("specialist", home=EMMEN.code, competences={"warmtenetten": 4})
    r = request(
        hours=16,
        required={"participatie": 2, "warmtenetten": 3},
        resident_facing=True,
        splittable=True,
    )
    data = instance([local, specialist], [r])
    result = plan(data, SETTINGS)
    assert sorted(served(result)["r1"]) == ["local", "specialist"]
    assert sum(a.hours_per_week for a in result.assignments) == 16
    assert all(a.split for a in result.assignments)
    assert violations(data, SETTINGS, result) == []


def test_not_splittable_means_not_split() -> None:
    local = member("local", home=ASSEN.code, competences={"participatie": 2})
    specialist = member("specialist", home=EMMEN.code, competences={"warmtenetten": 4})
    r = request(required={"participatie": 2, "warmtenetten": 3}, resident_facing=True)
    assert plan(instance([local, specialist], [r]), SETTINGS).assignments == ()


def test_pool_membership_limits_who_serves_where() -> None:
    m = member("m1", serves=frozenset({EMMEN.code}))
    result = plan(instance([m], [request()]), SETTINGS)
    assert result.unmet[0].reasons[0].code is UnmetReasonCode.OUT_OF_REACH
