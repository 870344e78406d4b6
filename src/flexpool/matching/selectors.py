"""Reads of assignments, capacity and candidates: scoped by the permission service."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import ngettext, ngettext_lazy

from flexpool.accounts.permissions import scope_assignments, scope_extensions
from flexpool.demand.lifecycle import RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.matching.capacity import WeekLoad, engagement_caps, weekly_loads
from flexpool.matching.lifecycle import LIVE_STATUSES, AssignmentStatus
from flexpool.matching.models import Assignment, Extension, ExtensionConsent
from flexpool.pool.models import PoolMember
from flexpool.pool.selectors import members_with_competences

if TYPE_CHECKING:
    from flexpool.matching.engine import Suggestion


def assignments_for(user) -> QuerySet[Assignment]:
    return scope_assignments(user, Assignment.objects.all()).select_related("request__municipality", "member")


def waiting_for_member(user) -> QuerySet[Assignment]:
    """Assignments the municipality accepted and the member still has to confirm."""
    return assignments_for(user).filter(
        status=AssignmentStatus.PROPOSED,
        accepted_at__isnull=False,
        request__status=RequestStatus.ACCEPTED,
    )


def live_assignments(user) -> QuerySet[Assignment]:
    return assignments_for(user).filter(status__in=LIVE_STATUSES)


def pool_load(user, start: date, weeks: int = 12) -> list[tuple[PoolMember, list[WeekLoad]]]:
    return loads_of(members_with_competences(user), start, weeks)


def loads_of(
    members: Iterable[PoolMember], start: date, weeks: int = 12
) -> list[tuple[PoolMember, list[WeekLoad]]]:
    """Each member with its load per week (one page of the occupancy list)."""
    members = list(members)
    end = start + timedelta(weeks=weeks) - timedelta(days=1)
    loads = weekly_loads(members, start, end)
    return [(member, loads[member.pk]) for member in members]


@dataclass(frozen=True)
class Block:
    """A hard rule that keeps one member off a request, in plain Dutch."""

    rule: str  # "competentie", "lokale_binding", "contract", "ruimte"
    text: str


@dataclass
class PanelRow:
    member: PoolMember
    blocks: list[Block]
    suggestion: Suggestion | None = None  # when the optimiser scored this member
    reasons: list = field(default_factory=list)  # the criteria whose detail differs between rows

    @property
    def points(self) -> float:
        return self.suggestion.points if self.suggestion else 0.0


@dataclass(frozen=True)
class RuleCount:
    rule: str
    text: str  # "3 hebben geen lokale binding met Assen"
    relaxed: str  # "Zonder deze regel passen: A, B" or that nobody would


@dataclass
class CandidatePanel:
    fitting: list[PanelRow]
    blocked: list[PanelRow]
    criteria: list[tuple[str, str]]  # (key, label) of the score columns
    counts: list[RuleCount]


def format_number(value) -> str:
    """16.0 -> '16', 7.5 -> '7,5' (Dutch decimal comma)."""
    return f"{Decimal(value).normalize():f}".replace(".", ",")


def week_ranges(mondays: list[date]) -> str:
    """Mondays as ISO week numbers in ranges: "week 6–12, 15"."""
    numbers = [m.isocalendar()[1] for m in sorted(mondays)]
    ranges: list[list[int]] = []
    for number in numbers:
        if ranges and number == ranges[-1][1] + 1:
            ranges[-1][1] = number
        else:
            ranges.append([number, number])
    text = ", ".join(f"{a}–{b}" if a != b else f"{a}" for a, b in ranges)
    return _("week %(weeks)s") % {"weeks": text}


def hard_rule_blocks(request: CapacityRequest, members: list[PoolMember]) -> dict[int, list[Block]]:
    """Per member, the hard rules of `matching.services.propose` it does not meet when proposed
    alone for the whole request: active in the pool, contract hours, every competence at its
    level, a local tie for resident-facing work (when the pool requires it), and room in every
    week of the period. Two queries for the loads, whatever the number of members."""
    loads = weekly_loads(members, request.start, request.end)
    caps = engagement_caps(members, request.pool_id)
    engaged = [m for m in members if caps[m.pk]]
    in_pool = (
        weekly_loads(engaged, request.start, request.end, only_pool_id=request.pool_id) if engaged else {}
    )
    required = [(rc.competence_id, rc.min_level, rc) for rc in request.required_competences.all()]
    needs_tie = request.resident_facing and request.pool.local_ties_required
    place = request.place  # where the work happens: local ties count there, as in `services.propose`
    blocks: dict[int, list[Block]] = {}
    for member in members:
        found: list[Block] = []
        if caps[member.pk] == 0 or not member.active:
            found.append(Block("pool", _("geen actief lid van deze pool")))
        levels = {mc.competence_id: mc.level for mc in member.competences.all()}
        missing = [rc for cid, level, rc in required if levels.get(cid, 0) < level]
        if missing:
            names = ", ".join(
                _("%(c)s niveau %(l)s") % {"c": rc.competence, "l": rc.get_min_level_display()}
                for rc in missing
            )
            found.append(Block("competentie", _("mist %(what)s") % {"what": names}))
        tied = member.home_municipality_id == place.pk or any(
            t.pk == place.pk for t in member.local_ties.all()
        )
        if needs_tie and not tied:
            found.append(Block("lokale_binding", _("geen lokale binding met %(m)s") % {"m": place.name}))
        if request.hours_per_week > member.contract_hours:
            found.append(
                Block(
                    "contract",
                    _("contract van %(h)s uur per week") % {"h": format_number(member.contract_hours)},
                )
            )
        full = [w.monday for w in loads[member.pk] if w.load + request.hours_per_week > w.capacity]
        if full:
            found.append(Block("ruimte", _("vol in %(weeks)s") % {"weeks": week_ranges(full)}))
        cap = caps[member.pk]
        if cap and (over := [w.monday for w in in_pool[member.pk] if w.load + request.hours_per_week > cap]):
            found.append(
                Block(
                    "ruimte",
                    _("hoogstens %(h)s uur per week in deze pool, vol in %(weeks)s")
                    % {"h": format_number(cap), "weeks": week_ranges(over)},
                )
            )
        blocks[member.pk] = found
    return blocks


RULE_COUNTS = {
    "competentie": ngettext_lazy(
        "%(n)d mist een gevraagde competentie of het niveau",
        "%(n)d missen een gevraagde competentie of het niveau",
        "n",
    ),
    "lokale_binding": ngettext_lazy(
        "%(n)d heeft geen lokale binding met %(m)s", "%(n)d hebben geen lokale binding met %(m)s", "n"
    ),
    "contract": ngettext_lazy("%(n)d heeft een te klein contract", "%(n)d hebben een te klein contract", "n"),
    "ruimte": ngettext_lazy(
        "%(n)d is vol in een of meer weken van de periode",
        "%(n)d zijn vol in een of meer weken van de periode",
        "n",
    ),
    "pool": ngettext_lazy("%(n)d is geen actief lid", "%(n)d zijn geen actief lid", "n"),
}
RELAXED = {
    "competentie": _lazy("Met een lager niveau of zonder de competentie"),
    "lokale_binding": _lazy("Zonder de eis van lokale binding"),
    "contract": _lazy("Met minder uren per week"),
    "ruimte": _lazy("Met een latere start of minder uren per week"),
    "pool": _lazy("Met een ander poollid"),
}


def candidate_panel(request: CapacityRequest, members: list[PoolMember], suggestions) -> CandidatePanel:
    """The optimiser panel: members who meet every hard rule, best score first, with the score per
    criterion and only the reasons that differ between them; the others with what blocks each;
    and per rule how many it blocks and who would fit without it."""
    blocks = hard_rule_blocks(request, members)
    scored = {s.member.pk: s for s in suggestions}
    rows = [PanelRow(member, blocks[member.pk], scored.get(member.pk)) for member in members]
    fitting = sorted(
        (r for r in rows if not r.blocks and r.suggestion is not None),
        key=lambda r: (-r.points, r.member.name),
    )
    # Fitting by the rules but not scored (the optimiser's own limits, e.g. municipalities per member):
    # listed after the scored ones, never silently dropped.
    fitting += sorted((r for r in rows if not r.blocks and r.suggestion is None), key=lambda r: r.member.name)
    blocked = sorted((r for r in rows if r.blocks), key=lambda r: (len(r.blocks), r.member.name))
    criteria: list[tuple[str, str]] = []
    for row in fitting:
        for c in row.suggestion.criteria if row.suggestion else ():
            if (c.key, c.label) not in criteria:
                criteria.append((c.key, c.label))
    details: dict[str, set[str]] = defaultdict(set)
    for row in fitting:
        for c in row.suggestion.criteria if row.suggestion else ():
            details[c.key].add(c.detail or f"{round(c.score * 100)}")
    for row in fitting:
        row.reasons = [
            c
            for c in (row.suggestion.criteria if row.suggestion else ())
            if c.detail and (len(details[c.key]) > 1 or len(fitting) == 1)
        ]
    counts = []
    for rule, template in RULE_COUNTS.items():
        hit = [r for r in blocked if any(b.rule == rule for b in r.blocks)]
        if not hit:
            continue
        only = [r.member.name for r in hit if all(b.rule == rule for b in r.blocks)]
        relaxed = (
            ngettext("%(how)s past: %(names)s.", "%(how)s passen: %(names)s.", len(only))
            % {"how": RELAXED[rule], "names": ", ".join(only)}
            if only
            else _("%(how)s past nog niemand: er speelt bij hen ook een andere regel.")
            % {"how": RELAXED[rule]}
        )
        counts.append(RuleCount(rule, template % {"n": len(hit), "m": request.municipality.name}, relaxed))
    return CandidatePanel(fitting=fitting, blocked=blocked, criteria=criteria, counts=counts)


def overbooked_weeks_of(member: PoolMember, start: date, end: date) -> list[date]:
    """Weeks in [start, end] where accepted work is more than the member now has (after leave or a
    contract change): to warn the member about."""
    weeks = weekly_loads([member], start, end)[member.pk]
    return [w.monday for w in weeks if w.load > w.capacity]


def extensions_for(user) -> QuerySet[Extension]:
    """Extensions of the assignments the user may see and who still has to decide, in fixed queries."""
    return (
        scope_extensions(user, Extension.objects.all())
        .select_related("assignment__member", "assignment__request__municipality", "requested_by")
        .prefetch_related(
            Prefetch(
                "consents",
                queryset=ExtensionConsent.objects.select_related("municipality", "decided_by").order_by(
                    "municipality__name"
                ),
            )
        )
        .order_by("-created_at", "-id")
    )
