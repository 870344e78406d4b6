from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditRecord(models.Model):
    """One decision or state change: who, when, on what, and what changed."""

    occurred_at = models.DateTimeField(_("tijdstip"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("actie"), max_length=80)
    object_type = models.CharField(_("soort object"), max_length=80)
    object_id = models.CharField(_("object"), max_length=64)
    object_label = models.CharField(_("omschrijving"), max_length=255, blank=True)
    changes = models.JSONField(_("wijzigingen"), default=dict, blank=True)
    municipality_code = models.CharField(_("gemeente"), max_length=6, blank=True, db_index=True)
    # The pool the record belongs to, so that a coordinator reads only its own pools' trail. A plain
    # number rather than a foreign key: the trail outlives what it describes, and core sits below pool.
    pool_ref = models.PositiveIntegerField(_("pool"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("auditregel")
        verbose_name_plural = _("audittrail")
        ordering = ["-occurred_at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d %H:%M} {self.action} {self.object_label}"


class TaskProgress(models.Model):
    """Progress of a background job, written by the job and read by a page."""

    class Status(models.TextChoices):
        QUEUED = "wachtrij", _("In de wachtrij")
        RUNNING = "bezig", _("Bezig")
        DONE = "klaar", _("Klaar")
        FAILED = "mislukt", _("Mislukt")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(_("soort"), max_length=80)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    fraction = models.FloatField(default=0.0)
    message = models.CharField(max_length=255, blank=True)
    result = models.JSONField(default=dict, blank=True)
    # The id of the queued task (django-tasks result), so a task whose worker died can be found.
    task_id = models.CharField(max_length=64, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("achtergrondtaak")
        verbose_name_plural = _("achtergrondtaken")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.kind} ({self.get_status_display()})"

    @property
    def percent(self) -> int:
        return round(self.fraction * 100)

    @property
    def finished(self) -> bool:
        return self.status in {self.Status.DONE, self.Status.FAILED}


class WorkerHeartbeat(models.Model):
    """A running `flexpool db_worker` writes its row every few seconds (see core.workers).

    A task whose worker has no recent heartbeat (and, on the same machine, no live process) has
    lost its worker: it is queued again, or marked failed after the last attempt.
    """

    worker_id = models.CharField(max_length=64, primary_key=True)
    beat_at = models.DateTimeField()

    class Meta:
        verbose_name = _("werker")
        verbose_name_plural = _("werkers")

    def __str__(self) -> str:
        return self.worker_id
