"""Output types of the matching engine."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from flexpool.engines.matching.domain import FixedAssignment


@dataclass(frozen=True, slots=True)
class CriterionScore:
    key: str  # stable English key, e.g. "travel"
    label: str  # Dutch label for the screen, e.g. "Reisafstand"
    score: float  # 0..1, 1 = no penalty on this criterion
    points: float  # contribution to the objective (weight * score * hours delivered)
    detail: str = ""  # Dutch, e.g. "23 km van Assen naar Tynaarlo"


@dataclass(frozen=True, slots=True)
class ProposedAssignment:
    request_id: str
    member_id: str
    hours_per_week: float
    start_week: int
    end_week: int  # inclusive
    points: float  # this assignment's share of the objective, without the fairness bonus
    criteria: tuple[CriterionScore, ...]
    split: bool = False  # shares the request with a second member


class UnmetReasonCode(StrEnum):
    NO_COMPETENCE = "no_competence"
    NO_LOCAL_TIES = "no_local_ties"
    NO_COMPETENCE_WITH_LOCAL_TIES = "no_competence_with_local_ties"
    OUT_OF_REACH = "out_of_reach"  # nobody in the pool or within the travel limit
    CAPACITY_FULL = "capacity_full"
    MUNICIPALITY_LIMIT = "municipality_limit"
    CAPACITY_USED_ELSEWHERE = "capacity_used_elsewhere"


@dataclass(frozen=True, slots=True)
class UnmetReason:
    code: UnmetReasonCode
    message: str  # Dutch, for the coordinator


@dataclass(frozen=True, slots=True)
class UnmetRequest:
    request_id: str
    reasons: tuple[UnmetReason, ...]


@dataclass(frozen=True, slots=True)
class Alternative:
    member_id: str
    points: float  # objective points if this member did the whole request
    available: bool  # fits this member's remaining capacity in the proposed plan
    criteria: tuple[CriterionScore, ...]


@dataclass(frozen=True, slots=True)
class MunicipalityFulfilment:
    municipality: str
    requested_hours: float  # over the period, open requests only
    served_hours: float
    fair_share_hours: float  # the target from the fairness rule (see fairness.py)

    @property
    def share_ratio(self) -> float:
        """Served hours over the fair share: 1.0 means the municipality got its fair share."""
        return self.served_hours / self.fair_share_hours if self.fair_share_hours > 0 else 1.0


class SolveStatus(StrEnum):
    OPTIMAL = "optimal"  # proven within the target gap
    TIME_LIMIT = "time_limit"
    STOPPED = "stopped"  # the caller's stop() said so
    HEURISTIC = "heuristic"  # no model solve for this part


@dataclass(frozen=True, slots=True)
class SolveStats:
    components: int
    largest_component_requests: int
    elapsed_s: float
    status: SolveStatus
    statuses: tuple[tuple[SolveStatus, int], ...]  # status -> number of components
    heuristic_objective: float


@dataclass(frozen=True, slots=True)
class Plan:
    assignments: tuple[ProposedAssignment, ...]
    fixed: tuple[FixedAssignment, ...]  # confirmed assignments, exactly as given
    unmet: tuple[UnmetRequest, ...]
    objective: float
    bound: float  # proven upper bound on the objective of any feasible plan
    gap: float  # (bound - objective) / bound
    fulfilment: tuple[MunicipalityFulfilment, ...]
    alternatives: tuple[tuple[str, tuple[Alternative, ...]], ...]  # request id -> top others
    stats: SolveStats
