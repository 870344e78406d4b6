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
