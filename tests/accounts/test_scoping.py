"""Row scoping across two pools in two regions: what one pool's people may not read of the other."""

from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.matching import services as matching
from tests import builders


@pytest.fixture
def two_pools(pool, coordinator, assen, emmen, member, other_pool, other_coordinator):
    """Drenthe (ES03) with a proposed request of Assen; Groningen (ES01) with a request of its own."""
    groningen = other_pool
    groningen_contact = builders.make_contact("GM0014", "groningen")
    drenthe_request = builders.make_request(pool, assen, title="Warmteplan Assen-Noord")
    demand_services.transition(
        actor=coordinator, request=drenthe_request, action=RequestAction.TAKE_INTO_INTAKE
    )
    matching.propose(
        actor=coordinator, request=drenthe_request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    groningen_request = builders.make_request(groningen, groningen_contact, title="Hittekaart Groningen-Stad")
    demand_services.transition(
        actor=other_coordinator, request=groningen_request, action=RequestAction.TAKE_INTO_INTAKE
    )
    return {
        "coordinator": coordinator,
        "other_coordinator": other_coordinator,
        "drenthe_request": drenthe_request,
        "groningen_request": groningen_request,
    }


def logged_in(user, api=False):
    client = APIClient() if api else Client()
    if api:
        client.force_authenticate(user)
    else:
        client.force_login(user)
    return client


def test_a_coordinator_reads_only_its_own_pools_audit_trail(two_pools):
    other = two_pools["other_coordinator"]
    own, foreign = two_pools["groningen_request"], two_pools["drenthe_request"]
    api_rows = logged_in(other, api=True).get("/api/v1/audit/?limit=500").json()["results"]
    labels = {row["object_label"] for row in api_rows}
    assert str(own) in labels
    assert not any(foreign.title in label for label in labels)
    pages = (reverse("audit-log"), reverse("audit-log") + "?export=csv", reverse("audit-export"))
    for page in (*pages, reverse("dashboard")):
        html = logged_in(other).get(page).content.decode("utf-8-sig")
        assert foreign.title not in html, page
    assert own.title in logged_in(other).get(reverse("audit-log")).content.decode()


def test_the_drenthe_coordinator_still_reads_its_own_trail(two_pools):
    html = logged_in(two_pools["coordinator"]).get(reverse("audit-log")).content.decode()
    assert two_pools["drenthe_request"].title in html
    assert two_pools["groningen_request"].title not in html


def test_audit_records_name_their_pool(two_pools):
    from flexpool.core.models import AuditRecord

    drenthe = two_pools["drenthe_request"]
    records = AuditRecord.objects.filter(object_type="demand.capacityrequest", object_id=str(drenthe.pk))
    assert records.exists()
    assert set(records.values_list("pool_ref", flat=True)) == {drenthe.pool_id}


@pytest.fixture
def emmen_request(pool, emmen):
    return builders.make_request(
        pool, emmen, title="Participatie bij het warmtenet in Emmen", description="Bewonersavonden warmtenet."
    )


def test_a_member_is_not_shown_requests_it_cannot_open(two_pools, member, emmen_request):
    user = member.user
    assert logged_in(user).get(reverse("request-detail", args=[emmen_request.pk])).status_code == 404
    found = logged_in(user, api=True).get("/api/v1/knowledge/suggestions/?q=warmtenet participatie").json()
    assert all(row["id"] != emmen_request.pk for row in found["requests"])
    html = (
        logged_in(user).get(reverse("knowledge-suggestions") + "?q=warmtenet participatie").content.decode()
    )
    assert emmen_request.title not in html


def test_a_contact_still_sees_what_other_members_asked(two_pools, assen, emmen_request):
    found = logged_in(assen, api=True).get("/api/v1/knowledge/suggestions/?q=warmtenet participatie").json()
    assert emmen_request.pk in {row["id"] for row in found["requests"]}


def test_a_coordinator_sees_no_requests_or_members_of_another_pool(two_pools, member):
    other = logged_in(two_pools["other_coordinator"], api=True)
    request_ids = {row["id"] for row in other.get("/api/v1/requests/").json()["results"]}
    assert request_ids == {two_pools["groningen_request"].pk}
    assert other.get(f"/api/v1/requests/{two_pools['drenthe_request'].pk}/").status_code == 404
    assert member.pk not in {row["id"] for row in other.get("/api/v1/members/").json()["results"]}
    pages = logged_in(two_pools["other_coordinator"])
    assert pages.get(reverse("request-propose", args=[two_pools["drenthe_request"].pk])).status_code == 404


def test_a_member_working_in_both_pools_shows_no_request_of_one_pool_to_the_other(
    two_pools, member, other_pool
):
    """The Drenthe member also works in Groningen: the Groningen coordinator sees the person and the
    total load, never Drenthe's requests; the Drenthe coordinator sees nothing of Groningen's."""
    from flexpool.pool import services as pool_services

    pool_services.set_engagement(
        actor=two_pools["coordinator"], member=member, pool=other_pool, hours_per_week="8"
    )
    other = logged_in(two_pools["other_coordinator"], api=True)
    assert member.pk in {row["id"] for row in other.get("/api/v1/members/").json()["results"]}
    assert other.get(f"/api/v1/requests/{two_pools['drenthe_request'].pk}/").status_code == 404
    assignments = other.get("/api/v1/assignments/").json()["results"]
    assert all(row.get("request") != two_pools["drenthe_request"].pk for row in assignments)
    drenthe = logged_in(two_pools["coordinator"], api=True)
    request_ids = {row["id"] for row in drenthe.get("/api/v1/requests/").json()["results"]}
    assert two_pools["groningen_request"].pk not in request_ids
    # Setting up the other pool is not its business either.
    drenthe_pool = two_pools["drenthe_request"].pool
    pages = logged_in(two_pools["other_coordinator"])
    assert pages.get(reverse("pool-edit", args=[drenthe_pool.pk])).status_code == 403
    assert (
        logged_in(two_pools["coordinator"]).get(reverse("pool-edit", args=[other_pool.pk])).status_code == 403
    )
    availability = pages.get(reverse("pool-availability")).content.decode()
    assert member.name in availability and two_pools["drenthe_request"].title not in availability
