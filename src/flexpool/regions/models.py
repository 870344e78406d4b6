from __future__ import annotations

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Province(models.Model):
    code = models.CharField(_("code"), max_length=4, unique=True)
    name = models.CharField(_("naam"), max_length=80)

    class Meta:
        verbose_name = _("provincie")
        verbose_name_plural = _("provincies")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Region(models.Model):
    """A RES region (Regionale Energiestrategie), CBS code ESxx."""

    code = models.CharField(_("code"), max_length=4, unique=True, validators=[RegexValidator(r"^ES\d{2}$")])
    name = models.CharField(_("naam"), max_length=80)

    class Meta:
        verbose_name = _("RES-regio")
        verbose_name_plural = _("RES-regio's")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class Municipality(models.Model):
    code = models.CharField(
        _("CBS-code"), max_length=6, unique=True, validators=[RegexValidator(r"^GM\d{4}$")]
    )
    name = models.CharField(_("naam"), max_length=80)
    province = models.ForeignKey(
        Province, verbose_name=_("provincie"), on_delete=models.PROTECT, related_name="+"
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("RES-regio"),
        on_delete=models.PROTECT,
        related_name="municipalities",
    )
    population = models.PositiveIntegerField(_("inwoners"))
    dwellings = models.PositiveIntegerField(_("woningen"))
    latitude = models.FloatField(_("breedtegraad"))
    longitude = models.FloatField(_("lengtegraad"))

    class Meta:
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
