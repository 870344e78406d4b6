"""Reads of the menukaart, scoped through `accounts.permissions.scope_menu_items`."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Prefetch, QuerySet

from flexpool.accounts.permissions import scope_menu_items
from flexpool.catalogue.models import MenuItem, MenuItemCompetence
from flexpool.knowledge.visibility import viewer_for, visible_items


def menu_for(user: Any) -> QuerySet[MenuItem]:
    """The menu items this user may see, with what a list or detail shows, in a fixed number of queries."""
    return (
        scope_menu_items(user, MenuItem.objects.all())
        .select_related("pool")
        .prefetch_related(
            Prefetch("competences", queryset=MenuItemCompetence.objects.select_related("competence")),
            Prefetch("knowledge_items", queryset=visible_items(viewer_for(user)).order_by("title")),
        )
        .annotate(request_count=Count("request_links", distinct=True))
        .order_by("pool__name", "-active", "title", "id")
    )


def menu_item(user: Any, pk: int) -> MenuItem | None:
    return menu_for(user).filter(pk=pk).first()


def linkable_knowledge(user: Any) -> QuerySet:
    """Knowledge items the coordinator may link: those it can read."""
    return visible_items(viewer_for(user)).order_by("title")
