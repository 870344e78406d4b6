"""The thin layer between the Django models and the plain-Python matching engine.

It turns a pool's members, open requests and accepted assignments into the engine's frozen input
types (weeks become indices from a Monday), and turns results back into model objects.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Prefetch, Q
from django.utils import timezone

from flexpool.core.weeks import WEEK, monday_of
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest, RequiredCompetence
from flexpool.engines import matching as engine
from flexpool.matching.capacity import engagement_caps, weekly_loads
from flexpool.matching.criteria_text import translated
from flexpool.matching.lifecycle import LIVE_STATUSES, AssignmentStatus
from flexpool.matching.models import Assignment
from flexpool.pool.models import Competence, MemberCompetence, Membership, Pool, PoolMember

HORIZON_WEEKS = 52
TIERS = {Membership.Tier.FULL: engine.Tier.PARTICIPANT, Membership.Tier.ASSOCIATE: engine.Tier.ASSOCIATE}


@dataclass(frozen=True)
class EngineContext:
    data: engine.MatchingInput
    settings: engine.PoolSettings
    first_monday: date
    members: dict[str, PoolMember]
    requests: dict[str, CapacityRequest]

    def week_of(self, day: date) -> int:
        return max(0, (monday_of(day) - self.first_monday).days // 7)


def _window(requests: Iterable[CapacityRequest], today: date) -> tuple[date, int]:
    requests = list(requests)
    first = monday_of(min([today, *[r.start for r in requests]]))
    last = max([first + WEEK * (HORIZON_WEEKS - 1), *[r.end for r in requests]])
    return first, (monday_of(last) - first).days // 7 + 1


def build_context(
    pool: Pool, requests: Iterable[CapacityRequest], *, time_limit_s: float = 10.0, today: date | None = None
) -> EngineContext:
    requests = list(requests)
    today = today or timezone.localdate()
    first, weeks = _window(requests, today)
    last = first + WEEK * weeks - timedelta(days=1)
    memberships = list(Membership.objects.filter(pool=pool).active_on(today).select_related("municipality"))
    municipalities = tuple(
        engine.Municipality(
            code=m.municipality.code,
            name=m.municipality.name,
            lat=m.municipality.latitude,
            lon=m.municipality.longitude,
            # Entitlement counts money and seconded hours; an hour of secondment counts as €100.
            contribution=max(1.0, float(m.yearly_contribution_eur) + 100.0 * float(m.yearly_seconded_hours)),
            tier=TIERS[m.tier],
        )
        for m in memberships
    )
    serves = frozenset(m.municipality.code for m in memberships)
    # The pool's own members and those who also work here through an engagement.
    members = list(
        PoolMember.objects.filter(
            pk__in=PoolMember.objects.filter(Q(pool=pool) | Q(engagements__pool=pool)).values("pk"),
            active=True,
        )
        .select_related("home_municipality")
        .prefetch_related(
            Prefetch("competences", queryset=MemberCompetence.objects.select_related("competence")),
            "local_ties",
            "development_wishes",
        )
    )
    # Travel is measured from home, so home municipalities outside the pool are known to the engine
    # too; they file no requests here, so they take no part in the fair division.
    homes = {
        m.home_municipality.code: m.home_municipality
        for m in members
        if m.home_municipality.code not in serves
    }
    # A partner of a shared request is a member; one that has left since still counts for its part.
    partners = {
        s.municipality.code: s.municipality
        for r in requests
        for s in r.shares.all()
        if s.municipality.code not in serves
    }
    homes = {code: m for code, m in homes.items() if code not in partners}
    municipalities += tuple(
        engine.Municipality(code=h.code, name=h.name, lat=h.latitude, lon=h.longitude)
        for h in [*homes.values(), *partners.values()]
    )
    capacity = _capacity_for_pool(pool, members, first, last)
    history: dict[int, set[str]] = defaultdict(set)
    for member_id, code in Assignment.objects.filter(
        member__in=members, status__in=[AssignmentStatus.RUNNING, AssignmentStatus.COMPLETED]
    ).values_list("member_id", "request__municipality__code"):
        history[member_id].add(code)
    engine_members = tuple(
        engine.Member(
            id=str(m.pk),
            home_municipality=m.home_municipality.code,
            weekly_capacity=capacity[m.pk],
            competences={mc.competence.code: mc.level for mc in m.competences.all()},
            local_ties=frozenset(t.code for t in m.local_ties.all()),
            past_municipalities=frozenset(history[m.pk]),
            development_wishes=frozenset(c.code for c in m.development_wishes.all()),
            max_municipalities=m.max_municipalities,
            serves=serves,
        )
        for m in members
    )
    context_week = lambda day: max(0, min(weeks - 1, (monday_of(day) - first).days // 7))  # noqa: E731
    accepted = Assignment.objects.filter(
        request__pool=pool,
        member__in=members,
        status__in=LIVE_STATUSES,
        accepted_at__isnull=False,
        end__gte=first,
    ).select_related("request__municipality")
    fixed = tuple(
        engine.FixedAssignment(
            member_id=str(a.member_id),
            request_id=f"vast-{a.pk}",
            municipality=a.request.municipality.code,
            hours_per_week=float(a.hours_per_week),
            start_week=context_week(a.start),
            end_week=context_week(a.end),
        )
        for a in accepted
    )
    engine_requests = tuple(to_engine_request(r, context_week) for r in requests)
    return EngineContext(
        data=engine.MatchingInput(
            weeks=weeks,
            municipalities=municipalities,
            members=engine_members,
            requests=engine_requests,
            fixed=fixed,
            competences=tuple(
                engine.Competence(
                    c.code,
                    engine.CompetenceKind.PROCESS if c.kind == "proces" else engine.CompetenceKind.CONTENT,
                    c.display_name,
                )
                for c in Competence.objects.all()
            ),
        ),
        settings=engine.PoolSettings(
            local_ties_hard=pool.local_ties_required, time_limit_s=time_limit_s, workers=1
        ),
        first_monday=first,
        members={str(m.pk): m for m in members},
        requests={str(r.pk): r for r in requests},
    )


def _capacity_for_pool(pool: Pool, members: list[PoolMember], first: date, last: date):
    """Per member, the hours a week this pool may plan: capacity less the accepted work in other pools
    (the engine sees this pool's own accepted work as fixed assignments), and in a pool that is not the
    member's home pool at most the engagement's hours."""
    total = weekly_loads(members, first, last)
    here = weekly_loads(members, first, last, only_pool_id=pool.pk)
    caps = engagement_caps(members, pool.pk)
    result: dict[int, tuple[float, ...]] = {}
    for m in members:
        weeks = []
        for week, own in zip(total[m.pk], here[m.pk], strict=True):
            free = week.capacity - (week.load - own.load)
            cap = caps[m.pk]
            weeks.append(float(max(min(free, cap) if cap is not None else free, 0)))
        result[m.pk] = tuple(weeks)
    return result


def to_engine_request(request: CapacityRequest, week_of) -> engine.Request:
    return engine.Request(
        id=str(request.pk),
        municipality=request.municipality.code,
        hours_per_week=float(request.hours_per_week),
        start_week=week_of(request.start),
        end_week=week_of(request.end),
        required={rc.competence.code: rc.min_level for rc in request.required_competences.all()},
        resident_facing=request.resident_facing,
        priority=request.priority,
        splittable=request.splittable,
        shares=tuple((s.municipality.code, float(s.percentage) / 100) for s in request.shares.all()),
        work_municipality=request.work_municipality.code if request.work_municipality_id else None,
    )


def open_requests(pool: Pool):
    return (
        CapacityRequest.objects.filter(
            pool=pool, status__in=[RequestStatus.SUBMITTED, RequestStatus.IN_INTAKE]
        )
        .select_related("municipality", "work_municipality")
        .prefetch_related(
            Prefetch(
                "required_competences", queryset=RequiredCompetence.objects.select_related("competence")
            ),
            "shares__municipality",
        )
        .order_by("created_at", "pk")
    )


@dataclass(frozen=True)
class Suggestion:
    member: PoolMember
    hours_per_week: float
    points: float
    available: bool
    note: str
    criteria: tuple[engine.CriterionScore, ...]


def suggestions_for(request: CapacityRequest, k: int = 5) -> tuple[list[Suggestion], list[Suggestion]]:
    """The engine's top-k for one request (interactive mode), and a pair when nobody fits alone."""
    fresh = (
        CapacityRequest.objects.select_related("municipality", "pool", "work_municipality")
        .prefetch_related(
            Prefetch(
                "required_competences", queryset=RequiredCompetence.objects.select_related("competence")
            ),
            "shares__municipality",
        )
        .get(pk=request.pk)
    )
    context = build_context(fresh.pool, [fresh])
    result = engine.Matcher(context.data, context.settings).top_k(context.data.requests[0], k=k)

    def wrap(candidate: engine.Candidate) -> Suggestion:
        return Suggestion(
            member=context.members[candidate.member_id],
            hours_per_week=candidate.hours_per_week,
            points=candidate.points,
            available=candidate.available,
            note=candidate.note,
            criteria=translated(candidate.criteria),
        )

    return [wrap(c) for c in result.candidates], [wrap(c) for c in (result.pair or ())]


def explanation_text(criteria: Iterable[engine.CriterionScore]) -> str:
    """One readable line per criterion, for the motivation a municipality reads."""
    return "; ".join(f"{c.label}: {c.detail or round(c.score * 100)}" for c in translated(criteria))


def explanation_json(criteria: Iterable[engine.CriterionScore]) -> list[dict]:
    return [
        {
            "key": c.key,
            "label": c.label,
            "score": round(c.score, 3),
            "points": round(c.points, 1),
            "detail": c.detail,
        }
        for c in translated(criteria)
    ]
