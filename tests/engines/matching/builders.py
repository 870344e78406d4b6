"""Small instance builders for the matching tests (plain Python, no database)."""

from __future__ import annotations

from flexpool.engines.matching import (
    FixedAssignment,
    MatchingInput,
    Member,
    Municipality,
    Request,
    Tier,
)

WEEKS = 8
# Three real Drenthe municipalities (CBS 2024 centroids): Assen, Tynaarlo, Emmen.
ASSEN = Municipality("GM0106", "Assen", 52.99667, 6.54917, contribution=7.0)
TYNAARLO = Municipality("GM1730", "Tynaarlo", 53.07765, 6.61808, contribution=3.4)
EMMEN = Municipality("GM0114", "Emmen", 52.75817, 6.92494, contribution=10.9)
SMALL = Municipality("GM1690", "De Wolden", 52.68868, 6.39904, 2.4, Tier.ASSOCIATE)
MUNICIPALITIES = (ASSEN, TYNAARLO, EMMEN, SMALL)


def member(
    id: str = "m1",
    home: str = ASSEN.code,
    hours: float = 32.0,
    competences: dict[str, int] | None = None,
    **kwargs: object,
) -> Member:
    return Member(
        id=id,
        home_municipality=home,
        weekly_capacity=(hours,) * WEEKS,
        competences=competences if competences is not None else {"projectleiding": 2},
        **kwargs,  # type: ignore[arg-type]
    )


def request(
    id: str = "r1",
    municipality: str = ASSEN.code,
    hours: float = 16.0,
    required: dict[str, int] | None = None,
    start: int = 0,
    end: int = WEEKS - 1,
    **kwargs: object,
) -> Request:
    return Request(
        id=id,
        municipality=municipality,
        hours_per_week=hours,
        start_week=start,
        end_week=end,
        required=required if required is not None else {"projectleiding": 2},
        **kwargs,  # type: ignore[arg-type]
    )


def instance(
    members: list[Member], requests: list[Request], fixed: list[FixedAssignment] | None = None
) -> MatchingInput:
    return MatchingInput(
        weeks=WEEKS,
        municipalities=MUNICIPALITIES,
        members=tuple(members),
        requests=tuple(requests),
        fixed=tuple(fixed or ()),
    )
