"""Hours, tariffs, periods and settlements.

Money and hours are `Decimal`. A settled period is closed: its settlement, lines and items are
never changed again, and the hour entries it settled are frozen (`settled_in`). Later changes are
correction entries that a later period settles, visibly marked as corrections.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from flexpool.core.dates import period_text, week_text
from flexpool.core.numbers import number_text
from flexpool.hours.lifecycle import HourStatus
from flexpool.pool.models import Level, Membership, Pool
from flexpool.regions.models import Municipality


class Tariff(models.Model):
    """Hourly rate of a pool for one year, membership tier and competence level."""

    pool = models.ForeignKey(Pool, on_delete=models.PROTECT, related_name="tariffs")
    year = models.PositiveSmallIntegerField(_("jaar"))
    tier = models.CharField(_("soort lidmaatschap"), max_length=12, choices=Membership.Tier.choices)
    level = models.PositiveSmallIntegerField(_("niveau"), choices=Level.choices)
    hourly_rate = models.DecimalField(
        _("uurtarief (euro)"),
        max_digits=8,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
    )

    class Meta:
        verbose_name = _("tarief")
        verbose_name_plural = _("tarieven")
        ordering = ["pool", "-year", "tier", "level"]
        constraints = [
            models.UniqueConstraint(fields=["pool", "year", "tier", "level"], name="one_tariff_per_key"),
            models.CheckConstraint(condition=Q(hourly_rate__gte=0), name="tariff_not_negative"),
        ]

    def __str__(self) -> str:
        tier, level = self.get_tier_display(), self.get_level_display()
        return f"{self.pool} {self.year} {tier} {level}: € {self.hourly_rate}"


class Period(models.Model):
    """A settlement period of a pool: a calendar month or quarter. Closed once settled."""

    class Kind(models.TextChoices):
        MONTH = "maand", _("Maand")
        QUARTER = "kwartaal", _("Kwartaal")

    pool = models.ForeignKey(Pool, on_delete=models.PROTECT, related_name="periods")
    kind = models.CharField(_("soort"), max_length=8, choices=Kind.choices)
    start = models.DateField(_("van"))
    end = models.DateField(_("tot en met"))
    closed_at = models.DateTimeField(_("afgesloten op"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("periode")
        verbose_name_plural = _("periodes")
        ordering = ["pool", "-start"]
        constraints = [
            models.UniqueConstraint(fields=["pool", "start"], name="one_period_per_start"),
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="period_end_after_start"),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        if self.kind == self.Kind.QUARTER:
            return f"Q{(self.start.month - 1) // 3 + 1} {self.start.year}"
        return f"{self.start:%Y-%m}"

    @property
    def title(self) -> str:
        """The period for people: "augustus 2026", "kwartaal 3 van 2026"."""
        return period_text(self.start, quarter=self.kind == self.Kind.QUARTER)

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


class Settlement(models.Model):
    """The settlement of one period: one line per municipality. Written once, never changed."""

    period = models.OneToOneField(Period, on_delete=models.PROTECT, related_name="settlement")
    pool = models.ForeignKey(Pool, on_delete=models.PROTECT, related_name="settlements")
    created_at = models.DateTimeField(_("vastgesteld op"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    total_hours = models.DecimalField(_("uren"), max_digits=12, decimal_places=2, default=Decimal("0"))
    total_use = models.DecimalField(_("gebruik"), max_digits=14, decimal_places=2, default=Decimal("0"))
    total_corrections = models.DecimalField(
        _("waarvan correcties"), max_digits=14, decimal_places=2, default=Decimal("0")
    )
    total_contribution = models.DecimalField(
        _("verrekende bijdragen"), max_digits=14, decimal_places=2, default=Decimal("0")
    )
    total_secondment = models.DecimalField(
        _("verrekende detachering"), max_digits=14, decimal_places=2, default=Decimal("0")
    )
    total_funding = models.DecimalField(
        _("betaald door financiers"), max_digits=14, decimal_places=2, default=Decimal("0")
    )
    total_balance = models.DecimalField(_("saldo"), max_digits=14, decimal_places=2, default=Decimal("0"))

    class Meta:
        verbose_name = _("verrekening")
        verbose_name_plural = _("verrekeningen")
        ordering = ["-period__start"]

    def __str__(self) -> str:
        return f"{self.pool} {self.period.label}"


class SettlementLine(models.Model):
    """One municipality in one settlement: use, credits and the balance (positive: to pay)."""

    settlement = models.ForeignKey(Settlement, on_delete=models.PROTECT, related_name="lines")
    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="+")
    tier = models.CharField(_("soort lidmaatschap"), max_length=12, choices=Membership.Tier.choices)
    hours = models.DecimalField(_("uren (aandeel)"), max_digits=12, decimal_places=2, default=Decimal("0"))
    use_amount = models.DecimalField(_("gebruik"), max_digits=14, decimal_places=2, default=Decimal("0"))
    correction_amount = models.DecimalField(
        _("waarvan correcties"), max_digits=14, decimal_places=2, default=Decimal("0")
    )
    contribution_credit = models.DecimalField(
        _("bijdrage verrekend"), max_digits=14, decimal_places=2, default=Decimal("0")
    )
    secondment_credit = models.DecimalField(
        _("detachering verrekend"), max_digits=14, decimal_places=2, default=Decimal("0")
    )
    funder_credit = models.DecimalField(
        _("betaald door financiers"), max_digits=14, decimal_places=2, default=Decimal("0")
    )
    balance = models.DecimalField(_("saldo"), max_digits=14, decimal_places=2, default=Decimal("0"))

    class Meta:
        verbose_name = _("verrekenregel")
        verbose_name_plural = _("verrekenregels")
        ordering = ["municipality__name"]
        constraints = [
            models.UniqueConstraint(fields=["settlement", "municipality"], name="one_line_per_municipality")
        ]

    def __str__(self) -> str:
        return f"{self.settlement}: {self.municipality}"


class SettlementFunding(models.Model):
    """What one funder pays in one settlement (its name kept as it was then)."""

    settlement = models.ForeignKey(Settlement, on_delete=models.CASCADE, related_name="funding")
    funder = models.ForeignKey("agreements.Funder", on_delete=models.SET_NULL, null=True, related_name="+")
    name = models.CharField(_("financier"), max_length=200)
    amount = models.DecimalField(_("bedrag"), max_digits=14, decimal_places=2)

    class Meta:
        verbose_name = _("bijdrage van een financier in een verrekening")
        verbose_name_plural = _("bijdragen van financiers in verrekeningen")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return f"{self.settlement}: {self.name}"


class SettlementItem(models.Model):
    """The part of one request's approved hours in a settlement that one municipality carries."""

    class Kind(models.TextChoices):
        REGULAR = "regulier", _("Regulier")
        CORRECTION = "correctie", _("Correctie")

    # No foreign-key constraint in the database: items are only written by `settle_period`, in
    # the transaction that writes their lines, with the ids that insert returned, and lines are
    # never deleted (PROTECT). The deferred check ran once per item at commit, with a plan the
    # connection cached while the table was small (docs/benchmarks/settlement.md).
    line = models.ForeignKey(
        SettlementLine, on_delete=models.PROTECT, related_name="items", db_constraint=False
    )
    request = models.ForeignKey("demand.CapacityRequest", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices, default=Kind.REGULAR)
    weeks = models.CharField(_("weken"), max_length=255, blank=True)
    level = models.PositiveSmallIntegerField(_("niveau"), choices=Level.choices)
    request_hours = models.DecimalField(_("uren van de vraag"), max_digits=10, decimal_places=2)
    share = models.DecimalField(_("aandeel (%)"), max_digits=5, decimal_places=2)
    hourly_rate = models.DecimalField(_("uurtarief"), max_digits=8, decimal_places=2, null=True)
    amount = models.DecimalField(_("bedrag"), max_digits=14, decimal_places=2)
    request_total = models.DecimalField(_("totaal van de vraag"), max_digits=14, decimal_places=2)

    class Meta:
        verbose_name = _("verrekenpost")
        verbose_name_plural = _("verrekenposten")
        ordering = ["kind", "request_id"]

    def __str__(self) -> str:
        return f"{self.line}: {self.request_id} {self.amount}"


class HourEntry(models.Model):
    """Hours a member worked on one assignment in one week (the Monday), or a correction."""

    class Kind(models.TextChoices):
        REGULAR = "regulier", _("Regulier")
        CORRECTION = "correctie", _("Correctie")

    assignment = models.ForeignKey(
        "matching.Assignment", on_delete=models.PROTECT, related_name="hour_entries"
    )
    week = models.DateField(_("week (maandag)"))
    hours = models.DecimalField(_("uren"), max_digits=6, decimal_places=2)
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices, default=Kind.REGULAR)
    status = models.CharField(
        _("status"), max_length=12, choices=HourStatus.choices, default=HourStatus.SUBMITTED
    )
    note = models.CharField(_("toelichting"), max_length=255, blank=True)
    reason = models.CharField(_("reden"), max_length=255, blank=True)
    correction_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="corrections", db_index=False
    )
    # Not indexed on purpose: settling sets `settled_in` on every settled row, and with no index on
    # it (and free space on each page, see migration 0002) PostgreSQL updates the rows in place
    # (HOT) without writing to any index. No foreign-key constraint in the database either: it
    # checks (and locks the settlement row) once per settled row at commit, about half the time
    # of a settlement. Only `settle_period` sets it, to the settlement it creates in the same
    # transaction, and settlements are never deleted (PROTECT). docs/benchmarks/settlement.md.
    settled_in = models.ForeignKey(
        Settlement,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="entries",
        db_index=False,
        db_constraint=False,
    )
    # Few indexes on purpose: each costs a write per row when hours are written or decided.
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", db_index=False
    )
    submitted_at = models.DateTimeField(_("ingediend op"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )
    decided_at = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("urenregel")
        verbose_name_plural = _("uren")
        ordering = ["-week", "assignment_id", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "week"],
                condition=Q(kind="regulier"),
                name="one_regular_entry_per_week",
            ),
            models.CheckConstraint(
                condition=Q(kind="correctie") | Q(hours__gte=0), name="regular_hours_not_negative"
            ),
            models.CheckConstraint(
                condition=Q(hours__lte=168) & Q(hours__gte=-168), name="hours_within_a_week"
            ),
        ]
        indexes = [
            # Small (corrections only), but it keeps deleting an entry from scanning the table.
            models.Index(
                fields=["correction_of"],
                condition=Q(correction_of__isnull=False),
                name="hours_correction_of_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{week_text(self.week)}: {number_text(self.hours)} uur ({self.get_status_display()})"

    @property
    def week_label(self) -> str:
        return week_text(self.week)
