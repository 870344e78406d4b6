"""Pages for the pool's memberships: join, change tier, announce leaving, and the history."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import coordinated_pool_ids
from flexpool.core.forms import add_service_errors
from flexpool.pool import selectors, services
from flexpool.pool.forms import JoinForm, LeaveForm, TierForm
from flexpool.pool.models import Membership, Pool


def _page(request, pool: Pool, join_form: JoinForm, errors: dict | None = None):
    rows = selectors.memberships_with_history([pool.pk])
    today = timezone.localdate()
    return render(
        request,
        "pool/memberships.html",
        {
            "pool": pool,
            "rows": rows,
            "today": today,
            "join_form": join_form,
            "earliest_leave": services.earliest_leave(pool, today),
            "errors": errors or {},
        },
    )


@requires("membership.manage")
def memberships(request):
    pool = Pool.objects.filter(pk__in=coordinated_pool_ids(request.user)).order_by("name").first()
    if pool is None:
        return render(request, "404.html", status=404)
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.join(
                actor=request.user,
                pool=pool,
                municipality=data["municipality"],
                tier=data["tier"],
                joined_on=data["joined_on"],
                contribution=data["yearly_contribution_eur"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s is lid geworden.") % {"name": data["municipality"].name})
            return redirect("memberships")
    return _page(request, pool, form)


def _membership(request, pk: int) -> Membership:
    return get_object_or_404(
        Membership.objects.select_related("pool", "municipality"),
        pk=pk,
        pool_id__in=coordinated_pool_ids(request.user),
    )


def _handle(request, pk: int, form_class, action) -> object:
    membership = _membership(request, pk)
    form = form_class(request.POST)
    if form.is_valid():
        try:
            action(membership, form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
    if form.errors:
        for problems in form.errors.values():
            for problem in problems:
                messages.error(request, f"{membership.municipality.name}: {problem}")
    else:
        messages.success(request, _("Vastgelegd voor %(name)s.") % {"name": membership.municipality.name})
    return redirect("memberships")


@require_POST
@requires("membership.manage")
def membership_tier(request, pk: int):
    return _handle(
        request,
        pk,
        TierForm,
        lambda m, data: services.change_tier(
            actor=request.user, membership=m, tier=data["tier"], contribution=data["yearly_contribution_eur"]
        ),
    )


@require_POST
@requires("membership.manage")
def membership_leave(request, pk: int):
    return _handle(
        request,
        pk,
        LeaveForm,
        lambda m, data: services.announce_leave(actor=request.user, membership=m, left_on=data["left_on"]),
    )
