from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from flexpool.demand.models import CapacityRequest
from flexpool.matching.lifecycle import AssignmentStatus
from flexpool.pool.models import PoolMember


class Assignment(models.Model):
    """A proposal that, once accepted and confirmed, becomes an assignment (inzet)."""

    request = models.ForeignKey(CapacityRequest, on_delete=models.PROTECT, related_name="assignments")
    member = models.ForeignKey(PoolMember, on_delete=models.PROTECT, related_name="assignments")
    hours_per_week = models.DecimalField(
        _("uren per week"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.5"))],
    )
    start = models.DateField(_("van"))
    end = models.DateField(_("tot en met"))
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=AssignmentStatus.choices,
        default=AssignmentStatus.PROPOSED,
    )
    motivation = models.TextField(
        _("motivatie"), blank=True, help_text=_("Waarom dit poollid: zichtbaar voor de gemeente.")
    )
    explanation = models.JSONField(
        _("toelichting per criterium"), default=list, blank=True, help_text=_("Van de optimaliseerder.")
    )
    accepted_at = models.DateTimeField(_("geaccepteerd door gemeente"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("bevestigd door poollid"), null=True, blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("inzet")
        verbose_name_plural = _("inzet")
        ordering = ["start", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="assignment_end_after_start")
        ]

    def __str__(self) -> str:
        return f"{self.member} → {self.request}"


class BatchPlan(models.Model):
    """A whole-pool plan from the optimiser, for the coordinator to review, edit and send."""

    pool = models.ForeignKey("pool.Pool", on_delete=models.CASCADE, related_name="batch_plans")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    progress = models.OneToOneField(
        "core.TaskProgress", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    time_limit_s = models.PositiveIntegerField(_("rekentijd (seconden)"), default=20)
    objective = models.FloatField(null=True)
    bound = models.FloatField(null=True)
    gap = models.FloatField(null=True)
    lines = models.JSONField(default=list, blank=True)
    unmet = models.JSONField(default=list, blank=True)
    fulfilment = models.JSONField(default=list, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("poolplanning")
        verbose_name_plural = _("poolplanningen")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.pool} {self.created_at:%Y-%m-%d %H:%M}"


class ExtensionStatus(models.TextChoices):
    WAITING = "wacht", _("Wacht op de gemeenten")
    AGREED = "akkoord", _("Verlengd")
    DECLINED = "afgewezen", _("Afgewezen")


class Extension(models.Model):
    """Longer work: the same member on the same request until a later date and/or for other hours.

    Every municipality that pays for the request consents to its share first (`ExtensionConsent`);
    only then are the assignment's end date and hours changed.
    """

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="extensions")
    old_end = models.DateField(_("oude einddatum"))
    old_hours_per_week = models.DecimalField(_("oude uren per week"), max_digits=4, decimal_places=1)
    end = models.DateField(_("nieuwe einddatum"))
    hours_per_week = models.DecimalField(
        _("nieuwe uren per week"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.5"))],
    )
    reason = models.TextField(_("toelichting"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ExtensionStatus.choices, default=ExtensionStatus.WAITING
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("verlenging")
        verbose_name_plural = _("verlengingen")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=models.F("old_end")), name="extension_not_shorter"),
            models.UniqueConstraint(
                fields=["assignment"],
                condition=Q(status="wacht"),
                name="one_waiting_extension_per_assignment",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.assignment} → {self.end:%Y-%m-%d}"

    def waiting_for(self) -> list[ExtensionConsent]:
        """The paying municipalities that still have to decide (from prefetched consents)."""
        if self.status != ExtensionStatus.WAITING:
            return []
        return [c for c in self.consents.all() if c.decided_at is None]


class ExtensionConsent(models.Model):
    """One paying municipality's answer to an extension."""

    class Decision(models.TextChoices):
        PENDING = "", _("Moet nog beslissen")
        ACCEPTED = "akkoord", _("Akkoord")
        DECLINED = "afgewezen", _("Afgewezen")

    extension = models.ForeignKey(Extension, on_delete=models.CASCADE, related_name="consents")
    municipality = models.ForeignKey("regions.Municipality", on_delete=models.PROTECT, related_name="+")
    percentage = models.DecimalField(_("aandeel (%)"), max_digits=5, decimal_places=2)
    decision = models.CharField(_("besluit"), max_length=10, choices=Decision.choices, blank=True, default="")
    reason = models.TextField(_("reden"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("instemming met verlenging")
        verbose_name_plural = _("instemmingen met verlengingen")
        ordering = ["extension", "municipality__name"]
        constraints = [
            models.UniqueConstraint(fields=["extension", "municipality"], name="one_consent_per_municipality")
        ]

    def __str__(self) -> str:
        return f"{self.municipality}: {self.get_decision_display()}"
