"""How the work went, in the eyes of each municipality that paid for it."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from flexpool.demand.models import CapacityRequest
from flexpool.regions.models import Municipality

SCORE = [MinValueValidator(1), MaxValueValidator(5)]

# The aspects rated 1 (poor) to 5 (very good), in the order the form asks them.
ASPECTS = {
    "result": _("Resultaat van het werk"),
    "cooperation": _("Samenwerking"),
    "again": _("Zou de pool weer inschakelen"),
}


class Evaluation(models.Model):
    request = models.ForeignKey(CapacityRequest, on_delete=models.CASCADE, related_name="evaluations")
    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="+")
    result = models.PositiveSmallIntegerField(ASPECTS["result"], validators=SCORE)
    cooperation = models.PositiveSmallIntegerField(ASPECTS["cooperation"], validators=SCORE)
    again = models.PositiveSmallIntegerField(ASPECTS["again"], validators=SCORE)
    went_well = models.TextField(_("wat ging goed"), blank=True)
    could_be_better = models.TextField(_("wat kan beter"), blank=True)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("evaluatie")
        verbose_name_plural = _("evaluaties")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["request", "municipality"], name="one_evaluation_per_municipality"
            ),
            models.CheckConstraint(
                condition=models.Q(result__gte=1, result__lte=5, cooperation__gte=1, cooperation__lte=5)
                & models.Q(again__gte=1, again__lte=5),
                name="evaluation_scores_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.request} ({self.municipality})"
