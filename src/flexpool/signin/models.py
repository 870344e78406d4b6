"""Single sign-on: claim mappings (who gets which role) and the link to the provider's account."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from flexpool.accounts.roles import ROLE_LABELS, Role


class ClaimMapping(models.Model):
    """When the single sign-on provider sends `claim` with `value`, the user gets `role`.

    A coordinator or a pool member also needs the pool; a municipality contact the municipality.
    """

    claim = models.CharField(
        _("claim"),
        max_length=100,
        help_text=_("Naam van het gegeven van de inlogdienst, bijvoorbeeld groups."),
    )
    value = models.CharField(
        _("waarde"),
        max_length=200,
        help_text=_("Waarde die het gegeven moet hebben, bijvoorbeeld flexpool-coordinator."),
    )
    role = models.CharField(_("rol"), max_length=20, choices=[(r.value, ROLE_LABELS[r]) for r in Role])
    pool = models.ForeignKey(
        "pool.Pool", verbose_name=_("pool"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    municipality = models.ForeignKey(
        "regions.Municipality",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("koppeling van inloggegevens")
        verbose_name_plural = _("koppelingen van inloggegevens")
        ordering = ["claim", "value", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "value", "role", "pool", "municipality"], name="claim_mapping_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.claim}={self.value} → {self.role}"


class SsoIdentity(models.Model):
    """The account at the single sign-on provider (issuer + subject) that belongs to a Flexpool user."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sso_identity"
    )
    subject = models.CharField(_("kenmerk bij de inlogdienst"), max_length=255, unique=True)
    last_claims = models.JSONField(_("laatste gegevens"), default=dict, blank=True)
    last_login_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("account bij de inlogdienst")
        verbose_name_plural = _("accounts bij de inlogdienst")

    def __str__(self) -> str:
        return f"{self.user} ({self.subject})"
