"""Background tasks that send e-mail and run the scheduled reminders (thin wrappers over services).

E-mail leaves only from here, never inside a web request. A failed delivery is tried again later
(after 1, 5, 15 and 60 minutes); after the fifth failure the notification is marked as failed and
stays readable in the inbox.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from flexpool.notifications.models import Notification

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BACKOFF = [timedelta(minutes=m) for m in (1, 5, 15, 60)]


def _retry(task_obj, *args, attempt: int) -> None:
    """Queue the task again after a pause, or at once when the backend cannot defer (tests)."""
    delay = BACKOFF[min(attempt - 1, len(BACKOFF) - 1)]
    if task_obj.get_backend().supports_defer:
        task_obj.using(run_after=timezone.now() + delay).enqueue(*args)
    else:
        task_obj.enqueue(*args)


@task()
def deliver_notification(notification_id: int) -> str:
    """Send one notification by e-mail. The SMTP conversation holds no database lock."""
    from flexpool.notifications.mail import single_message

    notification = (
        Notification.objects.select_related("recipient")
        .filter(pk=notification_id, mail=Notification.Mail.PENDING)
        .first()
    )
    if notification is None:
        return "niets te doen"
    attempts = notification.mail_attempts + 1
    try:
        single_message(notification).send()
    except Exception as error:
        logger.warning("E-mail %s, attempt %s failed: %s", notification_id, attempts, error)
        failed = attempts >= MAX_ATTEMPTS
        Notification.objects.filter(pk=notification_id).update(
            mail_attempts=attempts, mail=Notification.Mail.FAILED if failed else Notification.Mail.PENDING
        )
        if failed:
            return "mislukt"
        _retry(deliver_notification, notification_id, attempt=attempts)
        return "opnieuw"
    Notification.objects.filter(pk=notification_id).update(
        mail_attempts=attempts, mail=Notification.Mail.SENT, mailed_at=timezone.now()
    )
    return "verstuurd"


@task()
def send_digests(attempt: int = 1) -> dict[str, int]:
    """Daily: one e-mail per person with everything they chose to receive as a digest."""
    from flexpool.notifications.mail import digest_message

    waiting = (
        Notification.objects.filter(mail=Notification.Mail.DIGEST)
        .select_related("recipient")
        .order_by("recipient_id", "created_at", "id")
    )
    per_user: dict[int, list[Notification]] = {}
    for notification in waiting:
        per_user.setdefault(notification.recipient_id, []).append(notification)
    sent = failed = 0
    for notifications in per_user.values():
        user = notifications[0].recipient
        try:
            digest_message(user, notifications).send()
        except Exception as error:
            logger.warning("Digest for user %s failed: %s", user.pk, error)
            failed += 1
            continue
        Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
            mail=Notification.Mail.SENT, mailed_at=timezone.now()
        )
        sent += 1
    if failed and attempt < MAX_ATTEMPTS:
        _retry(send_digests, attempt + 1, attempt=attempt)
    return {"sent": sent, "failed": failed}
