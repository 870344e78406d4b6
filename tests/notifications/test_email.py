"""E-mail through Django's SMTP backend to a real SMTP server on loopback, sent by background tasks."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client

from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.matching import services as matching
from flexpool.notifications import tasks
from flexpool.notifications.kinds import Delivery, Kind
from flexpool.notifications.models import KindPreference, Notification, NotificationSettings
from tests import builders


@pytest.fixture
def people(pool, coordinator, assen, emmen, member):
    for user, address in [
        (coordinator, "coordinator@flexteam.example"),
        (assen, "contact@assen.example"),
        (emmen, "contact@emmen.example"),
        (member.user, "poollid@flexteam.example"),
    ]:
        user.email = address
        user.first_name = "Fictief"
        user.save()
    return coordinator, assen, emmen, member


def shared_request(pool, assen):
    return builders.make_request(
        pool,
        assen,
        shares=[("GM0106", Decimal("60")), ("GM0114", Decimal("40"))],
        title="Warmteplan Assen-Emmen",
    )


def test_proposal_mails_every_paying_contact_in_their_language(
    smtp, people, pool, django_capture_on_commit_callbacks
):
    coordinator, assen, emmen, member = people
    NotificationSettings.objects.create(user=emmen, language="en")
    with django_capture_on_commit_callbacks(execute=True):
        request = shared_request(pool, assen)
    # Filing told the coordinator, by e-mail, in Dutch.
    assert [m["to"] for m in smtp.messages] == [["coordinator@flexteam.example"]]
    assert smtp.messages[0]["subject"] == (
        "Flexpool: Assen heeft een nieuwe vraag ingediend: Warmteplan Assen-Emmen"
    )
    smtp.messages.clear()
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    with django_capture_on_commit_callbacks(execute=True):
        matching.propose(
            actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
        )
    by_address = {m["to"][0]: m for m in smtp.messages}
    assert set(by_address) == {"contact@assen.example", "contact@emmen.example"}
    dutch, english = by_address["contact@assen.example"], by_address["contact@emmen.example"]
    assert dutch["language"] == "nl" and english["language"] == "en"
    assert dutch["subject"] == (
        "Flexpool: De pool doet een voorstel voor uw vraag Warmteplan Assen-Emmen. Wilt u het beoordelen?"
    )
    assert english["subject"] == (
        "Flexpool: The pool has made a proposal for your request Warmteplan Assen-Emmen. Would you review it?"
    )
    assert "Beste Fictief" in dutch["body"] and "Dear Fictief" in english["body"]
    assert all(m["from"] == "flexpool@flexteam.example" for m in smtp.messages)
    # The link opens the notification (marks it read) and lands on the request.
    notification = Notification.objects.get(recipient=emmen, kind=Kind.PROPOSAL_MADE)
    link = f"https://flexpool.example/meldingen/{notification.pk}/"
    assert link in english["body"]
    client = Client()
    client.force_login(emmen)
    response = client.get(link.removeprefix("https://flexpool.example"))
    assert response.status_code == 302 and response["Location"] == f"/vragen/{request.pk}/"
    notification.refresh_from_db()
    assert notification.read_at is not None and notification.mail == Notification.Mail.SENT
    assert client.get(response["Location"]).status_code == 200


def test_daily_digest_collects_and_off_sends_nothing(smtp, people, pool, django_capture_on_commit_callbacks):
    coordinator, assen, emmen, _member = people
    second = builders.make_coordinator(pool, username="coordinator2")
    second.email = "tweede@flexteam.example"
    second.save()
    KindPreference.objects.create(user=coordinator, kind=Kind.REQUEST_SUBMITTED, delivery=Delivery.DIGEST)
    KindPreference.objects.create(user=second, kind=Kind.REQUEST_SUBMITTED, delivery=Delivery.OFF)
    with django_capture_on_commit_callbacks(execute=True):
        builders.make_request(pool, assen, title="Eerste vraag")
        builders.make_request(pool, emmen, title="Tweede vraag")
    assert smtp.messages == []
    assert Notification.objects.filter(recipient=coordinator, mail=Notification.Mail.DIGEST).count() == 2
    result = tasks.send_digests.enqueue()
    assert result.return_value == {"sent": 1, "failed": 0}
    [digest] = smtp.messages
    assert digest["to"] == ["coordinator@flexteam.example"]
    assert digest["subject"] == "Flexpool: uw overzicht van vandaag (2 meldingen)"
    assert "Eerste vraag" in digest["body"] and "Tweede vraag" in digest["body"]
    assert "https://flexpool.example/meldingen/" in digest["body"]
    assert tasks.send_digests.enqueue().return_value == {"sent": 0, "failed": 0}
    # "Off" means: in the inbox, never by e-mail.
    assert (
        list(Notification.objects.filter(recipient=second).values_list("mail", flat=True))
        == [Notification.Mail.NOT_SENT] * 2
    )


def test_a_refused_delivery_is_tried_again(smtp, people, pool, django_capture_on_commit_callbacks):
    coordinator, assen, *_ = people
    smtp.refuse = 2
    with django_capture_on_commit_callbacks(execute=True):
        builders.make_request(pool, assen)
    notification = Notification.objects.get(recipient=coordinator)
    assert smtp.refused == 2 and len(smtp.messages) == 1
    assert notification.mail == Notification.Mail.SENT and notification.mail_attempts == 3


def test_delivery_gives_up_after_five_attempts(closed_smtp, people, pool, django_capture_on_commit_callbacks):
    coordinator, assen, *_ = people
    with django_capture_on_commit_callbacks(execute=True):
        builders.make_request(pool, assen)
    notification = Notification.objects.get(recipient=coordinator)
    assert notification.mail == Notification.Mail.FAILED
    assert notification.mail_attempts == tasks.MAX_ATTEMPTS
    # Still readable in the app.
    assert notification.read_at is None


@pytest.mark.skipif(
    connection.vendor == "postgresql",
    reason="the worker closes the connection that holds the test's transaction; on SQLite it runs",
)
def test_no_mail_leaves_inside_the_web_request(
    smtp, people, pool, settings, django_capture_on_commit_callbacks
):
    """With the database queue, the page only queues a task; the worker sends the mail."""
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    coordinator, assen, *_ = people
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client = Client()
    client.force_login(assen)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/vragen/nieuw/", builders.request_form_data(title="Via de pagina"))
    assert response.status_code == 302
    assert smtp.messages == []
    assert Notification.objects.get(recipient=coordinator).mail == Notification.Mail.PENDING
    assert DBTaskResult.objects.filter(task_path__endswith="deliver_notification").count() == 1
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert [m["to"] for m in smtp.messages] == [["coordinator@flexteam.example"]]
    assert "Via de pagina" in smtp.messages[0]["subject"]
    assert Notification.objects.get(recipient=coordinator).mail == Notification.Mail.SENT
