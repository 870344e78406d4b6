"""Notifying people, and the choices they make about it.

`notify` is called by the services of the other apps, inside their transaction, after the change
it reports. It writes one `Notification` per recipient (never to the person who acted) and, for those
who want e-mail at once, queues a background task when the transaction commits. Nothing is sent
inside the web request.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from flexpool.core import audit
from flexpool.core.errors import field_error
from flexpool.notifications.kinds import Delivery, Kind
from flexpool.notifications.models import KindPreference, Notification, NotificationSettings


def notify(
    *,
    kind: str,
    recipients: Iterable[Any],
    params: dict[str, Any],
    link: str,
    actor: Any = None,
    key: str = "",
) -> list[Notification]:
    """Tell each recipient (users; duplicates and the actor are left out). Returns what was written.

    With a `key`, a recipient who already has a notification of this kind with this key gets no new
    one (reminders are sent once per week or per period).
    """
    actor_id = getattr(actor, "pk", None)
    users: dict[int, Any] = {}
    for user in recipients:
        if user is not None and user.is_active and user.pk != actor_id:
            users.setdefault(user.pk, user)
    if not users:
        return []
    if key:
        already = set(
            Notification.objects.filter(recipient_id__in=users, kind=kind, key=key).values_list(
                "recipient_id", flat=True
            )
        )
        users = {pk: u for pk, u in users.items() if pk not in already}
    choices = dict(
        KindPreference.objects.filter(user_id__in=users, kind=kind).values_list("user_id", "delivery")
    )
    clean = {name: str(value) for name, value in params.items()}
    written = []
    for pk, user in users.items():
        delivery = choices.get(pk, Delivery.IMMEDIATELY)
        if not user.email or delivery == Delivery.OFF:
            mail = Notification.Mail.NOT_SENT
        elif delivery == Delivery.DIGEST:
            mail = Notification.Mail.DIGEST
        else:
            mail = Notification.Mail.PENDING
        written.append(
            Notification.objects.create(
                recipient_id=pk, kind=kind, params=clean, link=link, key=key, mail=mail
            )
        )
    pending = [n.pk for n in written if n.mail == Notification.Mail.PENDING]
    if pending:
        transaction.on_commit(lambda: _enqueue_mail(pending))
    return written


def _enqueue_mail(ids: list[int]) -> None:
    from flexpool.notifications.tasks import deliver_notification

    for notification_id in ids:
        deliver_notification.enqueue(notification_id)


def inbox(user):
    return Notification.objects.filter(recipient=user)


def unread_count(user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def open_notification(*, user: Any, notification: Notification) -> Notification:
    """Opening a notification marks it read (it is the recipient's own; no audit needed)."""
    if notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
            read_at=notification.read_at
        )
    return notification


def mark_all_read(*, user: Any) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(read_at=timezone.now())


def language_of(user: Any) -> str:
    settings_row = NotificationSettings.objects.filter(user=user).first()
    return settings_row.language if settings_row else "nl"


def preferences_of(user: Any) -> dict[str, str]:
    chosen = dict(KindPreference.objects.filter(user=user).values_list("kind", "delivery"))
    return {kind: chosen.get(kind, Delivery.IMMEDIATELY) for kind in Kind.values}


@transaction.atomic
def set_preferences(*, actor: Any, language: str, choices: dict[str, str]) -> None:
    """A person sets their own e-mail language and, per kind, immediately / daily digest / off."""
    from django.conf import settings

    if language not in dict(settings.LANGUAGES):
        raise field_error("language", _("Kies Nederlands of English."))
    for kind, delivery in choices.items():
        if kind not in Kind.values:
            raise field_error(kind, _("Onbekende soort melding."))
        if delivery not in Delivery.values:
            raise field_error(kind, _("Kies direct, dagelijks of uit."))
    before_language = language_of(actor)
    before = preferences_of(actor)
    NotificationSettings.objects.update_or_create(user=actor, defaults={"language": language})
    for kind, delivery in choices.items():
        KindPreference.objects.update_or_create(user=actor, kind=kind, defaults={"delivery": delivery})
    changes: dict[str, Any] = {k: [before[k], v] for k, v in choices.items() if before[k] != v}
    if before_language != language:
        changes["language"] = [before_language, language]
    if changes:
        settings_row = NotificationSettings.objects.get(user=actor)
        audit.record(actor=actor, action="meldingen.voorkeuren", obj=settings_row, changes=changes)
