from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Message(models.Model):
    """One message in the conversation about a capacity request."""

    request = models.ForeignKey(
        "demand.CapacityRequest", on_delete=models.CASCADE, related_name="messages", verbose_name=_("vraag")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("door"),
    )
    author_name = models.CharField(_("naam schrijver"), max_length=150)
    body = models.TextField(_("bericht"))
    mentioned = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="+", verbose_name=_("genoemd")
    )
    created_at = models.DateTimeField(_("geschreven"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.author_name}: {self.body[:60]}"
