"""Every soft criterion: one case where it penalises (score < 1) and one where it does not."""

from __future__ import annotations

import numpy as np
import pytest

from flexpool.engines.matching import PoolSettings, plan
from flexpool.engines.matching.criteria import (
    CRITERIA,
    MatchFacts,
    competence_fit,
    continuity,
    development,
    haversine_km,
    local_ties,
    priority,
    start_date,
    travel,
)
from flexpool.engines.matching.prepared import Prepared
from tests.engines.matching.builders import ASSEN, EMMEN, TYNAARLO, WEEKS, instance, member, request

SETTINGS = PoolSettings()


def facts(m, r, distance_km: float = 0.0, settings: PoolSettings = SETTINGS) -> MatchFacts:
    return MatchFacts(r, m, distance_km, WEEKS, settings)


CASES = {
    # criterion: (no penalty, penalty)
    competence_fit: (
        facts(member(competences={"projectleiding": 2}), request()),
        facts(member(competences={"projectleiding": 4}), request()),
    ),
    continuity: (
        facts(member(past_municipalities=frozenset({ASSEN.code})), request()),
        facts(member(), request()),
    ),
    travel: (facts(member(), request(), 0.0), facts(member(), request(), 45.0)),
    priority: (facts(member(), request(priority=1)), facts(member(), request(priority=3))),
    start_date: (facts(member(), request(start=0)), facts(member(), request(start=6))),
    development: (
        facts(member(development_wishes=frozenset({"projectleiding"})), request()),
        facts(member(development_wishes=frozenset({"juridisch"})), request()),
    ),
    local_ties: (
        facts(member(home=ASSEN.code), request(resident_facing=True)),
        facts(member(home=EMMEN.code), request(resident_facing=True)),
    ),
}


def test_every_criterion_has_cases() -> None:
    assert {c.score for c in CRITERIA} == set(CASES)


@pytest.mark.parametrize("criterion", list(CASES), ids=lambda c: c.__name__)
def test_criterion_penalises_only_the_bad_case(criterion) -> None:
    good, bad = CASES[criterion]
    good_score, good_detail = criterion(good)
    bad_score, bad_detail = criterion(bad)
    assert good_score == pytest.approx(1.0)
    assert 0.0 <= bad_score < 1.0
    assert good_detail and bad_detail  # Dutch explanation for the screen


def test_local_ties_does_not_penalise_back_office_work() -> None:
    assert local_ties(facts(member(home=EMMEN.code), request(resident_facing=False)))[0] == 1.0


def test_haversine_assen_tynaarlo_is_about_ten_km() -> None:
    d = haversine_km(ASSEN.lat, ASSEN.lon, TYNAARLO.lat, TYNAARLO.lon)
    assert 9.0 < d < 12.0


def test_vectorised_coefficients_match_the_readable_criteria() -> None:
    settings = PoolSettings(local_ties_hard=False)
    members = [
        member("a", competences={"projectleiding": 3, "participatie": 2}),
        member("b", home=EMMEN.code, past_municipalities=frozenset({TYNAARLO.code})),
        member("c", home=TYNAARLO.code, development_wishes=frozenset({"participatie"})),
    ]
    r = request(
        municipality=TYNAARLO.code,
        required={"projectleiding": 2, "participatie": 1},
        resident_facing=True,
        priority=1,
        start=2,
    )
    prep = Prepared(instance(members, [r]), settings)
    vector = prep.coefficients(r, np.arange(3))
    for i in range(3):
        f = prep.facts(r, i)
        expected = 1.0 + sum(c.weight(settings.weights) * c.score(f)[0] for c in CRITERIA)
        assert vector[i] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        (member("good", home=ASSEN.code), member("bad", home=EMMEN.code)),  # travel
        (
            member("good", past_municipalities=frozenset({ASSEN.code})),
            member("bad"),
        ),  # continuity
        (
            member("good", competences={"projectleiding": 2}),
            member("bad", competences={"projectleiding": 4}),
        ),  # competence fit
    ],
)
def test_plan_prefers_the_member_the_criterion_favours(good, bad) -> None:
    result = plan(instance([bad, good], [request()]), SETTINGS)
    assert [a.member_id for a in result.assignments] == ["good"]


def test_priority_decides_under_scarcity() -> None:
    low = request("low", priority=3)
    high = request("high", priority=1)
    result = plan(instance([member(hours=16)], [low, high]), SETTINGS)
    assert [a.request_id for a in result.assignments] == ["high"]


def test_breakdown_sums_to_the_points_and_has_dutch_labels() -> None:
    result = plan(instance([member()], [request()]), SETTINGS)
    (a,) = result.assignments
    assert sum(c.points for c in a.criteria) == pytest.approx(a.points)
    keys = {c.key for c in a.criteria}
    assert {"hours", "travel", "continuity", "competence_fit"} <= keys
    assert all(c.label for c in a.criteria)
