"""`{% request_extensions req %}`: on a request's page, its extensions and the button to propose one."""

from __future__ import annotations

from django import template

from flexpool.accounts.permissions import coordinates_pool
from flexpool.matching import selectors
from flexpool.matching.services import EXTENDABLE

register = template.Library()


@register.inclusion_tag("extensions/_request_extensions.html", takes_context=True)
def request_extensions(context, capacity_request) -> dict:
    user = context.get("user") or getattr(context.get("request"), "user", None)
    rows = list(selectors.extensions_for(user).filter(assignment__request=capacity_request))
    extendable = []
    if coordinates_pool(user, capacity_request.pool_id):
        extendable = [a for a in capacity_request.assignments.all() if a.status in EXTENDABLE]
    return {"rows": rows, "extendable": extendable}
