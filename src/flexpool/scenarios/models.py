"""Design workshops (ontwerpateliers): a region, scenarios, and simulation runs with their results."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Workshop(models.Model):
    name = models.CharField(_("naam"), max_length=120)
    region = models.ForeignKey(
        "regions.Region",
        verbose_name=_("RES-regio"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    pool = models.ForeignKey(
        "pool.Pool",
        verbose_name=_("pool"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="workshops",
        help_text=_("De pool waarvoor het atelier is; bepaalt samen met de regio wie het ziet."),
    )
    municipalities = models.ManyToManyField(
        "regions.Municipality", verbose_name=_("gemeenten"), related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    replications = models.PositiveIntegerField(_("herhalingen"), default=500)
    seed = models.PositiveIntegerField(_("startgetal"), default=1)
    next_steps = models.TextField(_("volgende stappen"), blank=True)

    class Meta:
        verbose_name = _("ontwerpatelier")
        verbose_name_plural = _("ontwerpateliers")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.name


class ScenarioRun(models.Model):
    workshop = models.ForeignKey(
        Workshop, verbose_name=_("ontwerpatelier"), on_delete=models.CASCADE, related_name="runs"
    )
    progress = models.OneToOneField(
        "core.TaskProgress", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    scenarios = models.JSONField(_("scenario's"), default=list)
    results = models.JSONField(_("resultaten"), default=dict, blank=True)
    service_level = models.FloatField(_("gewenst aandeel op tijd"), default=0.9)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("doorrekening")
        verbose_name_plural = _("doorrekeningen")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.workshop} #{self.pk}"
