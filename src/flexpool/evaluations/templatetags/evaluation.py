"""`{% request_evaluations req %}`: on a completed request's page, the evaluations the user may read
and, for a paying municipality that has not evaluated yet, the way to do it."""

from __future__ import annotations

from django import template

from flexpool.accounts.permissions import can_act_for_municipality, has_permission
from flexpool.demand.lifecycle import RequestStatus
from flexpool.evaluations import selectors

register = template.Library()


@register.inclusion_tag("evaluations/_request_evaluations.html", takes_context=True)
def request_evaluations(context, capacity_request) -> dict:
    if capacity_request.status != RequestStatus.COMPLETED:
        return {"show": False}
    user = context.get("user") or getattr(context.get("request"), "user", None)
    rows = list(selectors.evaluations_for(user).filter(request=capacity_request))
    mine = [m for m in capacity_request.party_ids() if can_act_for_municipality(user, m)]
    done = {e.municipality_id for e in rows}
    return {
        "show": True,
        "req": capacity_request,
        "rows": rows,
        "can_write": has_permission(user, "evaluation.write") and any(m not in done for m in mine),
    }
