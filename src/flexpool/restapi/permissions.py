"""The API's permission class: it asks the same permission service as the pages."""

from __future__ import annotations

from rest_framework.permissions import BasePermission

from flexpool.accounts.permissions import has_permission


class RolePermission(BasePermission):
    """Views declare `permission_map = {action: permission name}`; `public_actions` need no login.

    Objects outside the user's scope are filtered out by the view's queryset, so they answer 404.
    """

    def has_permission(self, request, view) -> bool:
        action = getattr(view, "action", None) or request.method.lower()
        if action in getattr(view, "public_actions", ()):
            return True
        if not request.user or not request.user.is_authenticated:
            return False
        permission_map = getattr(view, "permission_map", None)
        if permission_map is None:
            return False
        name = permission_map.get(action)
        return name is not None and has_permission(request.user, name)
