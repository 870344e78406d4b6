"""Who is told what, on each event: the right people, never the one who acted, linking to the page."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.urls import reverse

from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.hours import reminders
from flexpool.hours import services as hours
from flexpool.matching import services as matching
from flexpool.matching.models import Assignment
from flexpool.notifications import schedule
from flexpool.notifications.kinds import Kind
from flexpool.notifications.models import Notification, ScheduledRun
from tests import builders
from tests.hours.helpers import running_assignment


def told(kind):
    return sorted(
        n.recipient.username for n in Notification.objects.filter(kind=kind).select_related("recipient")
    )


def test_request_flow_tells_each_party(pool, coordinator, assen, emmen, member):
    request = builders.make_request(
        pool, assen, title="Warmteplan", shares=[("GM0106", Decimal("50")), ("GM0114", Decimal("50"))]
    )
    assert told(Kind.REQUEST_SUBMITTED) == ["coordinator"]
    first = Notification.objects.get(kind=Kind.REQUEST_SUBMITTED)
    assert first.link == reverse("request-detail", args=[request.pk])
    assert first.text == "Assen heeft een nieuwe vraag ingediend: Warmteplan"

    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    assert told(Kind.PROPOSAL_MADE) == ["assen", "emmen"]  # every paying municipality

    matching.decline_proposal(actor=assen, request=request, reason="Liever iemand uit de buurt.")
    assert told(Kind.PROPOSAL_DECLINED) == ["coordinator"]
    # The reason is on the request page for the coordinator, but is not repeated in the message.
    assert "buurt" not in Notification.objects.get(kind=Kind.PROPOSAL_DECLINED).text

    # Declining sends the request back to intake; the coordinator proposes again.
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    matching.accept_proposal(actor=assen, request=request)
    assert told(Kind.PROPOSAL_ACCEPTED) == []  # Emmen pays half and has not yet consented
    matching.accept_proposal(actor=emmen, request=request)
    assert told(Kind.PROPOSAL_ACCEPTED) == ["flexpooler"]
    assert Notification.objects.get(kind=Kind.PROPOSAL_ACCEPTED).link == reverse("my-profile")

    assignment = Assignment.objects.get(request=request, accepted_at__isnull=False)
    matching.confirm_assignment(actor=member.user, assignment=assignment, today=date(2026, 1, 1))
    assert told(Kind.ASSIGNMENT_CONFIRMED) == ["assen", "emmen"]
    assert Notification.objects.filter(kind=Kind.ASSIGNMENT_CONFIRMED).first().text == (
        "Fictief Poollid Een heeft de inzet voor Warmteplan bevestigd"
    )
    # Nobody is told about their own action.
    assert not Notification.objects.filter(recipient=member.user, kind=Kind.ASSIGNMENT_CONFIRMED).exists()
    assert not Notification.objects.filter(recipient=assen, kind=Kind.PROPOSAL_DECLINED).exists()


def test_member_declining_tells_municipality_and_coordinator(pool, coordinator, assen, member):
    request = builders.make_request(pool, assen)
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    matching.accept_proposal(actor=assen, request=request)
    assignment = Assignment.objects.get(request=request)
    matching.decline_assignment(actor=member.user, assignment=assignment, reason="Ziek")
    assert told(Kind.ASSIGNMENT_DECLINED) == ["assen", "coordinator"]


def test_hours_submitted_and_rejected(pool, coordinator, assen, emmen, member):
    assignment = running_assignment(pool, coordinator, assen, member, shares=[("GM0106", 50), ("GM0114", 50)])
    entry = hours.write_hours(
        actor=member.user, assignment=assignment, week=date(2026, 2, 2), hours="12", today=date(2026, 3, 10)
    )
    # Only the filing municipality approves hours, so only its contact is told.
    assert told(Kind.HOURS_SUBMITTED) == ["assen"]
    submitted = Notification.objects.get(kind=Kind.HOURS_SUBMITTED)
    assert submitted.link == reverse("hours-approve")
    assert "week 6 (2–8 februari 2026)" in submitted.text
    hours.reject_hours(actor=assen, entry=entry, reason="Week 6 was vakantie")
    rejected = Notification.objects.get(kind=Kind.HOURS_REJECTED)
    assert rejected.recipient == member.user and rejected.link == reverse("hours-mine")
    assert rejected.text.endswith(": Week 6 was vakantie")
    # Writing them again asks for approval again.
    hours.write_hours(
        actor=member.user, assignment=assignment, week=date(2026, 2, 2), hours="10", today=date(2026, 3, 10)
    )
    assert Notification.objects.filter(kind=Kind.HOURS_SUBMITTED).count() == 2


def test_missing_hours_reminder_once_a_week(pool, coordinator, assen, member):
    assignment = running_assignment(pool, coordinator, assen, member, start=date(2026, 2, 2))
    hours.write_hours(
        actor=member.user, assignment=assignment, week=date(2026, 2, 2), hours="16", today=date(2026, 2, 20)
    )
    today = date(2026, 2, 23)  # a Monday: weeks 6 done, 7 and 8 missing
    assert reminders.remind_missing_hours(today=today) == 1
    reminder = Notification.objects.get(kind=Kind.HOURS_MISSING)
    assert reminder.recipient == member.user
    assert reminder.text == "U hebt nog geen uren geschreven voor week 7–8 (2026)"
    assert reminders.remind_missing_hours(today=date(2026, 2, 25)) == 0  # same week: not again
    assert reminders.remind_missing_hours(today=date(2026, 3, 2)) == 1  # next week: again


def test_period_about_to_close_tells_finance_once(pool, finance, council):
    period = hours.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1))
    assert reminders.warn_periods_closing(today=date(2026, 1, 20)) == 0  # too early
    assert reminders.warn_periods_closing(today=date(2026, 1, 27)) == 1
    assert reminders.warn_periods_closing(today=date(2026, 1, 28)) == 0
    warning = Notification.objects.get(kind=Kind.PERIOD_CLOSING)
    assert warning.recipient == finance and period.title in warning.text


def test_schedule_queues_each_job_once_per_day_or_week(db, settings, django_capture_on_commit_callbacks):
    settings.SCHEDULE_DAILY_HOUR = 7
    amsterdam = ZoneInfo("Europe/Amsterdam")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert schedule.queue_due_jobs(datetime(2026, 3, 9, 6, 30, tzinfo=amsterdam)) == []
        monday = schedule.queue_due_jobs(datetime(2026, 3, 9, 7, 1, tzinfo=amsterdam))
        again = schedule.queue_due_jobs(datetime(2026, 3, 9, 18, 0, tzinfo=amsterdam))
        tuesday = schedule.queue_due_jobs(datetime(2026, 3, 10, 7, 0, tzinfo=amsterdam))
    assert sorted(monday) == [
        "dagoverzicht",
        "inzet-starten",
        "overeenkomsten-aflopend",
        "periodes-bijna-dicht",
        "uren-herinnering",
    ]
    assert again == []
    assert sorted(tuesday) == [
        "dagoverzicht",
        "inzet-starten",
        "overeenkomsten-aflopend",
        "periodes-bijna-dicht",
    ]
    assert len(callbacks) == 9  # each queued job ran (inline in tests)
    assert ScheduledRun.objects.get(job="uren-herinnering").last_key == "2026-W11"


def test_run_schedule_once_queues_what_is_due(db, settings, django_capture_on_commit_callbacks):
    from io import StringIO

    from django.core.management import call_command

    settings.SCHEDULE_DAILY_HOUR = 0  # every job is due at any hour
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_schedule", "--once", stdout=out)
    text = out.getvalue()
    jobs = "dagoverzicht, inzet-starten, overeenkomsten-aflopend, periodes-bijna-dicht, uren-herinnering"
    assert f"Geplande taken: {jobs}" in text
    assert text.count("In de wachtrij gezet:") == 5
    assert ScheduledRun.objects.count() == 5


def test_competence_claim_message_counts_in_words(pool, coordinator, member):
    from flexpool.pool import notify as pool_notify

    pool_notify.competence_claimed(actor=member.user, member=member, count=1)
    pool_notify.competence_claimed(actor=member.user, member=member, count=3)
    texts = sorted(n.text for n in Notification.objects.filter(recipient=coordinator))
    assert texts == [
        f"{member.name} vraagt u 1 competentie te valideren",
        f"{member.name} vraagt u 3 competenties te valideren",
    ]
