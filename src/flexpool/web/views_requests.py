"""Pages for filing, following and deciding on capacity requests."""

from __future__ import annotations

from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from flexpool.accounts.permissions import (
    can_act_for_municipality,
    contact_municipality_id,
    coordinated_pool_ids,
    coordinates_pool,
    has_permission,
)
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import REQUEST_LIFECYCLE, RequestAction, RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.knowledge import services as knowledge_services
from flexpool.matching import services as matching_services
from flexpool.matching.engine import explanation_json, explanation_text, suggestions_for
from flexpool.pool.models import Membership, Pool
from flexpool.regions.models import Municipality
from flexpool.web import selectors
from flexpool.web.access import requires
from flexpool.web.forms import ProposalForm, ReasonForm, RequestForm, add_service_errors


@requires("request.list")
def request_list(request):
    status = request.GET.get("status") or None
    if status not in RequestStatus.values:
        status = None
    rows = selectors.requests_for(request.user, status=status)
    return render(
        request,
        "requests/list.html",
        {"rows": rows, "status": status, "statuses": RequestStatus.choices},
    )


def _pool_of_contact(user) -> tuple[Pool, Municipality]:
    municipality = Municipality.objects.get(pk=contact_municipality_id(user))
    membership = (
        Membership.objects.select_related("pool")
        .filter(municipality=municipality, left_on__isnull=True)
        .first()
    )
    if membership is None:
        raise ValidationError(_("Uw gemeente is geen lid van een pool."))
    return membership.pool, municipality


def _details(form: RequestForm) -> demand_services.RequestDetails:
    data = form.cleaned_data
    return demand_services.RequestDetails(
        title=data["title"],
        description=data["description"],
        hours_per_week=data["hours_per_week"],
        start=data["start"],
        end=data["end"],
        resident_facing=data["resident_facing"],
        priority=data["priority"],
        splittable=data["splittable"],
        required=form.required_competences(),
    )


@requires("request.create")
def request_create(request):
    pool, municipality = _pool_of_contact(request.user)
    form = RequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            created = demand_services.create_request(
                actor=request.user,
                pool=pool,
                municipality=municipality,
                details=_details(form),
                submit="submit" in request.POST,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            knowledge_services.link_reuses(
                actor=request.user, request=created, record_ids=request.POST.getlist("hergebruik")
            )
            messages.success(request, _("Uw vraag is opgeslagen."))
            return redirect("request-detail", pk=created.pk)
    return render(
        request,
        "requests/form.html",
        {"form": form, "pool": pool, "municipality": municipality, "editing": None},
    )


@requires("request.edit")
def request_edit(request, pk: int):
    existing = selectors.request_detail(request.user, pk) if _visible(request.user, pk) else None
    if existing is None:
        return render(request, "404.html", status=404)
    first, *rest = [*existing.required_competences.all(), None]
    initial = {
        "title": existing.title,
        "description": existing.description,
        "hours_per_week": existing.hours_per_week,
        "start": existing.start,
        "end": existing.end,
        "priority": existing.priority,
        "resident_facing": existing.resident_facing,
        "splittable": existing.splittable,
        "competence_1": first.competence.code if first else None,
        "level_1": first.min_level if first else 2,
        "competence_2": rest[0].competence.code if rest and rest[0] else None,
        "level_2": rest[0].min_level if rest and rest[0] else 2,
        "version": existing.version,
    }
    form = RequestForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            demand_services.update_request(
                actor=request.user,
                request=existing,
                details=_details(form),
                expected_version=form.cleaned_data["version"] or 0,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            knowledge_services.link_reuses(
                actor=request.user, request=existing, record_ids=request.POST.getlist("hergebruik")
            )
            messages.success(request, _("De wijzigingen zijn opgeslagen."))
            return redirect("request-detail", pk=pk)
    return render(
        request,
        "requests/form.html",
        {
            "form": form,
            "pool": existing.pool,
            "municipality": existing.municipality,
            "editing": existing,
        },
    )


def _visible(user, pk: int) -> bool:
    return selectors.requests_for(user).filter(pk=pk).exists()


def allowed_actions(user, capacity_request: CapacityRequest) -> list[tuple[str, str]]:
    """The lifecycle actions this user may take now, as (action, label)."""
    labels = dict(RequestAction.choices)
    possible = REQUEST_LIFECYCLE.actions_from(capacity_request.status)
    own = can_act_for_municipality(user, capacity_request.municipality_id)
    coordinator = coordinates_pool(user, capacity_request.pool_id)
    by_role = {
        RequestAction.SUBMIT: own,
        RequestAction.WITHDRAW: own,
        RequestAction.ACCEPT: own,
        RequestAction.DECLINE: own,
        RequestAction.TAKE_INTO_INTAKE: coordinator,
        RequestAction.REJECT: coordinator,
        RequestAction.PROPOSE: coordinator,
        RequestAction.COMPLETE: coordinator,
    }
    return [(a, labels[a]) for a in possible if by_role.get(a, False)]


@requires("request.view")
def request_detail(request, pk: int):
    if not _visible(request.user, pk):
        return render(request, "404.html", status=404)
    capacity_request = selectors.request_detail(request.user, pk)
    return render(
        request,
        "requests/detail.html",
        {
            "req": capacity_request,
            "actions": allowed_actions(request.user, capacity_request),
            "audit": selectors.request_audit(capacity_request),
            "reason_form": ReasonForm(),
            "can_edit": can_act_for_municipality(request.user, capacity_request.municipality_id)
            and capacity_request.status in demand_services.EDITABLE_STATUSES,
            "show_people": has_permission(request.user, "request.view"),
        },
    )


@require_POST
@requires("request.view")
def request_action(request, pk: int, action: str):
    capacity_request = get_object_or_404(selectors.requests_for(request.user), pk=pk)
    if action not in dict(allowed_actions(request.user, capacity_request)):
        return render(request, "403.html", status=403)
    reason = request.POST.get("reason", "")
    try:
        if action == RequestAction.PROPOSE:
            return redirect("request-propose", pk=pk)
        if action == RequestAction.ACCEPT:
            matching_services.accept_proposal(actor=request.user, request=capacity_request)
        elif action == RequestAction.DECLINE:
            matching_services.decline_proposal(actor=request.user, request=capacity_request, reason=reason)
        elif action == RequestAction.COMPLETE:
            matching_services.complete_request(actor=request.user, request=capacity_request)
        else:
            demand_services.transition(
                actor=request.user, request=capacity_request, action=action, reason=reason
            )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Gelukt: %(action)s.") % {"action": dict(RequestAction.choices)[action]})
    return redirect("request-detail", pk=pk)


@requires("request.intake")
def intake_queue(request):
    rows = (
        selectors.requests_for(request.user)
        .filter(status__in=[RequestStatus.SUBMITTED, RequestStatus.IN_INTAKE])
        .order_by("priority", "start")
    )
    return render(request, "requests/intake.html", {"rows": rows})


@requires("proposal.create")
def request_propose(request, pk: int):
    capacity_request = get_object_or_404(
        selectors.requests_for(request.user).filter(pool_id__in=coordinated_pool_ids(request.user)),
        pk=pk,
    )
    members = selectors.members_with_competences(request.user, [capacity_request.pool_id])
    suggestions, pair = suggestions_for(capacity_request)
    explained = {s.member.pk: s.criteria for s in [*suggestions, *pair]}
    form = ProposalForm(request.POST or None, members=members, splittable=capacity_request.splittable)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        chosen = [(data["member"], data["hours_per_week"])]
        if data.get("second_member"):
            chosen.append((data["second_member"], data.get("second_hours_per_week") or Decimal(0)))
        candidates = [
            matching_services.Candidate(
                member,
                hours,
                data["motivation"] or explanation_text(explained.get(member.pk, ())),
                tuple(explanation_json(explained.get(member.pk, ()))),
            )
            for member, hours in chosen
        ]
        try:
            matching_services.propose(actor=request.user, request=capacity_request, candidates=candidates)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Het voorstel is naar de gemeente gestuurd."))
            return redirect("request-detail", pk=pk)
    elif request.method != "POST":
        form.initial["hours_per_week"] = capacity_request.hours_per_week
        form.initial["member"] = request.GET.get("member") or (
            suggestions[0].member.pk if suggestions else None
        )
        if pair:
            form.initial.update(
                member=pair[0].member.pk,
                hours_per_week=pair[0].hours_per_week,
                second_member=pair[1].member.pk,
                second_hours_per_week=pair[1].hours_per_week,
            )
    start = capacity_request.start
    loads = dict(selectors.weekly_loads(list(members), start, capacity_request.end))
    required = {rc.competence_id: rc.min_level for rc in capacity_request.required_competences.all()}
    candidates = []
    for member in members:
        weeks = loads[member.pk]
        free = min((w.free for w in weeks), default=member.contract_hours)
        levels = {mc.competence_id: mc.level for mc in member.competences.all()}
        candidates.append(
            {
                "member": member,
                "free": free,
                "fits": free >= capacity_request.hours_per_week,
                "competences_met": all(levels.get(c, 0) >= lvl for c, lvl in required.items()),
                "local": any(t.pk == capacity_request.municipality_id for t in member.local_ties.all()),
            }
        )
    candidates.sort(key=lambda c: (not c["competences_met"], not c["local"], not c["fits"], -c["free"]))
    return render(
        request,
        "requests/propose.html",
        {
            "req": capacity_request,
            "form": form,
            "candidates": candidates,
            "suggestions": suggestions,
            "pair": pair,
        },
    )
