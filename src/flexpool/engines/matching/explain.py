"""Explanations: points per criterion, reasons for unmet requests, alternatives per request."""

from __future__ import annotations

import numpy as np

from flexpool.engines.matching.capacity import Ledger, Part
from flexpool.engines.matching.criteria import BASE_KEY, BASE_LABEL, active_criteria
from flexpool.engines.matching.domain import Request
from flexpool.engines.matching.prepared import EPS, Prepared
from flexpool.engines.matching.problem import Problem
from flexpool.engines.matching.results import (
    Alternative,
    CriterionScore,
    ProposedAssignment,
    UnmetReason,
    UnmetReasonCode,
)


def breakdown(prep: Prepared, request: Request, m: int, hours_per_week: float) -> tuple[CriterionScore, ...]:
    hours = hours_per_week * request.weeks
    facts = prep.facts(request, m)
    scores = [CriterionScore(BASE_KEY, BASE_LABEL, 1.0, hours, f"{hours:g} uur over de periode")]
    for criterion in active_criteria(prep.settings):
        score, detail = criterion.score(facts)
        points = criterion.weight(prep.settings.weights) * score * hours
        scores.append(CriterionScore(criterion.key, criterion.label, score, points, detail))
    return tuple(scores)


def proposed(prep: Prepared, part: Part, split: bool) -> ProposedAssignment:
    request = prep.data.requests[part.request]
    criteria = breakdown(prep, request, part.member, part.hours)
    return ProposedAssignment(
        request_id=request.id,
        member_id=prep.data.members[part.member].id,
        hours_per_week=part.hours,
        start_week=request.start_week,
        end_week=request.end_week,
        points=sum(c.points for c in criteria),
        criteria=criteria,
        split=split,
    )


def week_ranges(weeks: np.ndarray | list[int]) -> str:
    """[3, 4, 5, 9] -> 'week 3–5, 9'."""
    ws = sorted(int(w) for w in weeks)
    spans: list[str] = []
    start = prev = ws[0] if ws else 0
    for w in [*ws[1:], None]:
        if w is not None and w == prev + 1:
            prev = w
            continue
        spans.append(f"{start}–{prev}" if prev > start else f"{start}")
        if w is not None:
            start = prev = w
    return "week " + ", ".join(spans)


def _label(prep: Prepared, code: str) -> str:
    for c in prep.data.competences:
        if c.code == code:
            return c.label or code
    return code


def _no_candidate_reasons(prep: Prepared, r: int) -> list[UnmetReason]:
    request = prep.data.requests[r]
    g = prep.municipality[request.municipality]
    reach = prep.reach(request.municipality)
    if not reach.any():
        text = f"Niemand in de pool kan voor {g.name} werken"
        return [UnmetReason(UnmetReasonCode.OUT_OF_REACH, text)]
    reasons = []
    for code, level in request.required.items():
        if not (reach & (prep.levels(code) >= level)).any():
            text = f"Niemand met competentie {_label(prep, code)} op niveau {level} of hoger"
            reasons.append(UnmetReason(UnmetReasonCode.NO_COMPETENCE, text))
    qualified = reach & prep.qualified(request)
    if prep.needs_local(request) and not reasons:
        local = reach & prep.local(request.place)
        if not local.any():
            text = f"Niemand met lokale binding met {g.name}"
            reasons.append(UnmetReason(UnmetReasonCode.NO_LOCAL_TIES, text))
        elif not (local & qualified).any():
            text = f"Wel mensen met lokale binding met {g.name}, maar niet met de vereiste competenties"
            reasons.append(UnmetReason(UnmetReasonCode.NO_COMPETENCE_WITH_LOCAL_TIES, text))
        qualified &= local
    if not reasons:
        idx = np.flatnonzero(qualified)
        span = slice(request.start_week, request.end_week + 1)
        short = (prep.capacity[idx, span] < request.hours_per_week - EPS).all(axis=0)
        text = "Iedereen die past is vol (verlof of bevestigde inzet)"
        if short.any():
            text += " in " + week_ranges(np.flatnonzero(short) + request.start_week)
        reasons.append(UnmetReason(UnmetReasonCode.CAPACITY_FULL, text))
    return reasons


def unmet_reasons(problem: Problem, ledger: Ledger, r: int) -> tuple[UnmetReason, ...]:
    prep = problem.prep
    request = prep.data.requests[r]
    full = problem.cands[r].full
    if len(full) == 0 and not problem.cands[r].coef:
        return tuple(_no_candidate_reasons(prep, r))
    who = "die past"
    if prep.needs_local(request):
        who = "met lokale binding en de juiste competenties"
    reasons = []
    if len(full):
        span = slice(request.start_week, request.end_week + 1)
        short = ledger.free[full, span] < request.hours_per_week - EPS
        limited = [m for m in full.tolist() if len(ledger.municipality_limit_weeks(m, request))]
        everyone = short.all(axis=0)
        if everyone.any():
            weeks = week_ranges(np.flatnonzero(everyone) + request.start_week)
            text = f"Iedereen {who} ({len(full)}) is vol in {weeks}"
            reasons.append(UnmetReason(UnmetReasonCode.CAPACITY_FULL, text))
        elif short.any(axis=1).all():
            text = f"Alle {len(full)} kandidaten {who} zijn in een deel van de weken vol"
            reasons.append(UnmetReason(UnmetReasonCode.CAPACITY_FULL, text))
        if limited:
            text = f"{len(limited)} kandidaat/kandidaten zitten aan hun maximum aantal gemeenten"
            reasons.append(UnmetReason(UnmetReasonCode.MUNICIPALITY_LIMIT, text))
    if not reasons:
        text = "De capaciteit is ingezet voor andere aanvragen (prioriteit of eerlijke verdeling)"
        reasons.append(UnmetReason(UnmetReasonCode.CAPACITY_USED_ELSEWHERE, text))
    return tuple(reasons)


def alternatives(
    problem: Problem, ledger: Ledger, r: int, chosen: set[int], k: int
) -> tuple[Alternative, ...]:
    prep, request, cand = problem.prep, problem.prep.data.requests[r], problem.cands[r]
    ranked = sorted((m for m in cand.full.tolist() if m not in chosen), key=lambda m: -cand.coef[m])
    out = []
    for m in ranked[:k]:
        out.append(
            Alternative(
                member_id=prep.data.members[m].id,
                points=request.volume * cand.coef[m],
                available=ledger.fits(m, request, request.hours_per_week),
                criteria=breakdown(prep, request, m, request.hours_per_week),
            )
        )
    return tuple(out)
