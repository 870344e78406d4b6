"""`{% request_menu_item req %}`: on a capacity request's page, the menu item it started from."""

from __future__ import annotations

from django import template

from flexpool.catalogue.models import MenuRequest

register = template.Library()


@register.inclusion_tag("catalogue/_request_menu_item.html")
def request_menu_item(capacity_request) -> dict:
    link = MenuRequest.objects.select_related("item").filter(request=capacity_request).first()
    return {"link": link}
