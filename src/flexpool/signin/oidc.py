"""Single sign-on through OpenID Connect (mozilla-django-oidc).

Who may log in, and with which role, is decided by the claim mappings that a coordinator or an
administrator keeps in Flexpool (`ClaimMapping`, page "Inloggen via de organisatie"). A user whose
claims match no mapping is refused. A Flexpool user is found by the provider's subject (`sub`),
never by e-mail address, so an address at the provider cannot take over a local account.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import Http404
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.views import OIDCAuthenticationRequestView

from flexpool.signin import sso


def enabled() -> bool:
    return bool(settings.OIDC_RP_CLIENT_ID and settings.OIDC_OP_AUTHORIZATION_ENDPOINT)


class FlexpoolOIDCBackend(OIDCAuthenticationBackend):
    def authenticate(self, request, **kwargs):
        if not enabled():
            return None
        return super().authenticate(request, **kwargs)

    def filter_users_by_claims(self, claims):
        subject = claims.get("sub")
        if not subject:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(sso_identity__subject=subject, is_active=True)

    def verify_claims(self, claims):
        return bool(claims.get("sub")) and bool(sso.matching_mappings(claims))

    def create_user(self, claims):
        return sso.create_user_from_claims(claims)

    def update_user(self, user, claims):
        return sso.update_user_from_claims(user, claims)


class AuthenticateView(OIDCAuthenticationRequestView):
    """Start of the single sign-on; 404 when no provider is configured."""

    def __init__(self, *args, **kwargs):
        if not enabled():
            raise Http404
        super().__init__(*args, **kwargs)
