"""`{% request_reuses req %}`: on a capacity request's page, the existing work it reuses."""

from __future__ import annotations

from django import template

from flexpool.knowledge.models import ReuseRecord
from flexpool.knowledge.visibility import viewer_for, visible_items

register = template.Library()


@register.inclusion_tag("knowledge/_request_reuses.html", takes_context=True)
def request_reuses(context, capacity_request) -> dict:
    records = list(
        ReuseRecord.objects.filter(request=capacity_request)
        .select_related("item", "source_request__municipality")
        .order_by("recorded_at", "pk")
    )
    user = context.get("user") or getattr(context.get("request"), "user", None)
    item_ids = [r.item_id for r in records if r.item_id]
    visible = set(visible_items(viewer_for(user)).filter(pk__in=item_ids).values_list("pk", flat=True))
    return {"records": records, "visible": visible}
