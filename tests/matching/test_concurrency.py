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
