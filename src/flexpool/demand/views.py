"""Pages for filing, following and deciding on capacity requests."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import can_act_for_municipality, contact_municipality_id, has_permission
from flexpool.core import lists
from flexpool.core.forms import ReasonForm, add_service_errors
from flexpool.demand import actions, selectors
from flexpool.demand import lists as demand_lists
from flexpool.demand import services as demand_services
from flexpool.demand.forms import PARTNER_ROWS, RequestForm
from flexpool.demand.lifecycle import RequestAction, RequestStatus
from flexpool.pool.models import Membership, Pool
from flexpool.regions.models import Municipality


@requires("request.list")
def request_list(request):
    result = lists.build(request, selectors.request_rows(request.user), demand_lists.REQUESTS)
    if isinstance(result, HttpResponse):
        return result
    return render(request, "requests/list.html", {"list": result})


def _pools_of_contact(user) -> tuple[list[Pool], Municipality]:
    """The pools the contact's municipality is a member of today or later, by name."""
    municipality = Municipality.objects.get(pk=contact_municipality_id(user))
    pools = list(
        Pool.objects.filter(
            pk__in=Membership.objects.filter(municipality=municipality)
            .active_on(timezone.localdate())
            .values("pool_id")
        )
        .prefetch_related("domains")
        .order_by("name")
    )
    if not pools:
        raise ValidationError(_("Uw gemeente is geen lid van een pool."))
    return pools, municipality


def _chosen_pool(request, pools: list[Pool]) -> Pool:
    """The pool picked on the form (or in the address when switching), else the first."""
    wanted = request.POST.get("pool") or request.GET.get("pool")
    return next((p for p in pools if str(p.pk) == wanted), pools[0])


def _details(form: RequestForm) -> demand_services.RequestDetails:
    return demand_services.RequestDetails.from_input(
        form.cleaned_data,
        required=form.required_competences(),
        shares=form.shares(),
        work_municipality=form.work_municipality_code(),
    )


def _form(data, pool: Pool, municipality: Municipality, initial=None, pools=None) -> RequestForm:
    # Partners of every pool on offer; the service checks they are members of the pool chosen.
    partners = selectors.partner_municipalities(pools or [pool], exclude=municipality)
    initial = {**(initial or {}), "pool": pool.pk}
    pools = pools or [pool]
    # The pool the page was opened for comes first: it is the default when none is sent.
    pools = [pool, *[p for p in pools if p.pk != pool.pk]]
    return RequestForm(data, initial=initial, municipality=municipality, partners=partners, pools=pools)


@requires("request.create")
def request_create(request):
    pools, municipality = _pools_of_contact(request.user)
    pool = _chosen_pool(request, pools)
    start = actions.prefill_for(request.user, request.GET)
    form = _form(
        request.POST or None, pool, municipality, initial=start.initial if start else None, pools=pools
    )
    if request.method == "POST" and form.is_valid():
        pool = form.cleaned_data["pool"]
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
            actions.saved(request.user, created, request.POST)
            messages.success(request, _("Uw vraag is opgeslagen."))
            return redirect("request-detail", pk=created.pk)
    return render(
        request,
        "requests/form.html",
        {
            "form": form,
            "pool": pool,
            "pools": pools,
            "municipality": municipality,
            "editing": None,
            "prefill": start,
        },
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
        "work_municipality": existing.work_municipality.code if existing.work_municipality else None,
        "domain": existing.domain.code if existing.domain else None,
    }
    partners = [s for s in existing.shares.all() if s.municipality_id != existing.municipality_id]
    for n, share in enumerate(partners[:PARTNER_ROWS], start=1):
        initial[f"partner_{n}"] = share.municipality.code
        initial[f"share_{n}"] = share.percentage
    own = next((s for s in existing.shares.all() if s.municipality_id == existing.municipality_id), None)
    initial["own_share"] = own.percentage if own and partners else None
    form = _form(request.POST or None, existing.pool, existing.municipality, initial=initial)
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
            actions.saved(request.user, existing, request.POST)
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
            "actions": actions.allowed_actions(request.user, capacity_request),
            "audit": selectors.request_audit(capacity_request),
            "reason_form": ReasonForm(),
            "can_edit": can_act_for_municipality(request.user, capacity_request.municipality_id)
            and capacity_request.status in demand_services.EDITABLE_STATUSES,
            "show_people": has_permission(request.user, "request.view"),
        },
    )


# What the person reads after an action on a request: a whole sentence about the result.
DONE_MESSAGES = {
    RequestAction.SUBMIT: gettext_lazy("De vraag is ingediend. De coördinator neemt hem in behandeling."),
    RequestAction.TAKE_INTO_INTAKE: gettext_lazy("U hebt de vraag in behandeling genomen."),
    RequestAction.ACCEPT: gettext_lazy("De vraag is geaccepteerd. De voorgestelde mensen krijgen bericht."),
    RequestAction.DECLINE: gettext_lazy("U hebt het voorstel afgewezen. De coördinator zoekt verder."),
    RequestAction.START: gettext_lazy("Het werk aan de vraag is begonnen."),
    RequestAction.COMPLETE: gettext_lazy("De vraag is afgerond."),
    RequestAction.REOPEN: gettext_lazy("De vraag is weer open."),
    RequestAction.WITHDRAW: gettext_lazy("De vraag is ingetrokken."),
    RequestAction.REJECT: gettext_lazy("De vraag is afgewezen. De gemeente krijgt bericht."),
}


@require_POST
@requires("request.view")
def request_action(request, pk: int, action: str):
    capacity_request = get_object_or_404(selectors.requests_for(request.user), pk=pk)
    if action not in dict(actions.allowed_actions(request.user, capacity_request)):
        return render(request, "403.html", status=403)
    reason = request.POST.get("reason", "")
    try:
        if action == RequestAction.PROPOSE:
            return redirect("request-propose", pk=pk)
        actions.perform(actor=request.user, request=capacity_request, action=action, reason=reason)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        capacity_request.refresh_from_db(fields=["status"])
        if action == RequestAction.ACCEPT and capacity_request.status == RequestStatus.PROPOSED:
            message = _("U hebt uw deel geaccepteerd. De vraag wacht nog op de andere gemeenten.")
        else:
            message = str(DONE_MESSAGES.get(action, _("De vraag is bijgewerkt.")))
        messages.success(request, message)
    return redirect("request-detail", pk=pk)


@requires("request.intake")
def intake_queue(request):
    queue = selectors.intake_queue(request.user).select_related("work_municipality")
    result = lists.build(request, queue, demand_lists.INTAKE)
    if isinstance(result, HttpResponse):
        return result
    return render(request, "requests/intake.html", {"list": result})
