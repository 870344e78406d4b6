"""An independent check of a Plan against the hard rules, from the public types only.

Used by the tests and available to the service layer as a last guard before showing a plan.
"""

from __future__ import annotations

from collections import defaultdict

from flexpool.engines.matching.domain import MatchingInput, PoolSettings
from flexpool.engines.matching.results import Plan

TOLERANCE = 1e-6


def violations(data: MatchingInput, settings: PoolSettings, plan: Plan) -> list[str]:
    problems: list[str] = []
    members = {m.id: m for m in data.members}
    requests = {r.id: r for r in data.requests}
    if plan.fixed != data.fixed:
        problems.append("confirmed assignments were changed")
    load: dict[str, list[float]] = defaultdict(lambda: [0.0] * data.weeks)
    where: dict[str, list[set[str]]] = defaultdict(lambda: [set() for _ in range(data.weeks)])
    for f in data.fixed:
        for t in range(f.start_week, f.end_week + 1):
            load[f.member_id][t] += f.hours_per_week
            where[f.member_id][t].add(f.municipality)
    fixed_where = {m: [set(s) for s in weeks] for m, weeks in where.items()}
    by_request = defaultdict(list)
    for a in plan.assignments:
        by_request[a.request_id].append(a)
    for rid, parts in by_request.items():
        r = requests[rid]
        if not 1 <= len(parts) <= (2 if r.splittable else 1):
            problems.append(f"{rid}: {len(parts)} people")
        if abs(sum(p.hours_per_week for p in parts) - r.hours_per_week) > TOLERANCE:
            problems.append(f"{rid}: hours do not add up")
        team = [members[p.member_id] for p in parts]
        if len({m.id for m in team}) != len(team):
            problems.append(f"{rid}: same member twice")
        for code, level in r.required.items():
            if not any(m.level(code) >= level for m in team):
                problems.append(f"{rid}: nobody with {code} >= {level}")
        needs_local = r.resident_facing and settings.local_ties_hard
        if needs_local and not any(m.has_local_ties(r.place) for m in team):
            problems.append(f"{rid}: resident-facing without local ties")
        for p in parts:
            m = members[p.member_id]
            if (p.start_week, p.end_week) != (r.start_week, r.end_week):
                problems.append(f"{rid}: weeks differ from the request")
            if m.serves is not None and r.municipality not in m.serves:
                problems.append(f"{rid}: {m.id} does not serve {r.municipality}")
            if len(parts) == 2 and p.hours_per_week < settings.split_min_share * r.hours_per_week - TOLERANCE:
                problems.append(f"{rid}: split share below the minimum")
            for t in range(r.start_week, r.end_week + 1):
                load[m.id][t] += p.hours_per_week
                where[m.id][t].add(r.municipality)
    for mid, weeks in load.items():
        m = members[mid]
        for t, hours in enumerate(weeks):
            if hours > m.weekly_capacity[t] + TOLERANCE and hours > _fixed_hours(data, mid, t):
                problems.append(f"{mid}: {hours:g} h in week {t} over capacity")
    for mid, places in where.items():
        limit = members[mid].max_municipalities
        for t, munis in enumerate(places):
            before = len(fixed_where.get(mid, [set()] * data.weeks)[t])
            if len(munis) > max(limit, before):
                problems.append(f"{mid}: {len(munis)} municipalities in week {t}")
    return problems


def _fixed_hours(data: MatchingInput, member_id: str, week: int) -> float:
    """Confirmed work alone may exceed capacity (late leave); the plan must then add nothing."""
    return (
        sum(
            f.hours_per_week
            for f in data.fixed
            if f.member_id == member_id and f.start_week <= week <= f.end_week
        )
        + TOLERANCE
    )
