"""Pages for setting up a pool (settings, municipalities, members who also work in other pools) and
for the pool's memberships: join, change tier, announce leaving, and the history."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from flexpool.accounts.permissions import has_permission
from flexpool.core.forms import add_service_errors
from flexpool.pool import selectors, services
from flexpool.pool.forms import EngagementForm, JoinForm, JoinManyForm, LeaveForm, PoolSetupForm, TierForm
from flexpool.pool.models import Membership, Pool, PoolEngagement
from flexpool.regions.models import Municipality


def _page(request, pools, pool: Pool, join_form: JoinForm, errors: dict | None = None):
    rows = selectors.memberships_with_history([pool.pk])
    today = timezone.localdate()
    return render(
        request,
        "pool/memberships.html",
        {
            "pools": pools,
            "pool": pool,
            "rows": rows,
            "today": today,
            "join_form": join_form,
            "earliest_leave": services.earliest_leave(pool, today),
            "errors": errors or {},
        },
    )


def _may_manage_memberships(request):
    """None when the user may manage memberships (a coordinator, or the administrator), else the answer."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not (request.user.is_superuser or has_permission(request.user, "membership.manage")):
        raise PermissionDenied
    return None


def _to_page(pool_id: int):
    return redirect(f"{reverse('memberships')}?pool={pool_id}")


def memberships(request):
    """The memberships of one pool: the coordinator's pools (choose with `?pool=`, the first by
    name by default); the administrator may open any pool."""
    if (answer := _may_manage_memberships(request)) is not None:
        return answer
    pools = list(selectors.pools_with_memberships_to_manage(request.user))
    chosen = request.GET.get("pool") or request.POST.get("pool") or ""
    pool = next((p for p in pools if str(p.pk) == chosen), None) if chosen else next(iter(pools), None)
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
            return _to_page(pool.pk)
    return _page(request, pools, pool, form)


def _membership(request, pk: int) -> Membership:
    return get_object_or_404(
        Membership.objects.select_related("pool", "municipality").filter(
            pool__in=selectors.pools_with_memberships_to_manage(request.user)
        ),
        pk=pk,
    )


def _handle(request, pk: int, form_class, action) -> object:
    if (answer := _may_manage_memberships(request)) is not None:
        return answer
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
    return _to_page(membership.pool_id)


@require_POST
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
def membership_leave(request, pk: int):
    return _handle(
        request,
        pk,
        LeaveForm,
        lambda m, data: services.announce_leave(actor=request.user, membership=m, left_on=data["left_on"]),
    )


# ---- setting up a pool ------------------------------------------------------------------------


def _setup_access(request, pool: Pool | None = None):
    """None when the user may set up (this) pool, else the answer to give."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not services.may_set_up(request.user, pool):
        raise PermissionDenied
    return None


def _setup_from(form: PoolSetupForm) -> services.PoolSetup:
    data = form.cleaned_data
    return services.PoolSetup(
        name=data["name"],
        domains=list(data["domains"]),
        region=data["region"],
        coordinators=list(data["coordinators"]),
        local_ties_required=data["local_ties_required"],
        notice_months=data["notice_months"],
        partners_approve_hours=data["partners_approve_hours"],
    )


def _new_members(form: JoinManyForm) -> services.NewMembers:
    data = form.cleaned_data
    return services.NewMembers(
        municipalities=list(data["municipalities"]),
        tier=data["tier"],
        joined_on=data["joined_on"],
        contribution=data["yearly_contribution_eur"],
    )


def pool_setup_list(request):
    """The pools the user may set up: all for the administrator, its own for a coordinator."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not (request.user.is_superuser or has_permission(request.user, "pool.setup")):
        raise PermissionDenied
    return render(
        request,
        "pool/setup_list.html",
        {"pools": selectors.pools_to_set_up(request.user), "may_create": services.may_set_up(request.user)},
    )


def pool_create(request):
    if (answer := _setup_access(request)) is not None:
        return answer
    form = PoolSetupForm(request.POST or None, prefix="pool")
    join_form = JoinManyForm(
        request.POST or None, prefix="leden", initial={"joined_on": timezone.localdate()}
    )
    if request.method == "POST" and form.is_valid() and join_form.is_valid():
        try:
            pool = services.create_pool(
                actor=request.user, setup=_setup_from(form), members=_new_members(join_form)
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("De pool %(name)s is aangemaakt.") % {"name": pool.name})
            return redirect("pool-edit", pk=pool.pk)
    return render(request, "pool/setup_form.html", {"form": form, "join_form": join_form, "pool": None})


def pool_edit(request, pk: int):
    pool = get_object_or_404(Pool.objects.select_related("region"), pk=pk)
    if (answer := _setup_access(request, pool)) is not None:
        return answer
    initial = {
        "name": pool.name,
        "domains": list(pool.domains.all()),
        "region": pool.region,
        "coordinators": list(pool.coordinators.all()),
        "local_ties_required": pool.local_ties_required,
        "notice_months": pool.notice_months,
        "partners_approve_hours": pool.partners_approve_hours,
    }
    which = request.POST.get("form") if request.method == "POST" else None
    form = PoolSetupForm(request.POST if which == "settings" else None, prefix="pool", initial=initial)
    join_form = JoinManyForm(
        request.POST if which == "join" else None, prefix="leden", initial={"joined_on": timezone.localdate()}
    )
    join_form.fields["municipalities"].queryset = Municipality.objects.exclude(
        pk__in=pool.memberships.values("municipality_id")
    ).order_by("name")
    join_form.fields["municipalities"].required = True
    engagement_form = EngagementForm(
        request.POST if which == "engagement" else None, prefix="inzet", pool=pool
    )
    target = {"settings": form, "join": join_form, "engagement": engagement_form}.get(which or "")
    if target is not None and target.is_valid():
        try:
            if which == "settings":
                services.update_pool(actor=request.user, pool=pool, setup=_setup_from(form))
                done = _("De instellingen zijn opgeslagen.")
            elif which == "join":
                joined = services.join_many(actor=request.user, pool=pool, new=_new_members(join_form))
                done = _("%(n)s gemeenten zijn lid geworden.") % {"n": len(joined)}
            else:
                data = engagement_form.cleaned_data
                services.set_engagement(
                    actor=request.user,
                    member=data["member"],
                    pool=data["pool"],
                    hours_per_week=data["hours_per_week"],
                )
                done = _("%(name)s werkt nu ook in %(pool)s.") % {
                    "name": data["member"].name,
                    "pool": data["pool"].name,
                }
        except ValidationError as error:
            add_service_errors(target, error)
        else:
            messages.success(request, done)
            return redirect("pool-edit", pk=pool.pk)
    return render(
        request,
        "pool/setup_form.html",
        {
            "pool": pool,
            "form": form,
            "join_form": join_form,
            "engagement_form": engagement_form,
            "memberships": selectors.memberships_with_history([pool.pk]),
            "lent": selectors.engagements_of_pool_members(pool),
            "borrowed": selectors.engagements_into_pool(pool),
            "today": timezone.localdate(),
        },
    )


@require_POST
def engagement_end(request, pk: int, engagement_pk: int):
    pool = get_object_or_404(Pool, pk=pk)
    if (answer := _setup_access(request, pool)) is not None:
        return answer
    engagement = get_object_or_404(
        PoolEngagement.objects.select_related("member__pool", "pool"), pk=engagement_pk, member__pool=pool
    )
    services.end_engagement(actor=request.user, engagement=engagement)
    messages.success(
        request,
        _("%(name)s werkt niet meer in %(pool)s.")
        % {"name": engagement.member.name, "pool": engagement.pool.name},
    )
    return redirect("pool-edit", pk=pool.pk)
