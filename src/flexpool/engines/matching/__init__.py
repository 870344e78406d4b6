"""Matching engine: allocation of pool members to capacity requests. No Django here.

Batch mode: ``plan(MatchingInput, PoolSettings) -> Plan``. Interactive mode:
``Matcher(MatchingInput, PoolSettings, plan=None).top_k(request, k)``. See docs/matching.md.
The pure GAP solver lives in the ``gap`` subpackage.
"""

from flexpool.engines.matching.domain import (
    Competence,
    CompetenceKind,
    FixedAssignment,
    MatchingInput,
    Member,
    Municipality,
    PoolSettings,
    Request,
    Tier,
    Weights,
)
from flexpool.engines.matching.results import (
    Alternative,
    CriterionScore,
    MunicipalityFulfilment,
    Plan,
    ProposedAssignment,
    SolveStats,
    SolveStatus,
    UnmetReason,
    UnmetReasonCode,
    UnmetRequest,
)
from flexpool.engines.matching.solver import plan
from flexpool.engines.matching.topk import Candidate, Matcher, TopK

__all__ = [
    "Alternative",
    "Candidate",
    "Competence",
    "CompetenceKind",
    "CriterionScore",
    "FixedAssignment",
    "Matcher",
    "MatchingInput",
    "Member",
    "Municipality",
    "MunicipalityFulfilment",
    "Plan",
    "PoolSettings",
    "ProposedAssignment",
    "Request",
    "SolveStats",
    "SolveStatus",
    "Tier",
    "TopK",
    "UnmetReason",
    "UnmetReasonCode",
    "UnmetRequest",
    "Weights",
    "plan",
]
