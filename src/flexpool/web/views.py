"""The dashboard: what each role needs first, composed from the domain apps' selectors."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from flexpool.accounts.permissions import (
    contact_municipality_id,
    coordinated_pool_ids,
    member_id,
    roles_of,
    scope_audit,
)
from flexpool.accounts.roles import Role
from flexpool.core.models import AuditRecord
from flexpool.demand import selectors as demand_selectors
from flexpool.demand.lifecycle import RequestStatus
from flexpool.matching import selectors as matching_selectors
from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.regions.models import Municipality
from flexpool.reports.selectors import municipality_summary


@login_required
def dashboard(request):
    user = request.user
    roles = roles_of(user)
    context: dict = {"roles": roles, "Role": Role}
    today = timezone.localdate()
    if Role.COORDINATOR in roles:
        pools = coordinated_pool_ids(user)
        visible = demand_selectors.requests_for(user)
        context["coordinator"] = {
            "counts": demand_selectors.status_counts(visible),
            "queue": demand_selectors.intake_queue(user)[:8],
            "recent": scope_audit(user, AuditRecord.objects.select_related("actor"))[:8],
            "pools": pools,
        }
    if Role.CONTACT in roles:
        own = demand_selectors.requests_for(user).filter(municipality_id=contact_municipality_id(user))
        context["contact"] = {
            "municipality": Municipality.objects.get(pk=contact_municipality_id(user)),
            "to_decide": own.filter(status=RequestStatus.PROPOSED),
            "counts": demand_selectors.status_counts(own),
            "recent": own[:8],
        }
    if Role.MEMBER in roles and member_id(user):
        context["member"] = {
            "waiting": matching_selectors.waiting_for_member(user),
            "running": matching_selectors.assignments_for(user).filter(status=AssignmentStatus.RUNNING),
        }
    if Role.FINANCE in roles:
        context["finance"] = {
            "running": matching_selectors.assignments_for(user).filter(status=AssignmentStatus.RUNNING)[:50],
        }
    if roles & {Role.COUNCIL, Role.FINANCE, Role.COORDINATOR}:
        context["summary"] = municipality_summary()
    context["today"] = today
    return render(request, "web/dashboard.html", context)
