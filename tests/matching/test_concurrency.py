"""Two municipalities accepting at the same moment cannot overbook one member (PostgreSQL)."""

import threading
from decimal import Decimal

import pytest
from django.db import connection

from flexpool.core.errors import ValidationError
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction, RequestStatus
from flexpool.matching import services as matching
from flexpool.matching.capacity import weekly_loads
from flexpool.matching.models import Assignment
from tests import builders

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_parallel_accepts_cannot_overbook(pool, coordinator, assen, emmen):
    member = builders.make_member(pool, "Fictief Gedeeld Lid", hours="24")
    requests = []
    for contact in (assen, emmen):
        request = builders.make_request(pool, contact, hours_per_week=Decimal("16"))
        demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
        matching.propose(
            actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
        )
        requests.append((contact, request))

    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def accept(contact, request):
        try:
            barrier.wait()
            matching.accept_proposal(actor=contact, request=request)
            outcomes.append("accepted")
        except ValidationError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=accept, args=pair) for pair in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["accepted", "refused"]
    statuses = sorted(r.status for _, r in ((c, type(r).objects.get(pk=r.pk)) for c, r in requests))
    assert statuses == [RequestStatus.ACCEPTED, RequestStatus.PROPOSED]
    first = Assignment.objects.filter(member=member).order_by("start").first()
    loads = weekly_loads([member], first.start, first.end)[member.pk]
    assert all(week.load <= week.capacity for week in loads)


def test_last_consent_to_an_extension_and_an_accept_cannot_overbook(pool, coordinator, assen, emmen):
    """The extension's last consent and another municipality's accept race for the same weeks."""
    from datetime import date

    from flexpool.matching.models import Extension, ExtensionStatus
    from tests.hours.helpers import running_assignment

    member = builders.make_member(pool, "Fictief Verlengd Lid", hours="24", username="verlengd")
    shared = running_assignment(
        pool, coordinator, assen, member, shares=[("GM0106", Decimal(60)), ("GM0114", Decimal(40))]
    )
    extension = matching.request_extension(actor=coordinator, assignment=shared, end=date(2026, 9, 25))
    matching.accept_extension(actor=assen, extension=extension)
    hoogeveen = builders.make_contact("GM0118", "hoogeveen")
    other = builders.make_request(
        pool, hoogeveen, hours_per_week=Decimal("16"), start=date(2026, 7, 6), end=date(2026, 8, 28)
    )
    demand_services.transition(actor=coordinator, request=other, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(actor=coordinator, request=other, candidates=[matching.Candidate(member, Decimal("16"))])

    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def run(label, call):
        try:
            barrier.wait()
            call()
            outcomes.append(f"{label} ok")
        except ValidationError:
            outcomes.append(f"{label} refused")
        finally:
            connection.close()

    threads = [
        threading.Thread(
            target=run,
            args=("extension", lambda: matching.accept_extension(actor=emmen, extension=extension)),
        ),
        threading.Thread(
            target=run, args=("accept", lambda: matching.accept_proposal(actor=hoogeveen, request=other))
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(outcomes) == 2 and sum(o.endswith(" ok") for o in outcomes) == 1, outcomes
    extended = Extension.objects.get(pk=extension.pk).status == ExtensionStatus.AGREED
    accepted = type(other).objects.get(pk=other.pk).status == RequestStatus.ACCEPTED
    assert extended != accepted
    loads = weekly_loads([member], date(2026, 6, 29), date(2026, 9, 25))[member.pk]
    assert all(week.load <= week.capacity for week in loads)
