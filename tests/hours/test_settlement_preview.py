"""Settling in two steps: a preview that writes nothing, then a confirmation that says what becomes
final and asks what happens with entries that still wait for approval."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from flexpool.core.errors import ValidationError
from flexpool.core.models import AuditRecord
from flexpool.hours import services
from flexpool.hours.models import HourEntry, Period, Settlement
from tests.hours.helpers import make_tariffs, running_assignment

TODAY = date(2026, 3, 10)
JAN = [date(2026, 1, 5) + timedelta(days=7 * i) for i in range(4)]


@pytest.fixture
def january(pool, coordinator, assen, member):
    """Four weeks in January: three approved (48 h), one still waiting (16 h)."""
    make_tariffs(pool)
    assignment = running_assignment(pool, coordinator, assen, member)
    entries = [
        services.write_hours(actor=member.user, assignment=assignment, week=w, hours="16", today=TODAY)
        for w in JAN
    ]
    services.decide_many(actor=assen, entries=entries[:3], approve=True)
    return entries


def test_preview_shows_totals_and_waiting_and_writes_nothing(january, finance, pool):
    records = AuditRecord.objects.count()
    preview = services.preview_settlement(
        actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1), today=TODAY
    )
    assert preview.label == "2026-01" and not preview.already_settled
    assert preview.total_hours == Decimal("48.00")
    hours = {line.municipality: line.hours for line in preview.lines}
    assert hours["Assen"] == Decimal("48.00") and sum(hours.values()) == Decimal("48.00")
    # Every member municipality has a line (its contribution is settled too).
    assert len(preview.lines) == 6
    assert preview.waiting_entries == 1 and preview.waiting_hours == Decimal("16.00")
    assert not Period.objects.exists() and not Settlement.objects.exists()
    assert AuditRecord.objects.count() == records
    assert not HourEntry.objects.filter(settled_in__isnull=False).exists()


def test_confirm_asks_about_waiting_entries(january, finance, pool):
    with pytest.raises(ValidationError) as error:
        services.confirm_settlement(
            actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1), leave_waiting=False, today=TODAY
        )
    assert "1 urenregel op goedkeuring" in " ".join(error.value.messages)
    assert not Settlement.objects.exists()
    settlement = services.confirm_settlement(
        actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1), leave_waiting=True, today=TODAY
    )
    # The confirmed figures are the previewed ones; the waiting week stays for a later period.
    assert settlement.total_hours == Decimal("48.00")
    assert AuditRecord.objects.filter(action="verrekening.wachtende_uren_doorgeschoven").count() == 1
    assert HourEntry.objects.get(week=JAN[3]).settled_in_id is None


def test_settlement_pages_preview_then_confirm(january, finance, pool, assen):
    client = Client()
    client.force_login(finance)
    listing = client.get(reverse("settlement-list")).content.decode()
    assert "Voorbeeld bekijken" in listing
    query = {"pool": pool.pk, "kind": "maand", "start": "2026-01-15"}
    # The page uses today's date: January 2026 is over.
    page = client.get(reverse("settlement-preview"), query)
    text = page.content.decode()
    assert page.status_code == 200
    assert "48 uur" in text or ">48<" in text
    assert "1 urenregel (16 uur) is nog niet beoordeeld" in text
    assert "worden definitief" in text
    assert not Settlement.objects.exists()
    refused = client.post(reverse("settlement-preview"), query)
    assert refused.status_code == 422 and "Kies of die naar de volgende" in refused.content.decode()
    done = client.post(reverse("settlement-preview"), {**query, "leave_waiting": "on"})
    settlement = Settlement.objects.get()
    assert done.status_code == 302 and done["Location"] == reverse("settlement-detail", args=[settlement.pk])


def test_preview_of_a_period_not_yet_over_names_the_problem(january, finance, pool):
    client = Client()
    client.force_login(finance)
    page = client.get(
        reverse("settlement-preview"), {"pool": pool.pk, "kind": "maand", "start": "2099-01-01"}
    )
    assert page.status_code == 422 and "nog niet voorbij" in page.content.decode()
