"""Shared requests: every paying municipality consents, partners see and (by the pool's rule) approve."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from flexpool.core.errors import NotAllowed, ValidationError
from flexpool.core.models import AuditRecord
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction, RequestStatus
from flexpool.demand.models import CapacityRequest
from flexpool.hours import selectors as hour_selectors
from flexpool.hours import services as hour_services
from flexpool.matching import engine
from flexpool.matching import services as matching
from tests import builders
from tests.hours.helpers import make_tariffs, running_assignment

SHARES = [("GM0106", Decimal("60")), ("GM0114", Decimal("40"))]


def _proposed(pool, coordinator, lead, member, **overrides):
    request = builders.make_request(pool, lead, shares=SHARES, **overrides)
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    request.refresh_from_db()
    return request


def test_lead_only_acceptance_leaves_a_shared_request_waiting_for_its_partners(
    pool, coordinator, assen, emmen, member
):
    request = _proposed(pool, coordinator, assen, member)
    request = matching.accept_proposal(actor=assen, request=request)
    assert request.status == RequestStatus.PROPOSED
    assert [s.municipality.code for s in request.waiting_for()] == ["GM0114"]
    assert not request.assignments.filter(accepted_at__isnull=False).exists()
    # The member cannot confirm before every partner has accepted.
    with pytest.raises(ValidationError):
        matching.confirm_assignment(actor=member.user, assignment=request.assignments.get())
    request = matching.accept_proposal(actor=emmen, request=request)
    assert request.status == RequestStatus.ACCEPTED
    assert request.waiting_for() == []
    assert request.assignments.get().accepted_at is not None
    records = AuditRecord.objects.filter(object_id=str(request.pk), object_type="demand.capacityrequest")
    consent = records.filter(action="vraag.aandeel_geaccepteerd").order_by("id")
    assert list(consent.values_list("municipality_code", flat=True)) == ["GM0106", "GM0114"]
    assert consent.first().changes["wacht_op"] == ["Emmen"]
    assert records.filter(action="vraag.accepteren").count() == 1


def test_a_partner_cannot_accept_twice_and_an_outsider_not_at_all(pool, coordinator, assen, emmen, member):
    request = _proposed(pool, coordinator, assen, member)
    matching.accept_proposal(actor=emmen, request=request)
    with pytest.raises(ValidationError) as error:
        matching.accept_proposal(actor=emmen, request=request)
    assert "Emmen heeft dit voorstel al geaccepteerd." in error.value.messages
    outsider = builders.make_contact("GM0109")  # Coevorden: a member of the pool, not of this request
    with pytest.raises(NotAllowed):
        matching.accept_proposal(actor=outsider, request=request)


def test_a_partner_declining_sends_the_request_back_and_clears_every_consent(
    pool, coordinator, assen, emmen, member
):
    request = _proposed(pool, coordinator, assen, member)
    matching.accept_proposal(actor=assen, request=request)
    request = matching.decline_proposal(actor=emmen, request=request, reason="Liever iemand uit Emmen.")
    assert request.status == RequestStatus.IN_INTAKE
    assert not request.shares.filter(accepted_at__isnull=False).exists()
    record = AuditRecord.objects.get(action="vraag.aandeel_afgewezen")
    assert record.municipality_code == "GM0114"
    assert record.changes["reason"] == "Liever iemand uit Emmen."
    # A new proposal needs both again.
    other = builders.make_member(pool, "Fictief Poollid Twee", home="GM0114")
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(other, Decimal("16"))]
    )
    request.refresh_from_db()
    assert {s.municipality.code for s in request.waiting_for()} == {"GM0106", "GM0114"}


def test_accept_in_the_api_by_each_partner(pool, coordinator, assen, emmen, member):
    request = _proposed(pool, coordinator, assen, member)
    url = f"/api/v1/requests/{request.pk}/accept/"
    client = APIClient()
    client.force_authenticate(emmen)
    before = client.get(f"/api/v1/requests/{request.pk}/").json()
    assert "accepteren" in before["allowed_actions"]
    client.force_authenticate(assen)
    body = client.post(url).json()
    assert body["status"] == "voorgesteld"
    shares = {s["municipality"]: s for s in body["shares"]}
    assert shares["GM0106"]["accepted_at"] is not None
    assert shares["GM0114"]["accepted_at"] is None
    assert "accepteren" not in body["allowed_actions"]  # Assen has decided
    client.force_authenticate(emmen)
    assert client.post(url).json()["status"] == "geaccepteerd"
    outsider = builders.make_contact("GM0109")
    client.force_authenticate(outsider)
    assert client.post(url).status_code == 404


def test_the_request_page_shows_who_still_has_to_decide(client, pool, coordinator, assen, emmen, member):
    request = _proposed(pool, coordinator, assen, member)
    matching.accept_proposal(actor=assen, request=request)
    client.force_login(emmen)
    page = client.get(reverse("request-detail", args=[request.pk])).content.decode()
    assert "Wie moet nog beslissen?" in page
    assert "Emmen (40%): <strong>moet nog beslissen</strong>" in page
    assert reverse("request-action", args=[request.pk, "accepteren"]) in page
    response = client.post(reverse("request-action", args=[request.pk, "accepteren"]))
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == RequestStatus.ACCEPTED


def test_sharing_on_the_request_form(client, pool, assen):
    client.force_login(assen)
    url = reverse("request-create")
    wrong = client.post(
        url,
        builders.request_form_data(own_share="60", partner_1="GM0114", share_1="30", partner_2="GM0109"),
    )
    # Coevorden chosen without a percentage: the message is on that row.
    assert wrong.context["form"].errors["share_2"] == ["Vul het aandeel van Coevorden in."]
    missing_own = client.post(url, builders.request_form_data(partner_1="GM0114", share_1="40"))
    assert missing_own.context["form"].errors["own_share"] == ["Vul het aandeel van uw eigen gemeente in."]
    sums = client.post(url, builders.request_form_data(own_share="60", partner_1="GM0114", share_1="30"))
    assert sums.context["form"].errors["own_share"] == [
        "De aandelen tellen op tot 90%; samen moet dat 100% zijn."
    ]
    elsewhere = client.post(
        url,
        builders.request_form_data(
            own_share="60", partner_1="GM0114", share_1="40", work_municipality="GM0109"
        ),
    )
    assert "work_municipality" in elsewhere.context["form"].errors
    ok = client.post(
        url,
        builders.request_form_data(
            own_share="60",
            partner_1="GM0114",
            share_1="40",
            resident_facing="on",
            work_municipality="GM0114",
        ),
    )
    assert ok.status_code == 302
    created = CapacityRequest.objects.latest("pk")
    assert sorted((s.municipality.code, s.percentage) for s in created.shares.all()) == [
        ("GM0106", Decimal("60.00")),
        ("GM0114", Decimal("40.00")),
    ]
    assert created.place.code == "GM0114"


def test_work_municipality_must_be_a_party(pool, assen):
    with pytest.raises(ValidationError) as error:
        builders.make_request(pool, assen, shares=SHARES, work_municipality="GM0109")
    assert "work_municipality" in error.value.message_dict


def test_local_ties_are_checked_where_the_work_happens(pool, coordinator, assen, member):
    # `member` lives in Assen and has ties with Assen only; the work is with Emmen's residents.
    request = builders.make_request(
        pool, assen, shares=SHARES, resident_facing=True, work_municipality="GM0114"
    )
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    with pytest.raises(ValidationError) as error:
        matching.propose(
            actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
        )
    assert any("binding hebben met Emmen" in m for m in error.value.messages)
    local = builders.make_member(
        pool, "Fictief Poollid Emmen", home="GM0114", competences={"projectleiding": 3}
    )
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(local, Decimal("16"))]
    )


def test_the_engine_receives_the_shares_and_the_place_of_work(pool, assen):
    request = builders.make_request(
        pool, assen, shares=SHARES, resident_facing=True, work_municipality="GM0114"
    )
    context = engine.build_context(pool, engine.open_requests(pool), today=date(2026, 1, 1))
    [sent] = context.data.requests
    assert sent.id == str(request.pk)
    assert sent.shares == (("GM0106", 0.6), ("GM0114", 0.4))
    assert sent.place == "GM0114"


def test_partners_see_the_hours_and_approve_them_when_the_pool_says_so(
    pool, coordinator, assen, emmen, member
):
    make_tariffs(pool)
    assignment = running_assignment(pool, coordinator, assen, member, shares=SHARES)
    entry = hour_services.write_hours(
        actor=member.user, assignment=assignment, week=date(2026, 1, 12), hours="8", today=date(2026, 3, 10)
    )
    assert entry in hour_selectors.hours_for(emmen)
    assert entry not in hour_selectors.to_approve(emmen)
    with pytest.raises(NotAllowed):
        hour_services.approve_hours(actor=emmen, entry=entry)
    pool.partners_approve_hours = True
    pool.save()
    assert entry in hour_selectors.to_approve(emmen)
    approved = hour_services.approve_hours(actor=emmen, entry=entry)
    assert approved.status == "goedgekeurd"
    outsider = builders.make_contact("GM0109")
    assert entry not in hour_selectors.hours_for(outsider)
