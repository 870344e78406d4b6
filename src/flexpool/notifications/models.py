from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from flexpool.core import dates
from flexpool.core.audit_text import level_label
from flexpool.notifications.kinds import TEXTS, Delivery, Kind


class Notification(models.Model):
    """One message to one person: shown in the inbox, and e-mailed as that person chose."""

    class Mail(models.TextChoices):
        PENDING = "wachtrij", _("Wordt verstuurd")
        DIGEST = "overzicht", _("Komt in het dagoverzicht")
        SENT = "verstuurd", _("Verstuurd")
        NOT_SENT = "niet", _("Niet per e-mail")
        FAILED = "mislukt", _("Versturen mislukt")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("soort"), max_length=24, choices=Kind.choices)
    params = models.JSONField(_("gegevens"), default=dict, blank=True)
    link = models.CharField(_("link"), max_length=255)
    # Reminders carry a key so that the same reminder is not sent twice (e.g. "2026-W49").
    key = models.CharField(max_length=80, blank=True)
    created_at = models.DateTimeField(_("ontvangen"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("gelezen"), null=True, blank=True)
    mail = models.CharField(_("e-mail"), max_length=10, choices=Mail.choices, default=Mail.NOT_SENT)
    mail_attempts = models.PositiveSmallIntegerField(default=0)
    mailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "key"],
                condition=~models.Q(key=""),
                name="one_reminder_per_key",
            )
        ]

    def __str__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        """The one-line message in the active language."""
        try:
            return str(TEXTS[self.kind].title % readable_params(self.params))
        except (KeyError, TypeError, ValueError):
            return str(Kind(self.kind).label)

    @property
    def unread(self) -> bool:
        return self.read_at is None


def readable_params(params: dict) -> dict:
    """Stored parameters as people read them: weeks ("2027-W02") as "week 2 (11–17 januari 2027)",
    dates as "11 januari 2027", months ("2027-01") as "januari 2027"; the rest as stored."""
    shown = dict(params)
    for key, value in params.items():
        if key == "level" and isinstance(value, int):
            shown[key] = level_label(value)
            continue
        if not isinstance(value, str):
            continue
        if key == "count" and value.isdigit():  # stored as text; plural forms need the number
            shown[key] = int(value)
        elif key == "weeks":
            shown[key] = dates.weeks_text(value.split(", "))
        elif dates.ISO_WEEK.match(value):
            shown[key] = dates.week_text(value)
        elif dates.ISO_DAY.match(value):
            shown[key] = dates.day_text(value)
        elif key == "period" and dates.ISO_MONTH.match(value):
            shown[key] = dates.month_text(f"{value}-01")
    return shown


class NotificationSettings(models.Model):
    """A person's language for e-mail (Dutch unless English is chosen)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_settings"
    )
    language = models.CharField(_("taal"), max_length=5, choices=settings.LANGUAGES, default="nl")

    class Meta:
        verbose_name = _("instellingen voor meldingen")
        verbose_name_plural = _("instellingen voor meldingen")

    def __str__(self) -> str:
        return f"{self.user} ({self.language})"


class KindPreference(models.Model):
    """How a person wants e-mail for one kind; without a row: immediately."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(_("soort"), max_length=24, choices=Kind.choices)
    delivery = models.CharField(_("e-mail"), max_length=10, choices=Delivery.choices)

    class Meta:
        verbose_name = _("voorkeur voor meldingen")
        verbose_name_plural = _("voorkeuren voor meldingen")
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="one_preference_per_kind")]

    def __str__(self) -> str:
        return f"{self.user}: {self.kind} → {self.delivery}"


class ScheduledRun(models.Model):
    """The last time each scheduled job was queued, so that `run_schedule` queues it once."""

    job = models.CharField(max_length=60, unique=True)
    last_key = models.CharField(max_length=40)
    queued_at = models.DateTimeField()

    class Meta:
        verbose_name = _("geplande taak")
        verbose_name_plural = _("geplande taken")

    def __str__(self) -> str:
        return f"{self.job} ({self.last_key})"
