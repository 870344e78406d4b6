"""Composing notification e-mails in the recipient's language (Dutch unless English was chosen)."""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from flexpool.notifications.models import Notification
from flexpool.notifications.services import language_of

SUBJECT_LENGTH = 150


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SUBJECT_LENGTH else line[: SUBJECT_LENGTH - 1] + "…"


def _name(user) -> str:
    return user.get_full_name() or user.get_username()


def single_message(notification: Notification) -> EmailMessage:
    user = notification.recipient
    language = language_of(user)
    with translation.override(language):
        text = notification.text
        body = render_to_string(
            "notifications/email/single.txt",
            {
                "name": _name(user),
                "text": text,
                "link": absolute(reverse("notification-open", args=[notification.pk])),
                "preferences": absolute(reverse("notification-preferences")),
            },
        )
        subject = _one_line(_("Flexpool: %(text)s") % {"text": text})
    return EmailMessage(subject=subject, body=body, to=[user.email], headers={"Content-Language": language})


def digest_message(user, notifications: Sequence[Notification]) -> EmailMessage:
    language = language_of(user)
    with translation.override(language):
        lines = [
            (n.text, absolute(reverse("notification-open", args=[n.pk])), n.created_at) for n in notifications
        ]
        body = render_to_string(
            "notifications/email/digest.txt",
            {
                "name": _name(user),
                "lines": lines,
                "inbox": absolute(reverse("inbox")),
                "preferences": absolute(reverse("notification-preferences")),
            },
        )
        subject = _("Flexpool: uw overzicht van vandaag (%(n)s meldingen)") % {"n": len(notifications)}
    return EmailMessage(subject=subject, body=body, to=[user.email], headers={"Content-Language": language})
