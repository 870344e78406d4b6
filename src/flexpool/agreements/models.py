"""Agreements of a pool, and who hosts and funds it.

An `Agreement` is the paper a pool rests on: the cooperation agreement of the whole pool, the
service agreement (DVO) of one membership, or the secondment agreement of one assignment. Each
uploaded file is a numbered `AgreementVersion`; the agreement shows the newest.

`PoolHost` is the organisation that employs or contracts the pool's members (in Drenthe: the
province). A `Funder` pays part of the pool's cost: per year an amount in euro or a percentage of
the cost (`FunderContribution`); settlement lowers what the municipalities pay by it.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from flexpool.matching.models import Assignment
from flexpool.pool.models import Membership, Pool
from flexpool.regions.models import Municipality


class AgreementKind(models.TextChoices):
    COOPERATION = "samenwerking", _("Samenwerkingsovereenkomst")
    SERVICE = "dvo", _("Dienstverleningsovereenkomst (DVO)")
    JOINT_ARRANGEMENT = "gr", _("Gemeenschappelijke regeling")
    SECONDMENT = "detachering", _("Detacheringsovereenkomst")
    OTHER = "anders", _("Andere overeenkomst")


class Agreement(models.Model):
    """An agreement on a pool, on one membership or on one assignment (at most one of the two)."""

    pool = models.ForeignKey(Pool, on_delete=models.PROTECT, related_name="agreements")
    membership = models.ForeignKey(
        Membership,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agreements",
        verbose_name=_("lidmaatschap"),
    )
    assignment = models.ForeignKey(
        Assignment,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agreements",
        verbose_name=_("inzet"),
    )
    kind = models.CharField(_("soort"), max_length=12, choices=AgreementKind.choices)
    title = models.CharField(_("titel"), max_length=200)
    municipalities = models.ManyToManyField(
        Municipality, blank=True, related_name="+", verbose_name=_("gemeenten die partij zijn")
    )
    host_is_party = models.BooleanField(_("de gastorganisatie is partij"), default=False)
    starts_on = models.DateField(_("ingangsdatum"))
    ends_on = models.DateField(_("einddatum"), null=True, blank=True)
    version = models.PositiveIntegerField(_("versie"), default=1)
    signed = models.BooleanField(_("ondertekend"), default=False)
    signed_on = models.DateField(_("ondertekend op"), null=True, blank=True)
    notes = models.TextField(_("notities"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("overeenkomst")
        verbose_name_plural = _("overeenkomsten")
        ordering = ["ends_on", "title", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(membership__isnull=True) | Q(assignment__isnull=True),
                name="agreement_on_membership_or_assignment",
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="agreement_ends_after_start",
            ),
        ]
        indexes = [models.Index(fields=["pool", "ends_on"], name="agreement_pool_end")]

    def __str__(self) -> str:
        return self.title

    @property
    def subject(self) -> str:
        """What the agreement is about: the pool, a membership or an assignment."""
        if self.assignment_id:
            return "assignment"
        if self.membership_id:
            return "membership"
        return "pool"


def _upload_to(instance: AgreementVersion, filename: str) -> str:
    return f"overeenkomsten/{uuid.uuid4().hex}/{instance.original_name or 'bestand'}"


class AgreementVersion(models.Model):
    """One uploaded file of an agreement; the highest number is the current version."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("versie"))
    file = models.FileField(_("bestand"), upload_to=_upload_to, max_length=300)
    original_name = models.CharField(_("bestandsnaam"), max_length=200)
    file_type = models.CharField(_("soort bestand"), max_length=10)
    size = models.PositiveIntegerField(_("grootte (bytes)"))
    sha256 = models.CharField(max_length=64)
    note = models.CharField(_("wat is er veranderd"), max_length=255, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("versie van een overeenkomst")
        verbose_name_plural = _("versies van overeenkomsten")
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["agreement", "number"], name="one_file_per_version")]

    def __str__(self) -> str:
        return f"{self.agreement} v{self.number}"


class OrganisationKind(models.TextChoices):
    PROVINCE = "provincie", _("Provincie")
    MUNICIPALITY = "gemeente", _("Gemeente")
    REGIONAL_BODY = "regio", _("Regionaal samenwerkingsverband")
    NATIONAL_PROGRAMME = "programma", _("Landelijk programma")
    OTHER = "anders", _("Andere organisatie")


HOST_KINDS = (OrganisationKind.PROVINCE, OrganisationKind.MUNICIPALITY, OrganisationKind.REGIONAL_BODY)
HOST_KIND_CHOICES = [(k.value, k.label) for k in HOST_KINDS]


class PoolHost(models.Model):
    """The organisation that employs or contracts the pool's members."""

    pool = models.OneToOneField(Pool, on_delete=models.CASCADE, related_name="host")
    kind = models.CharField(_("soort organisatie"), max_length=12, choices=HOST_KIND_CHOICES)
    name = models.CharField(_("naam"), max_length=200)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gemeente (als de gastorganisatie een gemeente is)"),
    )
    role = models.CharField(_("wat doet de gastorganisatie"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("gastorganisatie")
        verbose_name_plural = _("gastorganisaties")

    def __str__(self) -> str:
        return self.name


class Funder(models.Model):
    """An organisation that pays part of the pool's cost (a province, a national programme)."""

    pool = models.ForeignKey(Pool, on_delete=models.CASCADE, related_name="funders")
    kind = models.CharField(_("soort organisatie"), max_length=12, choices=OrganisationKind.choices)
    name = models.CharField(_("naam"), max_length=200)

    class Meta:
        verbose_name = _("financier")
        verbose_name_plural = _("financiers")
        ordering = ["name", "pk"]
        constraints = [models.UniqueConstraint(fields=["pool", "name"], name="one_funder_name_per_pool")]

    def __str__(self) -> str:
        return self.name


class FunderContribution(models.Model):
    """What a funder pays in one year: an amount in euro, or a percentage of the pool's cost."""

    funder = models.ForeignKey(Funder, on_delete=models.CASCADE, related_name="contributions")
    year = models.PositiveSmallIntegerField(_("jaar"))
    amount_eur = models.DecimalField(
        _("bedrag per jaar (euro)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    percentage = models.DecimalField(
        _("percentage van de kosten"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("100"))],
    )

    class Meta:
        verbose_name = _("bijdrage van een financier")
        verbose_name_plural = _("bijdragen van financiers")
        ordering = ["year"]
        constraints = [
            models.UniqueConstraint(fields=["funder", "year"], name="one_contribution_per_funder_year"),
            models.CheckConstraint(
                condition=(Q(amount_eur__isnull=False) & Q(percentage__isnull=True))
                | (Q(amount_eur__isnull=True) & Q(percentage__isnull=False)),
                name="contribution_amount_or_percentage",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.funder} {self.year}"
