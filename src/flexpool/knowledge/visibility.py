"""Who is looking, and which knowledge items they may see (the permission service decides the pools)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Q

from flexpool.accounts.permissions import contact_municipality_id, knowledge_pool_ids
from flexpool.knowledge.models import KnowledgeItem, Visibility


@dataclass(frozen=True)
class Viewer:
    authenticated: bool = False
    user_id: int | None = None
    pool_ids: tuple[int, ...] = ()
    municipality_id: int | None = None

    @classmethod
    def anonymous(cls) -> Viewer:
        return cls()


def viewer_for(user: Any) -> Viewer:
    """Who is looking, with the pools whose internal items the permission service lets them read."""
    if user is None or not user.is_authenticated:
        return Viewer.anonymous()
    cached = getattr(user, "_knowledge_viewer", None)
    if cached is not None:
        return cached
    viewer = Viewer(True, user.pk, tuple(knowledge_pool_ids(user)), contact_municipality_id(user))
    user._knowledge_viewer = viewer
    return viewer


def visible_q(viewer: Viewer) -> Q:
    condition = Q(visibility=Visibility.PUBLIC)
    if viewer.authenticated:
        condition |= Q(visibility=Visibility.ALL_POOLS) | Q(created_by_id=viewer.user_id)
    if viewer.pool_ids:
        condition |= Q(pool_id__in=viewer.pool_ids)
    return condition


def listed_q(viewer: Viewer) -> Q:
    """Visible and in the search lists: an item whose files are still being read (or were
    refused) has no index yet, and only the person who added it sees it there (with its label)."""
    ready = Q(search_length__gt=0)
    if viewer.authenticated:
        ready |= Q(created_by_id=viewer.user_id)
    return visible_q(viewer) & ready


def visible_items(viewer: Viewer):
    return KnowledgeItem.objects.filter(visible_q(viewer))


def visible_where(viewer: Viewer) -> tuple[str, list]:
    parts, params = ["t.visibility = %s"], [Visibility.PUBLIC.value]
    if viewer.authenticated:
        parts.append("t.visibility = %s")
        params.append(Visibility.ALL_POOLS.value)
        parts.append("t.created_by_id = %s")
        params.append(viewer.user_id)
    if viewer.pool_ids:
        parts.append("t.pool_id IN (" + ", ".join(["%s"] * len(viewer.pool_ids)) + ")")
        params.extend(viewer.pool_ids)
    # An item whose files are still being read (or were refused) has no index yet: only the person
    # who added it sees it in the list, with its label (docs/knowledge.md).
    if viewer.authenticated:
        ready, ready_params = "(t.search_length > 0 OR t.created_by_id = %s)", [viewer.user_id]
    else:
        ready, ready_params = "t.search_length > 0", []
    return "(" + " OR ".join(parts) + ") AND " + ready, params + ready_params
