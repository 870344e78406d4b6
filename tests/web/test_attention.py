"""'Wat vraagt uw aandacht' on the dashboard: per role what waits, oldest first, constant queries."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import time_machine
from django.test import Client
from django.urls import reverse

from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.hours import services as hours
from flexpool.matching import services as matching
from flexpool.pool import services as pool_services
from flexpool.web.attention import items_for
from tests import builders
from tests.hours.helpers import running_assignment


def texts(user, today=None):
    return [item.text for item in items_for(user, today)]


def test_each_role_sees_what_waits_on_them_oldest_first(
    pool, coordinator, assen, emmen, member, finance, council
):
    with time_machine.travel(date(2026, 1, 5), tick=False):
        first = builders.make_request(pool, assen, title="Eerste vraag")
    with time_machine.travel(date(2026, 1, 7), tick=False):
        builders.make_request(pool, emmen, title="Tweede vraag")
    assert texts(coordinator) == [
        "Nieuwe vraag van Assen: Eerste vraag",
        "Nieuwe vraag van Emmen: Tweede vraag",
    ]
    with time_machine.travel(date(2026, 1, 8), tick=False):
        demand_services.transition(actor=coordinator, request=first, action=RequestAction.TAKE_INTO_INTAKE)
        matching.propose(
            actor=coordinator, request=first, candidates=[matching.Candidate(member, Decimal("16"))]
        )
    assert texts(assen) == ["Voorstel voor uw vraag: Eerste vraag"]
    assert texts(emmen) == []
    with time_machine.travel(date(2026, 1, 9), tick=False):
        matching.accept_proposal(actor=assen, request=first)
    assert texts(member.user) == ["Assen wil u inzetten voor Eerste vraag"]
    assert texts(assen) == []
    # The coordinator's list is now the second request only (the first is accepted).
    assert texts(coordinator) == ["Nieuwe vraag van Emmen: Tweede vraag"]
    with time_machine.travel(date(2026, 1, 10), tick=False):
        pool_services.set_competences(actor=member.user, member=member, levels={"warmtenetten": 2})
    assert texts(coordinator)[-1] == "1 competentie wacht op uw validatie"
    assert texts(council) == [] and texts(finance) == []


def test_hours_and_periods(pool, coordinator, assen, member, finance):
    assignment = running_assignment(pool, coordinator, assen, member, start=date(2026, 2, 2))
    entry = hours.write_hours(
        actor=member.user, assignment=assignment, week=date(2026, 2, 2), hours="16", today=date(2026, 2, 20)
    )
    assert texts(assen) == ["1 urenregel wacht op goedkeuring"]
    hours.reject_hours(actor=assen, entry=entry, reason="Verkeerde week")
    today = date(2026, 2, 23)
    member_items = texts(member.user, today)
    rejected = "Uren van week 6 (2–8 februari 2026) afgekeurd (Projectleider wijkaanpak): Verkeerde week"
    assert rejected in member_items
    assert "Nog geen uren voor Projectleider wijkaanpak in week 6–8 (2026)" in member_items
    hours.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1))
    assert texts(finance, date(2026, 1, 28)) == [
        "Periode januari 2026 van Flexteam Warmte Drenthe eindigt op 31 januari 2026 en is nog niet verrekend"
    ]


def test_dashboard_starts_with_it_and_queries_stay_flat(pool, coordinator, assen):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(coordinator)
    counts = []
    for total in (2, 8):
        while pool.requests.count() < total:
            builders.make_request(pool, assen, title=f"Vraag {pool.requests.count() + 1}")
        with CaptureQueriesContext(connection) as ctx:
            page = client.get(reverse("dashboard")).content.decode()
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]
    heading = page.index("Wat vraagt uw aandacht")
    assert heading < page.index("De pool")
    assert page.index("Vraag 1<") < page.index("Vraag 8<")  # oldest first
    empty = Client()
    empty.force_login(assen)
    assert "Er wacht nu niets op u." in empty.get(reverse("dashboard")).content.decode()


def test_dates_are_timezone_aware(pool, finance):
    hours.open_period(actor=finance, pool=pool, kind="maand", start=date(2026, 1, 1))
    [item] = items_for(finance, date(2026, 1, 30))
    assert item.since.tzinfo is not None and item.since.date() == date(2026, 1, 31) - timedelta(days=5)
