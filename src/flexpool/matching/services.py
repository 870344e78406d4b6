"""Proposals and assignments: propose, accept or decline, confirm, start, complete.

Capacity is checked while the member's row is locked, so two accepts that race each other are
serialised and the second sees the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from flexpool.accounts.permissions import can_act_for_municipality, coordinates_pool, is_member
from flexpool.core import audit
from flexpool.core.dates import weeks_text
from flexpool.core.errors import NotAllowed, ValidationError, field_error
from flexpool.core.numbers import number_text
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction, RequestStatus
from flexpool.demand.models import CapacityRequest, RequestShare
from flexpool.matching import notify as events
from flexpool.matching.capacity import engagement_caps, over_engagement_weeks, overbooked_weeks
from flexpool.matching.lifecycle import ASSIGNMENT_LIFECYCLE, AssignmentAction, AssignmentStatus
from flexpool.matching.models import Assignment, Extension, ExtensionConsent, ExtensionStatus
from flexpool.pool.models import PoolMember


@dataclass(frozen=True)
class Candidate:
    member: PoolMember
    hours_per_week: Decimal
    motivation: str = ""
    explanation: tuple = ()


def _labels(weeks) -> str:
    return weeks_text(w.monday for w in weeks)


def _overbooking_message(member: PoolMember, weeks) -> str:
    if member.engagements.exists():
        # Someone in several pools: the load counts every pool, so say so.
        worst = max(weeks, key=lambda w: w.load - w.capacity)
        return _(
            "%(name)s heeft niet genoeg uren vrij in %(weeks)s: in alle pools samen is al "
            "%(load)s van %(capacity)s uur per week geboekt."
        ) % {
            "name": member.name,
            "weeks": _labels(weeks),
            "load": _number(worst.load),
            "capacity": _number(worst.capacity),
        }
    return _("%(name)s heeft niet genoeg uren vrij in %(weeks)s.") % {
        "name": member.name,
        "weeks": _labels(weeks),
    }


def _number(value: Decimal) -> str:
    return f"{Decimal(value).normalize():f}".replace(".", ",")


def _engagement_errors(
    member: PoolMember, request: CapacityRequest, hours: Decimal, exclude: Sequence[int] = ()
) -> list[str]:
    """The cap of a pool that is not the member's home pool: at most the engagement's hours there."""
    cap, weeks = over_engagement_weeks(
        member, request.pool_id, hours, request.start, request.end, exclude_assignment_ids=exclude
    )
    if not weeks or not cap:
        return []
    return [
        _("%(name)s werkt in deze pool hoogstens %(cap)s uur per week; in %(weeks)s zou dat meer worden.")
        % {"name": member.name, "cap": _number(cap), "weeks": _labels(weeks)}
    ]


def _hard_rule_errors(request: CapacityRequest, candidates: Sequence[Candidate]) -> list[str]:
    errors = []
    required = list(request.required_competences.select_related("competence"))
    caps = engagement_caps([c.member for c in candidates], request.pool_id)
    for candidate in candidates:
        member = candidate.member
        if caps[member.pk] == 0 or not member.active:
            errors.append(_("%(name)s is geen actief lid van deze pool.") % {"name": member.name})
        if candidate.hours_per_week > member.contract_hours:
            errors.append(
                _("%(name)s heeft een contract van %(contract)s uur per week.")
                % {"name": member.name, "contract": number_text(member.contract_hours)}
            )
        levels = dict(member.competences.values_list("competence_id", "level"))
        if len(candidates) == 1:
            for need in required:
                if levels.get(need.competence_id, 0) < need.min_level:
                    errors.append(
                        _("%(name)s heeft %(competence)s niet op niveau %(level)s.")
                        % {
                            "name": member.name,
                            "competence": need.competence,
                            "level": need.get_min_level_display(),
                        }
                    )
    if request.resident_facing and request.pool.local_ties_required:
        place = request.place
        tied = [
            c
            for c in candidates
            if c.member.home_municipality_id == place.pk or c.member.local_ties.filter(pk=place.pk).exists()
        ]
        if not tied:
            errors.append(
                _("Dit is bewonerswerk: minstens één voorgestelde persoon moet binding hebben met %(m)s.")
                % {"m": place}
            )
    if len(candidates) == 2:
        combined: dict[int, int] = {}
        for candidate in candidates:
            for cid, lvl in candidate.member.competences.values_list("competence_id", "level"):
                combined[cid] = max(lvl, combined.get(cid, 0))
        for need in required:
            if combined.get(need.competence_id, 0) < need.min_level:
                errors.append(
                    _("Samen hebben de voorgestelde personen %(competence)s niet op niveau %(level)s.")
                    % {"competence": need.competence, "level": need.get_min_level_display()}
                )
    return errors


@transaction.atomic
def propose(*, actor: Any, request: CapacityRequest, candidates: Sequence[Candidate]) -> list[Assignment]:
    """The coordinator proposes one person, or two when the municipality allows a split."""
    locked = (
        CapacityRequest.objects.select_for_update(of=("self",))
        .select_related("pool", "municipality", "work_municipality")
        .get(pk=request.pk)
    )
    if not coordinates_pool(actor, locked.pool_id):
        raise NotAllowed(_("Alleen de coördinator van de pool kan voorstellen doen."))
    if locked.status != RequestStatus.IN_INTAKE:
        raise field_error("status", _("Alleen een vraag in behandeling kan een voorstel krijgen."))
    if not 1 <= len(candidates) <= (2 if locked.splittable else 1):
        raise field_error(
            "member",
            _("Kies één persoon, of twee als de gemeente verdelen toestaat."),
        )
    if len({c.member.pk for c in candidates}) != len(candidates):
        raise field_error("member", _("Dezelfde persoon staat er twee keer in."))
    total = sum((c.hours_per_week for c in candidates), Decimal(0))
    if total != locked.hours_per_week:
        raise field_error(
            "hours_per_week",
            _("De voorgestelde uren (%(total)s) moeten gelijk zijn aan de gevraagde %(asked)s.")
            % {"total": total, "asked": locked.hours_per_week},
        )
    errors = _hard_rule_errors(locked, candidates)
    for candidate in candidates:
        weeks = overbooked_weeks(candidate.member, candidate.hours_per_week, locked.start, locked.end)
        if weeks:
            errors.append(_overbooking_message(candidate.member, weeks))
        errors += _engagement_errors(candidate.member, locked, candidate.hours_per_week)
    if errors:
        raise ValidationError({"member": errors})
    assignments = []
    for candidate in candidates:
        assignment = Assignment.objects.create(
            request=locked,
            member=candidate.member,
            hours_per_week=candidate.hours_per_week,
            start=locked.start,
            end=locked.end,
            motivation=candidate.motivation,
            explanation=list(candidate.explanation),
            proposed_by=actor,
        )
        audit.record(
            actor=actor,
            action="voorstel.gedaan",
            obj=assignment,
            changes={"member": candidate.member.name, "hours_per_week": candidate.hours_per_week},
            municipality_code=locked.municipality.code,
        )
        assignments.append(assignment)
    # A new proposal needs the consent of every partner again.
    locked.shares.update(accepted_at=None, accepted_by=None)
    locked = demand_services.transition(
        actor=actor, request=locked, action=RequestAction.PROPOSE, checked=True
    )
    events.proposal_made(actor=actor, request=locked)
    return assignments


def _open_proposals(request: CapacityRequest) -> list[Assignment]:
    return list(
        request.assignments.filter(status=AssignmentStatus.PROPOSED, accepted_at__isnull=True)
        .select_related("member")
        .order_by("member_id")
    )


def _deciding_share(actor: Any, request: CapacityRequest, refusal: str) -> RequestShare | None:
    """The share for which the actor decides: None for a request that is not shared.

    Raises NotAllowed when the actor's municipality does not pay for the request.
    """
    if not any(can_act_for_municipality(actor, m) for m in request.party_ids()):
        raise NotAllowed(refusal)
    shares = list(request.shares.select_for_update().select_related("municipality").order_by("pk"))
    return next((s for s in shares if can_act_for_municipality(actor, s.municipality_id)), None)


@transaction.atomic
def accept_proposal(*, actor: Any, request: CapacityRequest) -> CapacityRequest:
    """A paying municipality accepts. The request is accepted when every partner has accepted.

    Refused when any proposed member would be over capacity in any week.
    """
    locked = CapacityRequest.objects.select_for_update().select_related("municipality").get(pk=request.pk)
    share = _deciding_share(
        actor, locked, _("Alleen een gemeente die meebetaalt aan deze vraag kan een voorstel accepteren.")
    )
    if locked.status != RequestStatus.PROPOSED:
        raise field_error("status", _("Er ligt geen voorstel om te accepteren."))
    if share is not None and share.accepted_at is not None:
        raise field_error(
            "status",
            _("%(name)s heeft dit voorstel al geaccepteerd.") % {"name": share.municipality.name},
        )
    proposals = _open_proposals(locked)
    # Lock members in a fixed order so that two accepts sharing members cannot deadlock.
    members = {
        m.pk: m
        for m in PoolMember.objects.select_for_update()
        .filter(pk__in=[p.member_id for p in proposals])
        .order_by("pk")
    }
    errors = []
    for proposal in proposals:
        weeks = overbooked_weeks(
            members[proposal.member_id],
            proposal.hours_per_week,
            proposal.start,
            proposal.end,
            exclude_assignment_ids=[proposal.pk],
        )
        if weeks:
            errors.append(_overbooking_message(members[proposal.member_id], weeks))
        errors += _engagement_errors(
            members[proposal.member_id], locked, proposal.hours_per_week, exclude=[proposal.pk]
        )
    if errors:
        raise ValidationError({"member": errors})
    now = timezone.now()
    if share is not None:
        share.accepted_at, share.accepted_by = now, actor
        share.save(update_fields=["accepted_at", "accepted_by"])
        waiting = [
            s.municipality.name for s in locked.shares.select_related("municipality") if not s.accepted_at
        ]
        audit.record(
            actor=actor,
            action="vraag.aandeel_geaccepteerd",
            obj=locked,
            changes={"gemeente": share.municipality.name, "aandeel": share.percentage, "wacht_op": waiting},
            municipality_code=share.municipality.code,
        )
        if waiting:
            return locked
    for proposal in proposals:
        proposal.accepted_at = now
        proposal.save(update_fields=["accepted_at"])
    accepted = demand_services.transition(
        actor=actor, request=locked, action=RequestAction.ACCEPT, checked=True
    )
    events.proposal_accepted(actor=actor, request=accepted, member_ids=[p.member_id for p in proposals])
    return accepted


@transaction.atomic
def decline_proposal(*, actor: Any, request: CapacityRequest, reason: str) -> CapacityRequest:
    locked = CapacityRequest.objects.select_for_update().select_related("municipality").get(pk=request.pk)
    share = _deciding_share(
        actor, locked, _("Alleen een gemeente die meebetaalt aan deze vraag kan een voorstel afwijzen.")
    )
    if not reason.strip():
        raise field_error("reason", _("Geef een reden, zodat de coördinator een beter voorstel kan doen."))
    if locked.status != RequestStatus.PROPOSED:
        raise field_error("status", _("Er ligt geen voorstel om af te wijzen."))
    if share is not None and share.accepted_at is not None:
        raise field_error(
            "status",
            _("%(name)s heeft dit voorstel al geaccepteerd.") % {"name": share.municipality.name},
        )
    if share is not None:
        audit.record(
            actor=actor,
            action="vraag.aandeel_afgewezen",
            obj=locked,
            changes={"gemeente": share.municipality.name, "reason": reason},
            municipality_code=share.municipality.code,
        )
    # One partner saying no sends the whole proposal back; the next one needs everyone's consent.
    locked.shares.update(accepted_at=None, accepted_by=None)
    for proposal in _open_proposals(locked):
        _assignment_transition(actor, proposal, AssignmentAction.DECLINE, reason=reason)
    declined = demand_services.transition(
        actor=actor, request=locked, action=RequestAction.DECLINE, reason=reason, checked=True
    )
    events.proposal_declined(actor=actor, request=declined)
    return declined


def _assignment_transition(actor: Any, assignment: Assignment, action: str, reason: str = "") -> Assignment:
    old = assignment.status
    assignment.status = ASSIGNMENT_LIFECYCLE.target(old, action)
    if action == AssignmentAction.CONFIRM:
        assignment.confirmed_at = timezone.now()
    assignment.save(update_fields=["status", "confirmed_at"])
    changes: dict[str, Any] = audit.status_change(old, assignment.status)
    if reason:
        changes["reason"] = reason
    audit.record(
        actor=actor,
        action=f"inzet.{action}",
        obj=assignment,
        changes=changes,
        municipality_code=assignment.request.municipality.code,
    )
    return assignment


@transaction.atomic
def confirm_assignment(*, actor: Any, assignment: Assignment, today: date | None = None) -> Assignment:
    """The member confirms; once everyone on the request has confirmed, work starts on the start date."""
    locked = (
        Assignment.objects.select_for_update()
        .select_related("request__municipality", "member")
        .get(pk=assignment.pk)
    )
    if not is_member(actor, locked.member_id):
        raise NotAllowed(_("Alleen het poollid zelf kan een inzet bevestigen."))
    if locked.accepted_at is None or locked.request.status != RequestStatus.ACCEPTED:
        raise field_error("status", _("De gemeente heeft dit voorstel nog niet geaccepteerd."))
    _assignment_transition(actor, locked, AssignmentAction.CONFIRM)
    events.assignment_confirmed(actor=actor, assignment=locked)
    start_due(actor=actor, today=today or timezone.localdate(), request_ids=[locked.request_id])
    return locked


@transaction.atomic
def decline_assignment(*, actor: Any, assignment: Assignment, reason: str) -> Assignment:
    """The member declines an accepted proposal: the request goes back to the coordinator."""
    locked = (
        Assignment.objects.select_for_update()
        .select_related("request__municipality", "member")
        .get(pk=assignment.pk)
    )
    if not is_member(actor, locked.member_id):
        raise NotAllowed(_("Alleen het poollid zelf kan een inzet afwijzen."))
    if not reason.strip():
        raise field_error("reason", _("Geef een reden."))
    request = locked.request
    _assignment_transition(actor, locked, AssignmentAction.DECLINE, reason=reason)
    events.assignment_declined(actor=actor, assignment=locked)
    for other in request.assignments.filter(
        status__in=[AssignmentStatus.PROPOSED, AssignmentStatus.CONFIRMED]
    ):
        _assignment_transition(actor, other, AssignmentAction.CANCEL, reason=reason)
    if request.status == RequestStatus.ACCEPTED:
        demand_services.transition(
            actor=actor, request=request, action=RequestAction.REOPEN, reason=reason, checked=True
        )
    return locked


@transaction.atomic
def start_due(*, actor: Any, today: date, request_ids: Sequence[int] | None = None) -> int:
    """Start accepted requests whose members have all confirmed and whose start date has come."""
    requests = CapacityRequest.objects.filter(status=RequestStatus.ACCEPTED, start__lte=today)
    if request_ids is not None:
        requests = requests.filter(pk__in=request_ids)
    started = 0
    for request in requests.select_related("municipality"):
        live = list(
            request.assignments.exclude(
                status__in=[AssignmentStatus.DECLINED, AssignmentStatus.CANCELLED]
            ).select_related("request__municipality")
        )
        if not live or any(a.status != AssignmentStatus.CONFIRMED for a in live):
            continue
        for assignment in live:
            _assignment_transition(actor, assignment, AssignmentAction.START)
        demand_services.transition(actor=actor, request=request, action=RequestAction.START, checked=True)
        started += 1
    return started


@transaction.atomic
def complete_request(*, actor: Any, request: CapacityRequest) -> CapacityRequest:
    locked = CapacityRequest.objects.select_for_update().get(pk=request.pk)
    if not coordinates_pool(actor, locked.pool_id):
        raise NotAllowed(_("Alleen de coördinator van de pool kan een vraag afronden."))
    for assignment in locked.assignments.filter(status=AssignmentStatus.RUNNING).select_related(
        "request__municipality"
    ):
        _assignment_transition(actor, assignment, AssignmentAction.COMPLETE)
    return demand_services.transition(
        actor=actor, request=locked, action=RequestAction.COMPLETE, checked=True
    )


# Longer work ----------------------------------------------------------------------------------------

EXTENDABLE = (AssignmentStatus.CONFIRMED, AssignmentStatus.RUNNING)


def _extension_overbooking(
    assignment: Assignment, member: PoolMember, end: date, hours: Decimal
) -> list[str]:
    """Weeks in which the extended assignment would put the member over capacity.

    With the same hours only the new weeks are checked; with other hours every week from today (or the
    start) to the new end, since the new hours apply to the rest of the assignment.
    """
    if hours == assignment.hours_per_week:
        first = assignment.end + timedelta(days=1)
    else:
        first = max(assignment.start, timezone.localdate())
    if first > end:
        return []
    weeks = overbooked_weeks(member, hours, first, end, exclude_assignment_ids=[assignment.pk])
    return [_overbooking_message(member, weeks)] if weeks else []


@transaction.atomic
def request_extension(
    *, actor: Any, assignment: Assignment, end: date, hours_per_week: Decimal | None = None, reason: str = ""
) -> Extension:
    """The coordinator proposes longer work for the same member; every paying municipality decides."""
    locked = (
        Assignment.objects.select_for_update(of=("self",))
        .select_related("request__municipality", "member")
        .get(pk=assignment.pk)
    )
    request = locked.request
    if not coordinates_pool(actor, request.pool_id):
        raise NotAllowed(_("Alleen de coördinator van de pool kan een verlenging voorstellen."))
    if locked.status not in EXTENDABLE:
        raise field_error("status", _("Alleen een bevestigde of lopende inzet kan verlengd worden."))
    if locked.extensions.filter(status=ExtensionStatus.WAITING).exists():
        raise field_error("end", _("Voor deze inzet ligt al een verlenging bij de gemeenten."))
    hours = locked.hours_per_week if hours_per_week is None else hours_per_week
    if end < locked.end:
        raise field_error(
            "end", _("De nieuwe einddatum ligt na de huidige (%(end)s).") % {"end": _day(locked.end)}
        )
    if end == locked.end and hours == locked.hours_per_week:
        raise field_error("end", _("Kies een latere einddatum of andere uren per week."))
    if hours > locked.member.contract_hours:
        raise field_error(
            "hours_per_week",
            _("%(name)s heeft een contract van %(contract)s uur per week.")
            % {"name": locked.member.name, "contract": locked.member.contract_hours},
        )
    errors = _extension_overbooking(locked, locked.member, end, hours)
    if errors:
        raise ValidationError({"end": errors})
    extension = Extension.objects.create(
        assignment=locked,
        old_end=locked.end,
        old_hours_per_week=locked.hours_per_week,
        end=end,
        hours_per_week=hours,
        reason=reason.strip(),
        requested_by=actor,
    )
    shares = {s.municipality_id: s.percentage for s in request.shares.all()}
    ExtensionConsent.objects.bulk_create(
        ExtensionConsent(extension=extension, municipality_id=m, percentage=shares.get(m, Decimal(100)))
        for m in request.party_ids()
    )
    audit.record(
        actor=actor,
        action="inzet.verlenging_voorgesteld",
        obj=locked,
        changes={
            "end": [locked.end, end],
            "hours_per_week": [locked.hours_per_week, hours],
            "reason": extension.reason,
        },
        municipality_code=request.municipality.code,
    )
    events.extension_proposed(actor=actor, extension=extension)
    return extension


def _day(day: date) -> str:
    return date_format(day, "j F Y")


def _locked_extension(extension: Extension) -> Extension:
    return (
        Extension.objects.select_for_update(of=("self",))
        .select_related("assignment__request__municipality", "assignment__member")
        .get(pk=extension.pk)
    )


def _deciding_consent(actor: Any, extension: Extension, refusal: str) -> ExtensionConsent:
    consents = list(extension.consents.select_for_update(of=("self",)).select_related("municipality"))
    consent = next((c for c in consents if can_act_for_municipality(actor, c.municipality_id)), None)
    if consent is None:
        raise NotAllowed(refusal)
    if extension.status != ExtensionStatus.WAITING:
        raise field_error("status", _("Over deze verlenging is al besloten."))
    if consent.decided_at is not None:
        raise field_error(
            "status", _("%(name)s heeft hierover al besloten.") % {"name": consent.municipality.name}
        )
    return consent


@transaction.atomic
def accept_extension(*, actor: Any, extension: Extension) -> Extension:
    """A paying municipality agrees. When every one has, the assignment and the request are extended,
    after checking the member's capacity again with the member's row locked."""
    locked = _locked_extension(extension)
    consent = _deciding_consent(
        actor, locked, _("Alleen een gemeente die meebetaalt aan deze inzet kan met de verlenging instemmen.")
    )
    now = timezone.now()
    consent.decision, consent.decided_by, consent.decided_at = ExtensionConsent.Decision.ACCEPTED, actor, now
    consent.save(update_fields=["decision", "decided_by", "decided_at"])
    assignment = locked.assignment
    waiting = [
        c.municipality.name
        for c in locked.consents.select_related("municipality").order_by("municipality__name")
        if c.decided_at is None
    ]
    audit.record(
        actor=actor,
        action="inzet.verlenging_akkoord_gemeente",
        obj=assignment,
        changes={"gemeente": consent.municipality.name, "aandeel": consent.percentage, "wacht_op": waiting},
        municipality_code=consent.municipality.code,
    )
    if waiting:
        return locked
    member = PoolMember.objects.select_for_update().get(pk=assignment.member_id)
    errors = _extension_overbooking(assignment, member, locked.end, locked.hours_per_week)
    if errors:
        raise ValidationError({"end": errors})
    old = (assignment.end, assignment.hours_per_week)
    assignment.end, assignment.hours_per_week = locked.end, locked.hours_per_week
    assignment.save(update_fields=["end", "hours_per_week"])
    request = assignment.request
    live = request.assignments.exclude(status__in=[AssignmentStatus.DECLINED, AssignmentStatus.CANCELLED])
    demand_services.extend_period(
        actor=actor,
        request=request,
        end=locked.end,
        hours_per_week=locked.hours_per_week if live.count() == 1 else None,
    )
    locked.status, locked.decided_at = ExtensionStatus.AGREED, now
    locked.save(update_fields=["status", "decided_at"])
    audit.record(
        actor=actor,
        action="inzet.verlengd",
        obj=assignment,
        changes={"end": [old[0], locked.end], "hours_per_week": [old[1], locked.hours_per_week]},
        municipality_code=request.municipality.code,
    )
    events.extension_agreed(actor=actor, extension=locked)
    return locked


@transaction.atomic
def decline_extension(*, actor: Any, extension: Extension, reason: str) -> Extension:
    """One paying municipality saying no ends the extension; the assignment stays as it was."""
    locked = _locked_extension(extension)
    consent = _deciding_consent(
        actor, locked, _("Alleen een gemeente die meebetaalt aan deze inzet kan de verlenging afwijzen.")
    )
    if not reason.strip():
        raise field_error("reason", _("Geef een reden, zodat de coördinator weet waarom."))
    now = timezone.now()
    consent.decision, consent.decided_by, consent.decided_at = ExtensionConsent.Decision.DECLINED, actor, now
    consent.reason = reason.strip()
    consent.save(update_fields=["decision", "decided_by", "decided_at", "reason"])
    locked.status, locked.decided_at = ExtensionStatus.DECLINED, now
    locked.save(update_fields=["status", "decided_at"])
    audit.record(
        actor=actor,
        action="inzet.verlenging_afgewezen",
        obj=locked.assignment,
        changes={"gemeente": consent.municipality.name, "reason": consent.reason},
        municipality_code=consent.municipality.code,
    )
    events.extension_declined(actor=actor, extension=locked)
    return locked
