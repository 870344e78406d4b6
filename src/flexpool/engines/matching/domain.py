"""Input types of the matching engine: frozen dataclasses, no behaviour beyond derived values.

Weeks are integer indices ``0 .. weeks-1`` over the planning period; the Django layer maps them to
ISO weeks. Hours are floats (hours per week). A request is served completely (all its hours in all
its weeks, by one member or split over two) or not at all: partial service would make "what a
municipality received" ambiguous and the fairness rule hard to explain.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Tier(StrEnum):
    """Membership tier of a municipality in the pool."""

    PARTICIPANT = "deelnemer"  # full member: contributes money or seconded hours
    ASSOCIATE = "geassocieerd"  # associate member: pays per use, lighter commitment


# An associate member's claim under scarcity counts half that of a participant with the same
# contribution: it chose the lighter commitment. Documented in docs/matching.md.
TIER_FACTOR: Mapping[Tier, float] = {Tier.PARTICIPANT: 1.0, Tier.ASSOCIATE: 0.5}


class CompetenceKind(StrEnum):
    PROCESS = "process"  # e.g. project leadership: transfers across domains
    CONTENT = "content"  # e.g. heat networks: specialist knowledge


@dataclass(frozen=True, slots=True)
class Competence:
    code: str
    kind: CompetenceKind
    label: str = ""


@dataclass(frozen=True, slots=True)
class Municipality:
    code: str  # CBS code, e.g. "GM0106"
    name: str
    lat: float  # centroid, WGS84 degrees
    lon: float
    contribution: float = 1.0  # money or seconded hours, in the pool's own unit
    tier: Tier = Tier.PARTICIPANT

    @property
    def entitlement(self) -> float:
        """Weight of this municipality's claim when demand exceeds supply."""
        return self.contribution * TIER_FACTOR[self.tier]


@dataclass(frozen=True, slots=True)
class Member:
    id: str
    home_municipality: str
    # Hours available per week after leave, *before* confirmed assignments (those are given as
    # FixedAssignment and subtracted by the engine, so it can prove it never moved them).
    weekly_capacity: tuple[float, ...]
    competences: Mapping[str, int] = field(default_factory=dict)  # code -> level 1..4
    local_ties: frozenset[str] = frozenset()  # municipality codes; home counts automatically
    past_municipalities: frozenset[str] = frozenset()  # worked there before (continuity)
    development_wishes: frozenset[str] = frozenset()  # competence codes to grow in
    max_municipalities: int = 3  # at any one week
    # Municipalities this member may work for (their pool's member municipalities); None = any.
    serves: frozenset[str] | None = None

    def has_local_ties(self, municipality: str) -> bool:
        return municipality == self.home_municipality or municipality in self.local_ties

    def level(self, competence: str) -> int:
        return self.competences.get(competence, 0)


@dataclass(frozen=True, slots=True)
class Request:
    id: str
    municipality: str
    hours_per_week: float
    start_week: int
    end_week: int  # inclusive
    required: Mapping[str, int] = field(default_factory=dict)  # code -> minimum level
    resident_facing: bool = False
    priority: int = 2  # 1 = high, 3 = low
    splittable: bool = False  # the municipality allows two people to share it
    # A request shared by several municipalities: (code, fraction) per partner, fractions adding up
    # to 1. Empty: `municipality` carries the whole request. Fairness counts each partner's part.
    shares: tuple[tuple[str, float], ...] = ()
    # Where resident-facing work happens (local ties are checked there); None: `municipality`.
    work_municipality: str | None = None

    @property
    def payers(self) -> tuple[tuple[str, float], ...]:
        """Who carries which fraction of the request."""
        return self.shares or ((self.municipality, 1.0),)

    @property
    def place(self) -> str:
        """The municipality whose residents the work is for."""
        return self.work_municipality or self.municipality

    @property
    def weeks(self) -> int:
        return self.end_week - self.start_week + 1

    @property
    def volume(self) -> float:
        """Total hours over the whole period."""
        return self.hours_per_week * self.weeks


@dataclass(frozen=True, slots=True)
class FixedAssignment:
    """A confirmed assignment. The engine keeps it as it is and plans around it."""

    member_id: str
    request_id: str
    municipality: str
    hours_per_week: float
    start_week: int
    end_week: int  # inclusive


@dataclass(frozen=True, slots=True)
class Weights:
    """Weight per soft criterion; each criterion scores 0..1 per hour delivered (see criteria.py).

    A served hour is worth 1 point before criteria, so the weights say how many extra hours of
    service one perfect criterion is worth. Zero switches a criterion off.
    """

    competence_fit: float = 0.2
    continuity: float = 0.25
    travel: float = 0.25
    priority: float = 0.4
    start_date: float = 0.1
    development: float = 0.1
    local_ties: float = 0.5  # only used when local ties are a preference, not a hard rule


@dataclass(frozen=True, slots=True)
class PoolSettings:
    local_ties_hard: bool = True
    weights: Weights = Weights()
    max_travel_km: float | None = None  # hard limit; None = no limit
    travel_scale_km: float = 60.0  # distance at which the travel score reaches 0
    split_min_share: float = 0.25  # each of two people takes at least this share of the hours
    # For the parts of a split request the pool looks at this many best-fitting people (a
    # shortlist, as a coordinator would); part of the problem definition, so bounds stay proven.
    split_shortlist: int = 8
    fairness_weight: float = 1.0  # bonus per hour up to the fair share, for an average share
    time_limit_s: float = 60.0
    target_gap: float = 0.005  # stop a component's solve once proven this close
    workers: int = 1  # processes for the solver; 1 solves in this process
    alternatives_per_request: int = 3


@dataclass(frozen=True, slots=True)
class MatchingInput:
    weeks: int
    municipalities: tuple[Municipality, ...]
    members: tuple[Member, ...]
    requests: tuple[Request, ...]  # open requests, in filing order
    fixed: tuple[FixedAssignment, ...] = ()
    competences: tuple[Competence, ...] = ()  # for labels; codes not listed are labelled as-is
