"""API access: every view names the permission it needs; the permission service decides.

A view declares one of:

- ``public = True``: open reference data, readable (GET/HEAD/OPTIONS) without logging in;
- ``permission_map = {"list": "request.list", "accept": "proposal.respond", ...}``: per DRF action
  (viewsets) or per lower-case HTTP method (plain APIViews); a value may be a tuple, meaning any one
  of those permissions will do;
- ``required_permission = "task.view"``: one permission for the whole view.

A view or action that names no permission is refused (fail closed). The named permissions are those
of ``flexpool.accounts.roles.PERMISSIONS``, checked through ``flexpool.accounts.permissions.has_permission``,
the same service that guards the pages. Row-level scope is not decided here: views build their
querysets with the ``scope_*`` functions, so an object outside the user's scope is a 404.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import authenticate
from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions
from rest_framework.permissions import SAFE_METHODS, BasePermission

from flexpool.accounts.permissions import has_permission

# Every role holds this permission; used for data that any logged-in user with a role may read.
ANY_ROLE = "dashboard.view"


def required_permissions(request: Any, view: Any) -> tuple[str, ...] | None:
    """The permissions of which the user needs at least one, or None when the view names none."""
    permission_map = getattr(view, "permission_map", None)
    if permission_map is not None:
        key = getattr(view, "action", None)
        if key == "metadata" or key is None:
            # OPTIONS on a viewset, or a plain APIView: look up by HTTP method; OPTIONS describes
            # the endpoint, so it needs what reading it needs.
            method = request.method.lower()
            key = "get" if method == "options" else method
            if key == "get" and key not in permission_map:
                key = next((k for k in ("list", "retrieve") if k in permission_map), key)
        permission = permission_map.get(key)
    else:
        permission = getattr(view, "required_permission", None)
    if permission is None:
        return None
    return (permission,) if isinstance(permission, str) else tuple(permission)


class RolePermission(BasePermission):
    """Role check for the API; unauthenticated users get 401 (or 403), other roles 403."""

    message = "U heeft geen toegang tot deze functie."

    def has_permission(self, request: Any, view: Any) -> bool:
        if getattr(view, "public", False) and request.method in SAFE_METHODS:
            return True
        if not hasattr(view, request.method.lower()):
            return True  # no handler: let the view answer 405 Method Not Allowed
        permissions = required_permissions(request, view)
        if not permissions:
            return False
        if not (request.user and request.user.is_authenticated):
            return False
        return any(has_permission(request.user, permission) for permission in permissions)


class RoleOrAdministrator(RolePermission):
    """As RolePermission, and the administrator (a superuser, outside the five roles) may too; the
    service decides on the row (for example `pool.services.may_set_up`)."""

    def has_permission(self, request: Any, view: Any) -> bool:
        user = request.user
        if user and user.is_authenticated and user.is_superuser and hasattr(view, request.method.lower()):
            return True
        return super().has_permission(request, view)


class BasicAuthentication(authentication.BasicAuthentication):
    """HTTP Basic for API clients, counted by django-axes like every other login.

    django-axes keeps its lock-out flag on Django's own request, so that is the request passed to
    `authenticate`; the lock-out answer (429 with Retry-After) then comes from its middleware. Missing
    or wrong credentials answer 401 with `WWW-Authenticate: Basic realm="api"`.
    """

    www_authenticate_realm = "api"

    def authenticate_credentials(self, userid, password, request=None):
        django_request = getattr(request, "_request", request)
        user = authenticate(request=django_request, username=userid, password=password)
        if user is None:
            raise exceptions.AuthenticationFailed(_("Gebruikersnaam of wachtwoord klopt niet."))
        if not user.is_active:
            raise exceptions.AuthenticationFailed(_("Dit account is uitgeschakeld."))
        return (user, None)
