"""Soft criteria: each named, weighted, scored 0..1 per hour delivered (1 = no penalty).

Points of an assignment = hours delivered * (1 + sum of weight * score). A served hour is worth one
point by itself, so serving more of the demand always comes first and the criteria decide *who*
serves and, under scarcity, *which* requests go first (priority, start date).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from flexpool.engines.matching.domain import Member, PoolSettings, Request, Weights

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True)
class MatchFacts:
    """What a criterion may look at for one request-member pair."""

    request: Request
    member: Member
    distance_km: float
    horizon_weeks: int
    settings: PoolSettings


ScoreFn = Callable[[MatchFacts], tuple[float, str]]

# Each level above the minimum costs a quarter: a level-4 expert on level-1 work is scarce
# capacity spent where a junior would do.
OVERQUALIFICATION_STEP = 0.25
PRIORITY_SCORE = {1: 1.0, 2: 0.5, 3: 0.0}


def competence_fit(f: MatchFacts) -> tuple[float, str]:
    covered = [(c, lvl) for c, lvl in f.request.required.items() if f.member.level(c) >= lvl]
    if not covered:
        return 1.0, "geen vereiste competenties"
    excess = [f.member.level(c) - lvl for c, lvl in covered]
    score = sum(max(0.0, 1.0 - OVERQUALIFICATION_STEP * e) for e in excess) / len(excess)
    over = sum(1 for e in excess if e > 0)
    if over == 0:
        return score, "niveau past precies"
    return score, f"{over} competentie{'s' if over > 1 else ''} boven niveau"


def continuity(f: MatchFacts) -> tuple[float, str]:
    if f.request.municipality in f.member.past_municipalities:
        return 1.0, "heeft eerder voor deze gemeente gewerkt"
    return 0.0, "nog niet eerder voor deze gemeente gewerkt"


def travel(f: MatchFacts) -> tuple[float, str]:
    score = max(0.0, 1.0 - f.distance_km / f.settings.travel_scale_km)
    return score, f"{f.distance_km:.0f} km tussen woonplaats en gemeente"


def priority(f: MatchFacts) -> tuple[float, str]:
    score = PRIORITY_SCORE.get(f.request.priority, 0.0)
    return score, f"prioriteit {f.request.priority}"


def start_date(f: MatchFacts) -> tuple[float, str]:
    # Earlier starts are more urgent: the work is waiting now, later work can still be planned.
    score = 1.0 - f.request.start_week / max(1, f.horizon_weeks)
    return score, f"start in week {f.request.start_week}"


def development(f: MatchFacts) -> tuple[float, str]:
    wished = sorted(set(f.request.required) & f.member.development_wishes)
    if wished:
        return 1.0, "ontwikkelwens: " + ", ".join(wished)
    return 0.0, "geen ontwikkelwens in deze vraag"


def local_ties(f: MatchFacts) -> tuple[float, str]:
    if not f.request.resident_facing:
        return 1.0, "geen bewonerscontact"
    if f.member.has_local_ties(f.request.place):
        return 1.0, "lokale binding met de gemeente"
    return 0.0, "bewonerscontact zonder lokale binding"


@dataclass(frozen=True, slots=True)
class Criterion:
    key: str
    label: str  # Dutch
    score: ScoreFn

    def weight(self, weights: Weights) -> float:
        return float(getattr(weights, self.key))


CRITERIA: tuple[Criterion, ...] = (
    Criterion("competence_fit", "Passend competentieniveau", competence_fit),
    Criterion("continuity", "Continuïteit (eerder voor deze gemeente gewerkt)", continuity),
    Criterion("travel", "Reisafstand", travel),
    Criterion("priority", "Prioriteit van de vraag", priority),
    Criterion("start_date", "Startdatum (urgentie)", start_date),
    Criterion("development", "Ontwikkelwens van de flexpooler", development),
    Criterion("local_ties", "Lokale binding (voorkeur)", local_ties),
)
BASE_KEY, BASE_LABEL = "hours", "Geleverde uren"


def active_criteria(settings: PoolSettings) -> tuple[Criterion, ...]:
    """Local ties is a criterion only when the pool made it a preference instead of a rule."""
    if settings.local_ties_hard:
        return tuple(c for c in CRITERIA if c.key != "local_ties")
    return CRITERIA


def coefficient(facts: MatchFacts) -> float:
    """Points per hour delivered: 1 + the weighted criterion scores."""
    weights = facts.settings.weights
    return 1.0 + sum(c.weight(weights) * c.score(facts)[0] for c in active_criteria(facts.settings))
