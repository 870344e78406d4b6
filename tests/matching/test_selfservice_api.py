"""The self-service and availability API for every role, and its flows."""

from __future__ import annotations

from datetime import date

import pytest
import time_machine
from django.urls import reverse
from rest_framework.test import APIClient

from flexpool.matching import api_urls as matching_api
from flexpool.pool.models import CompetenceClaim, LeavePeriod

ROLES = ["anonymous", "coordinator", "assen", "emmen", "member", "finance", "council"]
MEMBER, COORDINATOR = {"member"}, {"coordinator"}
TABLE = {
    ("me-profile", "get"): MEMBER,
    ("me-profile", "put"): MEMBER,
    ("me-competences", "put"): MEMBER,
    ("me-contract", "post"): MEMBER,
    ("me-leave", "get"): MEMBER,
    ("me-leave", "post"): MEMBER,
    ("me-leave-detail", "delete"): MEMBER,
    ("me-availability", "get"): MEMBER,
    ("me-calendar-link", "post"): MEMBER,
    ("me-calendar-link", "delete"): MEMBER,
    ("competence-claim-list", "get"): COORDINATOR,
    ("competence-claim-decide", "post"): COORDINATOR,
    ("pool-availability-api", "get"): COORDINATOR,
}
BODIES = {
    ("me-profile", "put"): {
        "home_municipality": "GM0106",
        "local_ties": ["GM0106"],
        "development_wishes": [],
    },
    ("me-competences", "put"): {"levels": {"participatie": 1}},
    ("me-contract", "post"): {"hours": "20", "start": "2026-02-02"},
    ("me-leave", "post"): {"start": "2026-03-02", "end": "2026-03-06"},
    ("competence-claim-decide", "post"): {"approve": True},
}


@pytest.fixture(autouse=True)
def frozen_today():
    with time_machine.travel(date(2026, 1, 5), tick=False):
        yield


@pytest.fixture
def users(pool, coordinator, assen, emmen, member, finance, council):
    return {
        "coordinator": coordinator,
        "assen": assen,
        "emmen": emmen,
        "member": member.user,
        "finance": finance,
        "council": council,
    }


def test_every_endpoint_is_in_the_table():
    assert {p.name for p in matching_api.urlpatterns} == {name for name, _ in TABLE}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,method", sorted(TABLE))
def test_endpoint_access(users, member, role, name, method):
    client = APIClient()
    if role != "anonymous":
        client.force_authenticate(users[role])
    kwargs = {}
    if name == "me-leave-detail":
        kwargs = {
            "pk": LeavePeriod.objects.create(member=member, start=date(2026, 2, 2), end=date(2026, 2, 6)).pk
        }
    if name == "competence-claim-decide":
        from flexpool.pool.models import Competence

        claim = CompetenceClaim.objects.create(
            member=member, competence=Competence.objects.get(code="warmtenetten"), level=2
        )
        kwargs = {"pk": claim.pk}
    response = getattr(client, method)(
        reverse(f"api:{name}", kwargs=kwargs), BODIES.get((name, method), {}), format="json"
    )
    if role in TABLE[(name, method)]:
        assert 200 <= response.status_code < 300, (role, name, method, response.status_code, response.content)
    else:
        assert response.status_code in (401, 403, 404), (role, name, method, response.status_code)


def test_member_flow_through_the_api(users, member):
    client = APIClient()
    client.force_authenticate(users["member"])
    profile = client.put(
        reverse("api:me-competences"), {"levels": {"projectleiding": 4}}, format="json"
    ).json()
    assert {"competence": "projectleiding", "validated_level": 3, "pending_level": 4} in profile[
        "competences"
    ]
    bad = client.post(reverse("api:me-leave"), {"start": "2026-03-06", "end": "2026-03-02"}, format="json")
    assert bad.status_code == 400 and "end" in bad.json()["errors"]
    ok = client.post(reverse("api:me-leave"), {"start": "2026-01-12", "end": "2026-01-16"}, format="json")
    assert ok.status_code == 201
    weeks = client.get(reverse("api:me-availability")).json()
    assert (
        weeks[1]["week"] == "2026-W03" and weeks[1]["capacity"] == "0.0" and weeks[1]["leave_hours"] == "24.0"
    )
    link = client.post(reverse("api:me-calendar-link")).json()["url"]
    assert APIClient().get(link).status_code == 200


def test_coordinator_grid_filters(users, member, pool):
    client = APIClient()
    client.force_authenticate(users["coordinator"])
    rows = client.get(reverse("api:pool-availability-api"), {"competence": "projectleiding"}).json()
    assert [r["member"] for r in rows] == [member.name] and len(rows[0]["weeks"]) == 12
    assert client.get(reverse("api:pool-availability-api"), {"competence": "juridisch"}).json() == []
    bad = client.get(reverse("api:pool-availability-api"), {"from": "morgen"})
    assert bad.status_code == 400 and "from" in bad.json()["errors"]
