"""Dashboard, pool overview, member profile, audit log and open reference data."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from flexpool.accounts.permissions import (
    contact_municipality_id,
    coordinated_pool_ids,
    member_id,
    roles_of,
)
from flexpool.accounts.roles import Role
from flexpool.core.models import AuditRecord
from flexpool.core.weeks import monday_of
from flexpool.demand.lifecycle import RequestStatus
from flexpool.matching import services as matching_services
from flexpool.matching.capacity import weekly_loads
from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.pool.models import LeavePeriod, MemberCompetence, PoolMember
from flexpool.regions.models import Municipality, Region
from flexpool.web import selectors
from flexpool.web.access import requires
from flexpool.web.forms import ReasonForm

WEEKS_SHOWN = 12


@login_required
def dashboard(request):
    user = request.user
    roles = roles_of(user)
    context: dict = {"roles": roles, "Role": Role}
    today = timezone.localdate()
    if Role.COORDINATOR in roles:
        pools = coordinated_pool_ids(user)
        visible = selectors.requests_for(user)
        context["coordinator"] = {
            "counts": selectors.status_counts(visible),
            "queue": visible.filter(status__in=[RequestStatus.SUBMITTED, RequestStatus.IN_INTAKE]).order_by(
                "priority", "start"
            )[:8],
            "recent": AuditRecord.objects.select_related("actor")[:8],
            "pools": pools,
        }
    if Role.CONTACT in roles:
        own = selectors.requests_for(user).filter(municipality_id=contact_municipality_id(user))
        context["contact"] = {
            "municipality": Municipality.objects.get(pk=contact_municipality_id(user)),
            "to_decide": own.filter(status=RequestStatus.PROPOSED),
            "counts": selectors.status_counts(own),
            "recent": own[:8],
        }
    if Role.MEMBER in roles and member_id(user):
        context["member"] = {
            "waiting": selectors.waiting_for_member(user),
            "running": selectors.assignments_for(user).filter(status=AssignmentStatus.RUNNING),
        }
    if Role.FINANCE in roles:
        context["finance"] = {
            "running": selectors.assignments_for(user).filter(status=AssignmentStatus.RUNNING)[:50],
        }
    if roles & {Role.COUNCIL, Role.FINANCE, Role.COORDINATOR}:
        context["summary"] = selectors.municipality_summary()
    context["today"] = today
    return render(request, "core/dashboard.html", context)


@requires("pool.overview")
def pool_overview(request):
    start = monday_of(timezone.localdate())
    rows = selectors.pool_load(request.user, start, WEEKS_SHOWN)
    weeks = rows[0][1] if rows else []
    return render(request, "pool/overview.html", {"rows": rows, "weeks": weeks})


@requires("member.own_profile")
def my_profile(request):
    member = get_object_or_404(
        PoolMember.objects.select_related("home_municipality", "pool").prefetch_related("local_ties"),
        pk=member_id(request.user),
    )
    start = monday_of(timezone.localdate())
    end = start + timezone.timedelta(weeks=WEEKS_SHOWN) - timezone.timedelta(days=1)
    return render(
        request,
        "members/profile.html",
        {
            "member": member,
            "competences": MemberCompetence.objects.filter(member=member).select_related("competence"),
            "leave": LeavePeriod.objects.filter(member=member, end__gte=timezone.localdate()),
            "weeks": weekly_loads([member], start, end)[member.pk],
            "waiting": selectors.waiting_for_member(request.user),
            "assignments": selectors.assignments_for(request.user).order_by("-start"),
            "reason_form": ReasonForm(),
        },
    )


@require_POST
@requires("assignment.confirm")
def assignment_action(request, pk: int, action: str):
    assignment = get_object_or_404(selectors.assignments_for(request.user), pk=pk)
    try:
        if action == "bevestigen":
            matching_services.confirm_assignment(actor=request.user, assignment=assignment)
            messages.success(request, _("U hebt de inzet bevestigd."))
        elif action == "afwijzen":
            matching_services.decline_assignment(
                actor=request.user, assignment=assignment, reason=request.POST.get("reason", "")
            )
            messages.success(request, _("U hebt de inzet afgewezen; de coördinator zoekt verder."))
        else:
            return render(request, "404.html", status=404)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("my-profile")


@requires("audit.view")
def audit_log(request):
    records = AuditRecord.objects.select_related("actor")
    if Role.COORDINATOR not in roles_of(request.user):
        municipality = Municipality.objects.get(pk=contact_municipality_id(request.user))
        records = records.filter(municipality_code=municipality.code)
    action = request.GET.get("actie", "").strip()
    if action:
        records = records.filter(action__icontains=action)
    page = Paginator(records, 50).get_page(request.GET.get("pagina"))
    return render(request, "core/audit.html", {"page": page, "action": action})


def municipalities(request):
    """Open data: readable without login."""
    region_code = request.GET.get("regio", "")
    rows = Municipality.objects.select_related("region", "province")
    if region_code:
        rows = rows.filter(region__code=region_code)
    return render(
        request,
        "core/municipalities.html",
        {"rows": rows, "regions": Region.objects.all(), "region_code": region_code},
    )


def set_language_page(request):
    return redirect(request.GET.get("next", "/"))
