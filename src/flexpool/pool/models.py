from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from flexpool.regions.models import Municipality, Region

HOURS_IN_A_WEEK_OF_WORK = Decimal("40")


class Domain(models.Model):
    """A transition a pool works on: heat first, others (mobility, climate adaptation) later."""

    code = models.SlugField(_("code"), unique=True)
    name = models.CharField(_("naam"), max_length=80)

    class Meta:
        verbose_name = _("domein")
        verbose_name_plural = _("domeinen")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Pool(models.Model):
    name = models.CharField(_("naam"), max_length=120, unique=True)
    region = models.ForeignKey(
        Region,
        verbose_name=_("RES-regio"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text=_("Leeg als de pool een eigen verzameling gemeenten bedient."),
    )
    domains = models.ManyToManyField(Domain, verbose_name=_("domeinen"), related_name="pools")
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("coördinatoren"), blank=True, related_name="+"
    )
    local_ties_required = models.BooleanField(
        _("lokale binding verplicht bij bewonerswerk"),
        default=True,
        help_text=_("Uit: lokale binding telt alleen als sterke voorkeur."),
    )
    notice_months = models.PositiveSmallIntegerField(
        _("opzegtermijn (maanden)"),
        default=12,
        help_text=_("Zo lang van tevoren meldt een gemeente dat zij de pool verlaat."),
    )
    partners_approve_hours = models.BooleanField(
        _("partners van een gedeelde vraag keuren uren goed"),
        default=False,
        help_text=_(
            "Aan: elke gemeente met een aandeel mag de uren goedkeuren. "
            "Uit: alleen de gemeente die de vraag indiende."
        ),
    )

    class Meta:
        verbose_name = _("pool")
        verbose_name_plural = _("pools")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class MembershipQuerySet(models.QuerySet):
    def active_on(self, day):
        """Memberships not ended before `day`: a leave date in the future keeps a membership active."""
        return self.filter(Q(left_on__isnull=True) | Q(left_on__gte=day))


class Membership(models.Model):
    class Tier(models.TextChoices):
        FULL = "deelnemer", _("Deelnemer")
        ASSOCIATE = "geassocieerd", _("Geassocieerd lid")

    pool = models.ForeignKey(Pool, on_delete=models.CASCADE, related_name="memberships")
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("gemeente"), on_delete=models.PROTECT, related_name="+"
    )
    tier = models.CharField(_("soort lidmaatschap"), max_length=12, choices=Tier.choices)
    joined_on = models.DateField(_("lid sinds"))
    left_on = models.DateField(_("lid tot"), null=True, blank=True)
    yearly_contribution_eur = models.DecimalField(
        _("jaarbijdrage (euro)"), max_digits=12, decimal_places=2, default=Decimal("0")
    )
    yearly_seconded_hours = models.DecimalField(
        _("gedetacheerde uren per jaar"), max_digits=8, decimal_places=1, default=Decimal("0")
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        ordering = ["municipality__name"]
        constraints = [
            models.UniqueConstraint(fields=["pool", "municipality"], name="one_membership_per_pool"),
            models.CheckConstraint(
                condition=Q(left_on__isnull=True) | Q(left_on__gte=models.F("joined_on")),
                name="membership_left_after_joined",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.municipality} ({self.get_tier_display()})"


class MembershipEvent(models.Model):
    """One step in the history of a membership: joined, changed tier, announced leaving."""

    class Kind(models.TextChoices):
        JOINED = "toegetreden", _("Toegetreden")
        TIER = "soort_gewijzigd", _("Soort lidmaatschap gewijzigd")
        LEAVING = "vertrek_gemeld", _("Vertrek gemeld")

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("soort"), max_length=16, choices=Kind.choices)
    on = models.DateField(_("per"))
    tier = models.CharField(_("soort lidmaatschap"), max_length=12, choices=Membership.Tier.choices)
    yearly_contribution_eur = models.DecimalField(
        _("jaarbijdrage (euro)"), max_digits=12, decimal_places=2, default=Decimal("0")
    )
    # Before a tier change: what held until this step (empty for other steps and older records).
    previous_tier = models.CharField(
        _("vorige soort lidmaatschap"), max_length=12, choices=Membership.Tier.choices, blank=True
    )
    previous_contribution_eur = models.DecimalField(
        _("vorige jaarbijdrage (euro)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    recorded_at = models.DateTimeField(_("vastgelegd"), auto_now_add=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("stap in lidmaatschap")
        verbose_name_plural = _("geschiedenis van lidmaatschappen")
        ordering = ["on", "id"]

    def __str__(self) -> str:
        return f"{self.membership.municipality}: {self.get_kind_display()} {self.on}"


class Competence(models.Model):
    class Kind(models.TextChoices):
        PROCESS = "proces", _("Procesvaardigheid")
        CONTENT = "inhoud", _("Inhoudelijke kennis")

    code = models.SlugField(_("code"), unique=True)
    name = models.CharField(_("naam"), max_length=80)
    name_en = models.CharField(_("naam in het Engels"), max_length=80, blank=True)
    kind = models.CharField(_("soort"), max_length=6, choices=Kind.choices)
    domain = models.ForeignKey(
        Domain,
        verbose_name=_("domein"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="competences",
        help_text=_("Leeg: een vaardigheid die in elk domein telt, zoals projectleiding."),
    )

    class Meta:
        verbose_name = _("competentie")
        verbose_name_plural = _("competenties")
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """The name in the active language: the English name when English is active and one is known."""
        if self.name_en and (get_language() or "").startswith("en"):
            return self.name_en
        return self.name


class Level(models.IntegerChoices):
    BASIC = 1, _("Basis")
    ADVANCED = 2, _("Gevorderd")
    SENIOR = 3, _("Senior")
    EXPERT = 4, _("Expert")


class PoolMember(models.Model):
    """A person in the pool (flexpooler). All persons in demo data and tests are fictitious."""

    pool = models.ForeignKey(Pool, on_delete=models.PROTECT, related_name="members")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pool_member",
    )
    name = models.CharField(_("naam"), max_length=120)
    email = models.EmailField(_("e-mail"), blank=True)
    employer = models.CharField(_("werkgever"), max_length=120)
    contract_hours = models.DecimalField(
        _("contracturen per week voor de pool"),
        max_digits=4,
        decimal_places=1,
        validators=[
            MinValueValidator(Decimal("1")),
            MaxValueValidator(HOURS_IN_A_WEEK_OF_WORK),
        ],
    )
    home_municipality = models.ForeignKey(
        Municipality, verbose_name=_("woongemeente"), on_delete=models.PROTECT, related_name="+"
    )
    local_ties = models.ManyToManyField(
        Municipality,
        verbose_name=_("lokale binding"),
        blank=True,
        related_name="+",
        help_text=_("Gemeenten die dit poollid kent: gewoond, gewerkt, netwerk."),
    )
    max_municipalities = models.PositiveSmallIntegerField(_("maximaal aantal gemeenten tegelijk"), default=3)
    development_wishes = models.ManyToManyField(
        Competence, verbose_name=_("ontwikkelwensen"), blank=True, related_name="+"
    )
    active = models.BooleanField(_("actief"), default=True)
    left_on = models.DateField(
        _("vertrokken op"),
        null=True,
        blank=True,
        help_text=_("Laatste dag in de pool. Na de bewaartermijn worden de persoonsgegevens geanonimiseerd."),
    )

    class Meta:
        verbose_name = _("poollid")
        verbose_name_plural = _("poolleden")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class MemberCompetence(models.Model):
    member = models.ForeignKey(PoolMember, on_delete=models.CASCADE, related_name="competences")
    competence = models.ForeignKey(Competence, on_delete=models.PROTECT, related_name="+")
    level = models.PositiveSmallIntegerField(_("niveau"), choices=Level.choices)

    class Meta:
        verbose_name = _("competentie van poollid")
        verbose_name_plural = _("competenties van poolleden")
        constraints = [
            models.UniqueConstraint(fields=["member", "competence"], name="one_level_per_competence")
        ]

    def __str__(self) -> str:
        return f"{self.competence} ({self.get_level_display()})"


class PoolEngagement(models.Model):
    """A member also works in another pool than its home pool, for at most these hours a week there.

    Capacity checks add up the assignments in every pool against the member's contract hours; the
    engagement only caps what the other pool may book.
    """

    member = models.ForeignKey(PoolMember, on_delete=models.CASCADE, related_name="engagements")
    pool = models.ForeignKey(
        Pool, verbose_name=_("pool"), on_delete=models.PROTECT, related_name="engagements"
    )
    hours_per_week = models.DecimalField(
        _("hoogstens uren per week in deze pool"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("1")), MaxValueValidator(HOURS_IN_A_WEEK_OF_WORK)],
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("inzet in een andere pool")
        verbose_name_plural = _("inzet in andere pools")
        ordering = ["pool__name"]
        constraints = [models.UniqueConstraint(fields=["member", "pool"], name="one_engagement_per_pool")]

    def __str__(self) -> str:
        return f"{self.member} in {self.pool}: {self.hours_per_week}"


class LeavePeriod(models.Model):
    """Weeks off, or (with `hours_per_week`) fewer hours than the contract in a period."""

    member = models.ForeignKey(PoolMember, on_delete=models.CASCADE, related_name="leave_periods")
    start = models.DateField(_("van"))
    end = models.DateField(_("tot en met"))
    reason = models.CharField(_("reden"), max_length=120, blank=True)
    hours_per_week = models.DecimalField(
        _("uren per week in deze periode"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(HOURS_IN_A_WEEK_OF_WORK)],
        help_text=_(
            "Leeg: helemaal vrij. Ingevuld: zoveel uur per week beschikbaar in plaats van het contract."
        ),
    )

    class Meta:
        verbose_name = _("verlof")
        verbose_name_plural = _("verlofperiodes")
        ordering = ["start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="leave_end_after_start")
        ]

    def __str__(self) -> str:
        return f"{self.start} – {self.end}"


class Contact(models.Model):
    """A municipality's contact person: acts for that municipality only."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contact")
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("gemeente"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("gemeentelijk contactpersoon")
        verbose_name_plural = _("gemeentelijke contactpersonen")

    def __str__(self) -> str:
        return f"{self.user} ({self.municipality})"


class CompetenceClaim(models.Model):
    """A member's new or raised competence level, waiting for the coordinator's validation."""

    class Status(models.TextChoices):
        PENDING = "wacht", _("Wacht op validatie")
        APPROVED = "goedgekeurd", _("Gevalideerd")
        REJECTED = "afgewezen", _("Niet gevalideerd")
        WITHDRAWN = "ingetrokken", _("Ingetrokken")

    member = models.ForeignKey(PoolMember, on_delete=models.CASCADE, related_name="competence_claims")
    competence = models.ForeignKey(Competence, on_delete=models.PROTECT, related_name="+")
    level = models.PositiveSmallIntegerField(_("gevraagd niveau"), choices=Level.choices)
    previous_level = models.PositiveSmallIntegerField(_("huidig niveau"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(_("gevraagd op"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)
    reason = models.CharField(_("reden"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("competentie ter validatie")
        verbose_name_plural = _("competenties ter validatie")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "competence"],
                condition=Q(status="wacht"),
                name="one_pending_claim_per_competence",
            )
        ]

    def __str__(self) -> str:
        return f"{self.member}: {self.competence} → {self.get_level_display()}"

    @property
    def previous_level_label(self) -> str:
        """The level before this claim by name ("Gevorderd"), or "" when there was none."""
        return str(Level(self.previous_level).label) if self.previous_level else ""


class ContractChange(models.Model):
    """Contract hours for the pool from a start date on (the weeks before keep the earlier hours)."""

    member = models.ForeignKey(PoolMember, on_delete=models.CASCADE, related_name="contract_changes")
    hours = models.DecimalField(
        _("contracturen per week"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("1")), MaxValueValidator(HOURS_IN_A_WEEK_OF_WORK)],
    )
    previous_hours = models.DecimalField(_("uren daarvoor"), max_digits=4, decimal_places=1)
    start = models.DateField(_("met ingang van"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("wijziging contracturen")
        verbose_name_plural = _("wijzigingen contracturen")
        ordering = ["start", "id"]

    def __str__(self) -> str:
        return f"{self.member}: {self.hours} vanaf {self.start}"


class CalendarFeed(models.Model):
    """The secret address of a member's personal iCalendar feed; a new token revokes the old link."""

    member = models.OneToOneField(PoolMember, on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("agenda-abonnement")
        verbose_name_plural = _("agenda-abonnementen")

    def __str__(self) -> str:
        return f"{self.member} (agenda)"
