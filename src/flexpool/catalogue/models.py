"""The menukaart: the services and knowledge products a pool offers its municipalities."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from flexpool.demand.models import CapacityRequest
from flexpool.knowledge.models import KnowledgeItem
from flexpool.pool.models import Competence, Level, Pool


class MenuItemKind(models.TextChoices):
    SERVICE = "dienst", _("Dienst")
    PRODUCT = "kennisproduct", _("Kennisproduct")


class MenuItem(models.Model):
    pool = models.ForeignKey(Pool, on_delete=models.PROTECT, related_name="menu_items")
    title = models.CharField(_("titel"), max_length=160)
    kind = models.CharField(
        _("soort"), max_length=16, choices=MenuItemKind.choices, default=MenuItemKind.SERVICE
    )
    description = models.TextField(_("omschrijving"))
    hours_per_week = models.DecimalField(
        _("gebruikelijke uren per week"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("1")), MaxValueValidator(Decimal("40"))],
    )
    weeks = models.PositiveSmallIntegerField(
        _("gebruikelijk aantal weken"), validators=[MinValueValidator(1), MaxValueValidator(260)]
    )
    active = models.BooleanField(
        _("op de menukaart"), default=True, help_text=_("Uit: gemeenten zien dit niet meer.")
    )
    knowledge_items = models.ManyToManyField(
        KnowledgeItem, verbose_name=_("kennis"), blank=True, related_name="menu_items"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("onderdeel van de menukaart")
        verbose_name_plural = _("menukaart")
        ordering = ["pool", "title", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def total_hours(self) -> Decimal:
        return self.hours_per_week * self.weeks


class MenuItemCompetence(models.Model):
    item = models.ForeignKey(MenuItem, on_delete=models.CASCADE, related_name="competences")
    competence = models.ForeignKey(Competence, on_delete=models.PROTECT, related_name="+")
    min_level = models.PositiveSmallIntegerField(
        _("minimaal niveau"), choices=Level.choices, default=Level.ADVANCED
    )

    class Meta:
        verbose_name = _("gevraagde competentie")
        verbose_name_plural = _("gevraagde competenties")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["item", "competence"], name="competence_once_per_menu_item")
        ]

    def __str__(self) -> str:
        return f"{self.competence} ≥ {self.get_min_level_display()}"


class MenuRequest(models.Model):
    """A request that was started from a menu item."""

    request = models.OneToOneField(CapacityRequest, on_delete=models.CASCADE, related_name="menu_link")
    item = models.ForeignKey(MenuItem, on_delete=models.PROTECT, related_name="request_links")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("vraag vanuit de menukaart")
        verbose_name_plural = _("vragen vanuit de menukaart")

    def __str__(self) -> str:
        return f"{self.item} → {self.request}"
