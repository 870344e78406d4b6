from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from flexpool.demand.lifecycle import RequestStatus
from flexpool.pool.models import Competence, Domain, Level, Pool
from flexpool.regions.models import Municipality


class CapacityRequest(models.Model):
    class Priority(models.IntegerChoices):
        HIGH = 1, _("Hoog")
        NORMAL = 2, _("Normaal")
        LOW = 3, _("Laag")

    pool = models.ForeignKey(Pool, on_delete=models.PROTECT, related_name="requests")
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("gemeente"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("De gemeente die de vraag indient en het voorstel accepteert."),
    )
    domain = models.ForeignKey(
        Domain,
        verbose_name=_("domein"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Het domein van de vraag; standaard het domein van de pool."),
    )
    title = models.CharField(_("titel"), max_length=160)
    description = models.TextField(_("omschrijving"))
    resident_facing = models.BooleanField(
        _("contact met bewoners"),
        default=False,
        help_text=_("Frontstage-werk: vraagt iemand met lokale binding."),
    )
    work_municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("gemeente waar het werk is"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "Bij bewonerswerk: hier moet de persoon lokale binding hebben. Leeg: de indienende gemeente."
        ),
    )
    hours_per_week = models.DecimalField(
        _("uren per week"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("1")), MaxValueValidator(Decimal("40"))],
    )
    start = models.DateField(_("startdatum"))
    end = models.DateField(_("einddatum"))
    priority = models.PositiveSmallIntegerField(
        _("prioriteit"), choices=Priority.choices, default=Priority.NORMAL
    )
    splittable = models.BooleanField(
        _("mag over twee personen verdeeld worden"),
        default=False,
        help_text=_("Bijvoorbeeld iemand met lokale binding samen met een specialist."),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=RequestStatus.choices, default=RequestStatus.CONCEPT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    # Set while a CSV import that wrote this row is still running (the import's run id): nobody sees
    # the row until the whole import is written, and a failed import deletes its rows by this id.
    import_run = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("capaciteitsvraag")
        verbose_name_plural = _("capaciteitsvragen")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="request_end_after_start")
        ]
        indexes = [
            models.Index(
                fields=["import_run"], name="request_import_run", condition=Q(import_run__isnull=False)
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def place(self) -> Municipality:
        """The municipality whose residents the work is for (local ties are checked there)."""
        return self.work_municipality or self.municipality

    def party_ids(self) -> list[int]:
        """The municipalities that pay for this request and so decide on its proposals."""
        shares = list(self.shares.all())
        return [s.municipality_id for s in shares] if shares else [self.municipality_id]

    def waiting_for(self) -> list[RequestShare]:
        """Partners of a shared request that have not yet accepted the proposal on the table."""
        if self.status != RequestStatus.PROPOSED:
            return []
        return [s for s in self.shares.all() if s.accepted_at is None]

    def pending_party_ids(self) -> list[int]:
        """The municipalities that still have to decide on the proposal on the table."""
        if self.status != RequestStatus.PROPOSED:
            return []
        shares = list(self.shares.all())
        if not shares:
            return [self.municipality_id]
        return [s.municipality_id for s in shares if s.accepted_at is None]


class RequiredCompetence(models.Model):
    request = models.ForeignKey(
        CapacityRequest, on_delete=models.CASCADE, related_name="required_competences"
    )
    competence = models.ForeignKey(Competence, on_delete=models.PROTECT, related_name="+")
    min_level = models.PositiveSmallIntegerField(
        _("minimaal niveau"), choices=Level.choices, default=Level.ADVANCED
    )

    class Meta:
        verbose_name = _("gevraagde competentie")
        verbose_name_plural = _("gevraagde competenties")
        constraints = [
            models.UniqueConstraint(fields=["request", "competence"], name="competence_once_per_request")
        ]

    def __str__(self) -> str:
        return f"{self.competence} ≥ {self.get_min_level_display()}"


class RequestShare(models.Model):
    """For a request shared by several municipalities: who carries which share of it."""

    request = models.ForeignKey(CapacityRequest, on_delete=models.CASCADE, related_name="shares")
    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="+")
    percentage = models.DecimalField(
        _("aandeel (%)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("100"))],
    )
    # The partner's consent to the proposal on the table; cleared when a new proposal is made.
    accepted_at = models.DateTimeField(_("voorstel geaccepteerd op"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("aandeel in gedeelde vraag")
        verbose_name_plural = _("aandelen in gedeelde vragen")
        constraints = [
            models.UniqueConstraint(fields=["request", "municipality"], name="one_share_per_municipality")
        ]

    def __str__(self) -> str:
        return f"{self.municipality}: {self.percentage}%"
