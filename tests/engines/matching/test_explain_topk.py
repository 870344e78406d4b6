"""Explanations, interactive top-k, early stop, progress and parallel solving."""

from __future__ import annotations

from flexpool.engines.matching import (
    FixedAssignment,
    Matcher,
    PoolSettings,
    SolveStatus,
    UnmetReasonCode,
    plan,
)
from flexpool.engines.matching.explain import week_ranges
from flexpool.engines.matching.validate import violations
from tests.engines.matching.builders import ASSEN, EMMEN, TYNAARLO, instance, member, request


def test_week_ranges_reads_like_a_person_would_write_it() -> None:
    assert week_ranges([3, 4, 5, 9]) == "week 3–5, 9"


def test_unmet_reason_names_the_weeks_in_which_every_local_candidate_is_full() -> None:
    locals_ = [member("a", home=ASSEN.code), member("b", home=ASSEN.code)]
    busy = [FixedAssignment(m.id, "old", EMMEN.code, 24.0, 2, 4) for m in locals_]
    outsider = member("c", home=EMMEN.code)
    r = request(resident_facing=True, hours=16)
    result = plan(instance([*locals_, outsider], [r], busy), PoolSettings())
    (unmet,) = result.unmet
    assert unmet.reasons[0].code is UnmetReasonCode.CAPACITY_FULL
    assert "week 2–4" in unmet.reasons[0].message


def test_unmet_reason_when_capacity_went_to_another_request() -> None:
    m = member("m1", hours=16)
    data = instance([m], [request("a", priority=1), request("b", priority=3)])
    result = plan(data, PoolSettings())
    (unmet,) = result.unmet
    assert unmet.request_id == "b"
    assert unmet.reasons[0].code is UnmetReasonCode.CAPACITY_FULL
    assert "(1)" in unmet.reasons[0].message


def test_alternatives_list_the_next_best_people() -> None:
    members = [member("near", home=ASSEN.code), member("far", home=EMMEN.code)]
    result = plan(instance(members, [request()]), PoolSettings())
    alternatives = dict(result.alternatives)["r1"]
    assert [a.member_id for a in alternatives] == ["far"]
    assert alternatives[0].available


def test_top_k_ranks_available_people_first_and_says_why_not() -> None:
    members = [
        member("busy", home=ASSEN.code, past_municipalities=frozenset({ASSEN.code})),
        member("free", home=TYNAARLO.code),
        member("far", home=EMMEN.code),
    ]
    busy = FixedAssignment("busy", "old", ASSEN.code, 24.0, 5, 6)
    matcher = Matcher(instance(members, [], [busy]))
    top = matcher.top_k(request("new", hours=16), k=3)
    assert [c.member_id for c in top.candidates] == ["free", "far", "busy"]
    assert top.candidates[-1].note == "vol in week 5–6"
    assert top.pair is None


def test_top_k_offers_a_pair_when_nobody_fits_alone() -> None:
    local = member("local", home=ASSEN.code, competences={"participatie": 2})
    specialist = member("specialist", home=EMMEN.code, competences={"warmtenetten": 4})
    r = request(required={"participatie": 2, "warmtenetten": 3}, resident_facing=True, splittable=True)
    top = Matcher(instance([local, specialist], [])).top_k(r)
    assert top.candidates == ()
    assert top.pair is not None
    assert {c.member_id for c in top.pair} == {"local", "specialist"}


def test_stop_returns_a_valid_plan_at_once() -> None:
    data = instance([member("m1"), member("m2")], [request("a"), request("b", EMMEN.code)])
    result = plan(data, PoolSettings(), stop=lambda: True)
    assert result.stats.status is SolveStatus.STOPPED
    assert violations(data, PoolSettings(), result) == []
    assert result.objective <= result.bound


def test_progress_reports_rising_fractions_up_to_one() -> None:
    seen: list[float] = []
    plan(instance([member()], [request()]), PoolSettings(), on_progress=lambda f, _: seen.append(f))
    assert seen == sorted(seen)
    assert seen[-1] == 1.0


def test_two_workers_give_the_same_plan_as_one() -> None:
    members = [
        member("a", home=ASSEN.code, serves=frozenset({ASSEN.code})),
        member("e", home=EMMEN.code, serves=frozenset({EMMEN.code})),
    ]
    requests = [request("ra", ASSEN.code), request("re", EMMEN.code)]
    data = instance(members, requests)
    one = plan(data, PoolSettings(workers=1))
    two = plan(data, PoolSettings(workers=2))
    assert one.assignments == two.assignments
    assert two.stats.components == 2
