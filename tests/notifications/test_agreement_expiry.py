"""'Overeenkomst loopt af': the pool's coordinators and the parties' contacts are told 90 and 30 days
before the end date, once per threshold, by e-mail through the SMTP server on loopback."""

from __future__ import annotations

from datetime import date, timedelta

from django.core.management import call_command
from django.utils import timezone

from flexpool.agreements import reminders, services
from flexpool.agreements.models import AgreementKind
from flexpool.notifications.kinds import Kind
from flexpool.notifications.models import Notification, NotificationSettings
from flexpool.notifications.schedule import JOBS
from tests import builders


def _agreement(pool, coordinator, ends_on):
    return services.create_agreement(
        actor=coordinator,
        pool=pool,
        values=services.AgreementValues(
            kind=AgreementKind.SERVICE,
            title="DVO Assen",
            starts_on=date(2025, 1, 1),
            ends_on=ends_on,
            municipalities=[builders.municipality("GM0106")],
            host_is_party=True,
        ),
    )


def test_told_once_at_90_days_then_once_at_30_with_email(
    smtp, pool, coordinator, assen, emmen, django_capture_on_commit_callbacks
):
    for user, address in [(coordinator, "coordinator@flexteam.example"), (assen, "contact@assen.example"),
                          (emmen, "contact@emmen.example")]:  # fmt: skip
        user.email, user.first_name = address, "Fictief"
        user.save()
    NotificationSettings.objects.create(user=assen, language="en")
    today = date(2026, 10, 1)
    agreement = _agreement(pool, coordinator, today + timedelta(days=90))
    # 91 days before: nothing yet.
    assert reminders.warn_agreements_expiring(today=today - timedelta(days=1)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.warn_agreements_expiring(today=today) == 2
    by_address = {m["to"][0]: m for m in smtp.messages}
    # The coordinator and Assen (party); not Emmen.
    assert set(by_address) == {"coordinator@flexteam.example", "contact@assen.example"}
    dutch = by_address["coordinator@flexteam.example"]
    assert dutch["subject"] == (
        "Flexpool: De overeenkomst DVO Assen van Flexteam Warmte Drenthe loopt af op 30 december 2026, "
        "over 90 dagen"
    )
    assert by_address["contact@assen.example"]["language"] == "en"
    assert by_address["contact@assen.example"]["subject"].startswith("Flexpool: The agreement DVO Assen")
    link = Notification.objects.get(recipient=coordinator, kind=Kind.AGREEMENT_EXPIRING).pk
    assert f"https://flexpool.example/meldingen/{link}/" in dutch["body"]
    assert Notification.objects.get(recipient=coordinator).link == f"/overeenkomsten/{agreement.pk}/"

    # Every later day up to the 30-day mark tells nobody again.
    smtp.messages.clear()
    for days in (1, 2, 30, 59):
        with django_capture_on_commit_callbacks(execute=True):
            assert reminders.warn_agreements_expiring(today=today + timedelta(days=days)) == 0
    assert smtp.messages == []
    # 30 days before: told once more.
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.warn_agreements_expiring(today=today + timedelta(days=60)) == 2
        assert reminders.warn_agreements_expiring(today=today + timedelta(days=61)) == 0
    subjects = {m["to"][0]: m["subject"] for m in smtp.messages}
    assert subjects["coordinator@flexteam.example"].endswith("over 30 dagen")
    assert subjects["contact@assen.example"].endswith("in 30 days")
    assert Notification.objects.filter(kind=Kind.AGREEMENT_EXPIRING).count() == 4


def test_an_extended_agreement_is_warned_about_again(pool, coordinator, assen):
    today = date(2026, 10, 1)
    agreement = _agreement(pool, coordinator, today + timedelta(days=80))
    assert reminders.warn_agreements_expiring(today=today) == 2
    values = services.AgreementValues(
        kind=agreement.kind,
        title=agreement.title,
        starts_on=agreement.starts_on,
        ends_on=today + timedelta(days=85 + 365),
        municipalities=[builders.municipality("GM0106")],
        host_is_party=True,
    )
    services.update_agreement(actor=coordinator, agreement=agreement, values=values)
    assert reminders.warn_agreements_expiring(today=today) == 0
    assert reminders.warn_agreements_expiring(today=today + timedelta(days=365)) == 2


def test_the_daily_schedule_runs_the_warning(
    pool, coordinator, assen, settings, django_capture_on_commit_callbacks
):
    assert "overeenkomsten-aflopend" in JOBS
    _agreement(pool, coordinator, timezone.localdate() + timedelta(days=45))
    settings.SCHEDULE_DAILY_HOUR = 0
    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_schedule", "--once")
    assert Notification.objects.filter(kind=Kind.AGREEMENT_EXPIRING).count() == 2
