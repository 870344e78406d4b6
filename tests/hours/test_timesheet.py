"""The weekly timesheet and approving many entries at once, through services and pages."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from flexpool.core.errors import ValidationError
from flexpool.core.models import AuditRecord
from flexpool.core.weeks import monday_of, week_title
from flexpool.hours import services
from flexpool.hours.lifecycle import HourStatus
from flexpool.hours.models import HourEntry
from tests.hours.helpers import make_tariffs, running_assignment

TODAY = date(2026, 3, 10)
JAN_12 = date(2026, 1, 12)


@pytest.fixture
def two(pool, coordinator, assen, emmen, member):
    make_tariffs(pool)
    first = running_assignment(pool, coordinator, assen, member, hours_per_week="16")
    second = running_assignment(
        pool, coordinator, emmen, member, hours_per_week="8", title="Adviseur warmtetransitie"
    )
    return first, second


def line(assignment, hours, note="", version=0):
    return services.WeekLine(assignment=assignment, hours=hours, note=note, shown_version=version)


def test_week_title_is_plain_dutch():
    assert week_title(date(2027, 1, 11)) == "week 2 (11–17 januari 2027)"
    assert week_title(date(2026, 12, 28)) == "week 53 (28 december 2026 – 3 januari 2027)"
    assert week_title(date(2027, 3, 29)) == "week 13 (29 maart – 4 april 2027)"


def test_one_week_for_all_assignments_at_once(two, member):
    first, second = two
    changes = services.write_week(
        actor=member.user, week=JAN_12, lines=[line(first, "16"), line(second, "6")], today=TODAY
    )
    assert [c.old_hours for c in changes] == [None, None]
    assert {e.assignment_id: e.hours for e in HourEntry.objects.all()} == {
        first.pk: Decimal("16.00"),
        second.pk: Decimal("6.00"),
    }


def test_more_than_agreed_needs_a_reason_and_is_flagged(two, member):
    first, _second = two
    with pytest.raises(ValidationError) as error:
        services.write_week(actor=member.user, week=JAN_12, lines=[line(first, "90")], today=TODAY)
    assert f"note_{first.pk}" in error.value.message_dict
    assert "afgesproken is 16 uur" in " ".join(error.value.message_dict[f"note_{first.pk}"])
    assert not HourEntry.objects.exists()
    services.write_week(
        actor=member.user, week=JAN_12, lines=[line(first, "20", "Extra bewonersavond")], today=TODAY
    )
    record = AuditRecord.objects.get(action="uren.ingediend")
    assert record.changes["over_agreed"] is True and record.changes["agreed"] in ("16", "16.0", 16)


def test_an_error_in_one_row_saves_no_row(two, member):
    first, second = two
    with pytest.raises(ValidationError) as error:
        services.write_week(
            actor=member.user, week=JAN_12, lines=[line(first, "10"), line(second, "200")], today=TODAY
        )
    assert list(error.value.message_dict) == [f"hours_{second.pk}"]
    assert not HourEntry.objects.exists()


def test_existing_week_is_only_changed_when_it_was_shown(two, member):
    first, _second = two
    services.write_week(
        actor=member.user, week=JAN_12, lines=[line(first, "15,5".replace(",", "."))], today=TODAY
    )
    entry = HourEntry.objects.get()
    # A timesheet that did not show the entry (version 0) does not overwrite it.
    with pytest.raises(ValidationError) as error:
        services.write_week(actor=member.user, week=JAN_12, lines=[line(first, "4")], today=TODAY)
    assert "intussen 15,5 uur" in " ".join(error.value.messages)
    assert HourEntry.objects.get().hours == Decimal("15.50")
    # Shown and changed explicitly: changed, and the change is in the audit trail.
    changes = services.write_week(
        actor=member.user, week=JAN_12, lines=[line(first, "4", version=entry.version)], today=TODAY
    )
    assert changes[0].old_hours == Decimal("15.50") and changes[0].entry.hours == Decimal("4.00")
    record = AuditRecord.objects.get(action="uren.wijzigen")
    assert record.changes["hours"] == ["15.50", "4.00"]


def test_unchanged_rows_are_left_alone(two, member):
    first, _second = two
    services.write_week(actor=member.user, week=JAN_12, lines=[line(first, "16")], today=TODAY)
    entry = HourEntry.objects.get()
    assert (
        services.write_week(
            actor=member.user, week=JAN_12, lines=[line(first, "16", version=entry.version)], today=TODAY
        )
        == []
    )
    assert HourEntry.objects.get().version == entry.version


def test_approve_and_reject_many_at_once(two, member, assen):
    first, _second = two
    weeks = [JAN_12 + timedelta(days=7 * i) for i in range(5)]
    entries = [
        services.write_hours(actor=member.user, assignment=first, week=w, hours="16", today=TODAY)
        for w in weeks
    ]
    decided = services.decide_many(actor=assen, entries=entries[:4], approve=True)
    assert len(decided) == 4
    assert HourEntry.objects.filter(status=HourStatus.APPROVED).count() == 4
    with pytest.raises(ValidationError):
        services.decide_many(actor=assen, entries=entries[4:], approve=False, reason="  ")
    # One already decided in the selection: nothing changes.
    with pytest.raises(ValidationError):
        services.decide_many(actor=assen, entries=[entries[4], entries[0]], approve=False, reason="Te veel")
    assert HourEntry.objects.get(pk=entries[4].pk).status == HourStatus.SUBMITTED


def test_timesheet_page_shows_and_changes_the_week(pool, coordinator, assen, member):
    today = date.today()
    week = monday_of(today) - timedelta(days=7)
    assignment = running_assignment(
        pool,
        coordinator,
        assen,
        member,
        start=week - timedelta(days=21),
        end=today + timedelta(days=60),
        today=today,
    )
    client = Client()
    client.force_login(member.user)
    url = reverse("hours-mine") + f"?week={week.isoformat()}"
    page = client.get(url).content.decode()
    assert week_title(week).capitalize() in page and assignment.request.title in page
    key = assignment.pk
    response = client.post(
        url, {f"week-hours_{key}": "12,5", f"week-note_{key}": "", f"week-version_{key}": "0"}
    )
    assert response.status_code == 302
    assert HourEntry.objects.get().hours == Decimal("12.50")
    page = client.get(url).content.decode()
    assert 'value="12,5"' in page
    # Posting the week as it was before (version 0) does not replace what is there now.
    response = client.post(url, {f"week-hours_{key}": "4", f"week-version_{key}": "0"})
    assert response.status_code == 422
    assert "intussen 12,5 uur" in response.content.decode()
    assert HourEntry.objects.get().hours == Decimal("12.50")
    version = HourEntry.objects.get().version
    response = client.post(url, {f"week-hours_{key}": "4", f"week-version_{key}": str(version)}, follow=True)
    assert "gewijzigd van 12,5 naar 4 uur" in response.content.decode()
    # More than agreed without a reason: the row's note field says why it is needed.
    version = HourEntry.objects.get().version
    response = client.post(url, {f"week-hours_{key}": "90", f"week-version_{key}": str(version)})
    assert response.status_code == 422
    assert "Schrijf in de toelichting waarom" in response.content.decode()


def test_approval_page_groups_per_week_and_flags_more_than_agreed(two, member, assen):
    first, _second = two
    services.write_hours(
        actor=member.user, assignment=first, week=JAN_12, hours="30", note="Crisis", today=TODAY
    )
    client = Client()
    client.force_login(assen)
    page = client.get(reverse("hours-approve")).content.decode()
    assert "30 van 16 uur afgesproken" in page
    assert "Meer dan afgesproken" in page and "Crisis" in page
    entry = HourEntry.objects.get()
    response = client.post(reverse("hours-decide-many"), {"entries": [entry.pk], "action": "goedkeuren"})
    assert response.status_code == 302
    assert HourEntry.objects.get().status == HourStatus.APPROVED
