"""A person who works in two pools: hours split per pool, and never booked over the sum of their hours."""

from decimal import Decimal

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from flexpool.core.errors import NotAllowed, ValidationError
from flexpool.core.models import AuditRecord
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction, RequestStatus
from flexpool.matching import services as matching
from flexpool.matching.engine import suggestions_for
from flexpool.pool import services as pool_services
from flexpool.pool.models import PoolEngagement
from tests import builders
from tests.builders import client_for


@pytest.fixture
def groningen_contact(other_pool):
    return builders.make_contact("GM0014", "groningen")


@pytest.fixture
def engaged(pool, coordinator, member, other_pool):
    """The Drenthe member (24 hours a week) also works in Groningen, at most 8 hours a week there."""
    return pool_services.set_engagement(actor=coordinator, member=member, pool=other_pool, hours_per_week="8")


def in_intake(pool, contact, coordinator, **details):
    request = builders.make_request(pool, contact, **details)
    return demand_services.transition(
        actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE
    )


def propose_and_accept(request, coordinator, contact, member, hours):
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal(hours))]
    )
    return matching.accept_proposal(actor=contact, request=request)


def test_engagement_is_recorded_by_the_home_pool_and_audited_in_both(
    engaged, pool, other_pool, other_coordinator, member
):
    assert engaged.hours_per_week == Decimal("8")
    records = AuditRecord.objects.filter(action="inzet_andere_pool.vastgelegd")
    assert {r.pool_ref for r in records} == {pool.pk, other_pool.pk}
    # The other pool's coordinator does not decide about someone else's member.
    with pytest.raises(NotAllowed):
        pool_services.set_engagement(
            actor=other_coordinator, member=member, pool=other_pool, hours_per_week="20"
        )
    assert PoolEngagement.objects.get().hours_per_week == Decimal("8")


def test_a_person_in_two_pools_is_never_booked_over_the_sum_of_their_hours(
    pool, coordinator, assen, member, other_pool, other_coordinator, groningen_contact, engaged
):
    # Pool A (Drenthe): 20 of the member's 24 hours.
    drenthe = in_intake(pool, assen, coordinator, hours_per_week=Decimal("20"))
    assert propose_and_accept(drenthe, coordinator, assen, member, "20").status == RequestStatus.ACCEPTED
    # Pool B (Groningen): 8 hours fit the engagement, but 20 + 8 is more than the contract's 24.
    groningen = in_intake(other_pool, groningen_contact, other_coordinator, hours_per_week=Decimal("8"))
    with pytest.raises(ValidationError) as refused:
        matching.propose(
            actor=other_coordinator, request=groningen, candidates=[matching.Candidate(member, Decimal("8"))]
        )
    [message] = refused.value.message_dict["member"]
    assert "niet genoeg uren vrij" in message
    assert "in alle pools samen is al 20 van 24 uur per week geboekt" in message
    # 4 hours still fit in both.
    smaller = in_intake(other_pool, groningen_contact, other_coordinator, hours_per_week=Decimal("4"))
    assert propose_and_accept(smaller, other_coordinator, groningen_contact, member, "4").status == (
        RequestStatus.ACCEPTED
    )


def test_the_second_accept_is_refused_when_both_pools_proposed_at_once(
    pool, coordinator, assen, member, other_pool, other_coordinator, groningen_contact, engaged
):
    drenthe = in_intake(pool, assen, coordinator, hours_per_week=Decimal("20"))
    groningen = in_intake(other_pool, groningen_contact, other_coordinator, hours_per_week=Decimal("8"))
    matching.propose(
        actor=coordinator, request=drenthe, candidates=[matching.Candidate(member, Decimal("20"))]
    )
    matching.propose(
        actor=other_coordinator, request=groningen, candidates=[matching.Candidate(member, Decimal("8"))]
    )
    matching.accept_proposal(actor=groningen_contact, request=groningen)
    with pytest.raises(ValidationError) as refused:
        matching.accept_proposal(actor=assen, request=drenthe)
    assert (
        "in alle pools samen is al 8 van 24 uur per week geboekt" in refused.value.message_dict["member"][0]
    )
    drenthe.refresh_from_db()
    assert drenthe.status == RequestStatus.PROPOSED


def test_the_engagement_caps_the_hours_in_the_other_pool(
    member, other_pool, other_coordinator, groningen_contact, engaged
):
    request = in_intake(other_pool, groningen_contact, other_coordinator, hours_per_week=Decimal("12"))
    with pytest.raises(ValidationError) as refused:
        matching.propose(
            actor=other_coordinator, request=request, candidates=[matching.Candidate(member, Decimal("12"))]
        )
    assert refused.value.message_dict["member"] == [
        f"{member.name} werkt in deze pool hoogstens 8 uur per week; in week 2–26 (2026) zou dat meer worden."
    ]
    # Two requests of 6 hours: the second would make 12 in this pool.
    first = in_intake(other_pool, groningen_contact, other_coordinator, hours_per_week=Decimal("6"))
    propose_and_accept(first, other_coordinator, groningen_contact, member, "6")
    second = in_intake(other_pool, groningen_contact, other_coordinator, hours_per_week=Decimal("6"))
    with pytest.raises(ValidationError, match="hoogstens 8 uur per week"):
        matching.propose(
            actor=other_coordinator, request=second, candidates=[matching.Candidate(member, Decimal("6"))]
        )


def test_without_an_engagement_a_member_of_another_pool_cannot_be_proposed(
    member, other_pool, other_coordinator, groningen_contact
):
    request = in_intake(other_pool, groningen_contact, other_coordinator, hours_per_week=Decimal("4"))
    with pytest.raises(ValidationError, match="geen actief lid van deze pool"):
        matching.propose(
            actor=other_coordinator, request=request, candidates=[matching.Candidate(member, Decimal("4"))]
        )


def test_the_engaged_member_is_a_candidate_in_the_other_pool_with_at_most_its_hours(
    pool, coordinator, assen, member, other_pool, other_coordinator, groningen_contact, engaged
):
    request = in_intake(other_pool, groningen_contact, other_coordinator, hours_per_week=Decimal("8"))
    page = client_for("c", {"c": other_coordinator}).get(reverse("request-propose", args=[request.pk]))
    assert page.status_code == 200
    assert member.name in page.content.decode()
    fitting = [row.member.pk for row in page.context["panel"].fitting] if "panel" in page.context else None
    if fitting is not None:
        assert member.pk in fitting
    suggestions, _pair = suggestions_for(request)
    mine = [s for s in suggestions if s.member.pk == member.pk]
    assert mine and mine[0].hours_per_week <= 8
    # Booked in Drenthe up to 20: the optimiser sees only 4 hours left for Groningen.
    drenthe = in_intake(pool, assen, coordinator, hours_per_week=Decimal("20"))
    propose_and_accept(drenthe, coordinator, assen, member, "20")
    big = in_intake(other_pool, groningen_contact, other_coordinator, hours_per_week=Decimal("8"))
    suggestions, _pair = suggestions_for(big)
    assert not [s for s in suggestions if s.member.pk == member.pk and s.available]


def test_the_other_pools_coordinator_sees_only_the_total_of_hours_elsewhere(
    pool, coordinator, assen, member, other_pool, other_coordinator, groningen_contact, engaged
):
    drenthe = in_intake(
        pool, assen, coordinator, hours_per_week=Decimal("20"), title="Geheim warmteplan Assen"
    )
    propose_and_accept(drenthe, coordinator, assen, member, "20")
    client = client_for("c", {"c": other_coordinator})
    grid = client.get(reverse("pool-availability")).content.decode()
    assert member.name in grid
    assert "Geheim warmteplan Assen" not in grid
    overview = client.get(reverse("pool-overview") + "?start=2026-01-05").content.decode()
    assert member.name in overview and "Geheim warmteplan Assen" not in overview
    api = APIClient()
    api.force_authenticate(other_coordinator)
    assert member.pk in [m["id"] for m in api.get("/api/v1/members/").json()["results"]]
    assert api.get(f"/api/v1/requests/{drenthe.pk}/").status_code == 404
    assert not api.get("/api/v1/assignments/").json()["results"]


def test_engagement_pages_and_api(pool, coordinator, member, other_pool, other_coordinator):
    client = client_for("c", {"c": coordinator})
    response = client.post(
        reverse("pool-edit", args=[pool.pk]),
        {
            "form": "engagement",
            "inzet-member": member.pk,
            "inzet-pool": other_pool.pk,
            "inzet-hours_per_week": "8",
        },
    )
    assert response.status_code == 302
    engagement = PoolEngagement.objects.get(member=member)
    assert engagement.pool == other_pool
    # More than the contract is refused with a clear message.
    too_many = client.post(
        reverse("pool-edit", args=[pool.pk]),
        {
            "form": "engagement",
            "inzet-member": member.pk,
            "inzet-pool": other_pool.pk,
            "inzet-hours_per_week": "30",
        },
    )
    assert too_many.status_code == 200
    assert too_many.context["engagement_form"].errors["hours_per_week"]
    # The other pool's coordinator reads it through the API but may not end it.
    api = APIClient()
    api.force_authenticate(other_coordinator)
    rows = api.get("/api/v1/engagements/").json()["results"]
    assert [(r["member"], r["pool"], r["hours_per_week"]) for r in rows] == [
        (member.pk, other_pool.pk, "8.0")
    ]
    assert api.delete(f"/api/v1/engagements/{engagement.pk}/").status_code == 403
    assert client.post(reverse("engagement-end", args=[pool.pk, engagement.pk])).status_code == 302
    assert not PoolEngagement.objects.exists()
    assert AuditRecord.objects.filter(action="inzet_andere_pool.beeindigd").count() == 2


def test_hours_of_a_member_in_two_pools_are_settled_per_pool(
    pool, assen, member, other_pool, finance, engaged, groningen_contact
):
    """Hours are written per assignment: each pool's settlement counts only its own requests."""
    from datetime import date

    from flexpool.hours import services as hours_services
    from tests.hours.helpers import make_tariffs

    make_tariffs(pool)
    make_tariffs(other_pool)
    builders.make_finished_request(pool, assen, member, ["10", "10"], first_week=0)
    builders.make_finished_request(other_pool, groningen_contact, member, ["3"], first_week=1)
    totals = {}
    for each in (pool, other_pool):
        period = hours_services.open_period(actor=finance, pool=each, kind="maand", start=date(2026, 1, 1))
        settlement = hours_services.settle_period(actor=finance, period=period, today=date(2026, 3, 1))
        totals[each.pk] = settlement.total_hours
    assert totals == {pool.pk: Decimal("20"), other_pool.pk: Decimal("3")}
