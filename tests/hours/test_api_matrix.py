"""Every hours, settlement and report API operation for every role, with a second pool's coordinator.

A role outside the set gets 401, 403 or 404; the Groningen coordinator never reaches Drenthe's rows.
"""

import pytest
from rest_framework.test import APIClient

ROLES = ["anonymous", "coordinator", "assen", "emmen", "member", "finance", "council", "other_coordinator"]
# (url name, method) -> roles that get a 2xx. Lists answer 200 with only the rows in scope.
TABLE = {
    ("hours-entry-list", "get"): {"coordinator", "assen", "emmen", "member", "finance", "other_coordinator"},
    ("hours-entry-list", "post"): {"member"},
    ("hours-entry-detail", "get"): {"coordinator", "assen", "member", "finance"},
    ("hours-entry-approve", "post"): {"assen"},
    ("hours-entry-reject", "post"): {"assen"},
    ("hours-settlement-list", "get"): {"coordinator", "assen", "emmen", "finance", "other_coordinator"},
    ("hours-settlement-detail", "get"): {"coordinator", "assen", "emmen", "finance"},
    ("hours-report", "get"): {"coordinator", "assen", "finance", "council"},
}


def call(world, role, name, method):
    users = world["users"] | {"other_coordinator": world["other_coordinator"]}
    client = APIClient()
    if role != "anonymous":
        client.force_authenticate(users[role])
    pending, settlement, assignment = world["pending"], world["settlement"], world["assignment"]
    url, body = {
        "hours-entry-list": (
            "/api/v1/hours/",
            {"assignment": assignment.pk, "week": "2026-02-09", "hours": "8"},
        ),
        "hours-entry-detail": (f"/api/v1/hours/{pending.pk}/", {}),
        "hours-entry-approve": (f"/api/v1/hours/{pending.pk}/approve/", {}),
        "hours-entry-reject": (f"/api/v1/hours/{pending.pk}/reject/", {"reason": "Week klopt niet."}),
        "hours-settlement-list": ("/api/v1/settlements/", {}),
        "hours-settlement-detail": (f"/api/v1/settlements/{settlement.pk}/", {}),
        "hours-report": ("/api/v1/reports/GM0106/?jaar=2026", {}),
    }[name]
    return getattr(client, method)(url, body, format="json") if method == "post" else client.get(url)


@pytest.fixture
def world(settled_world, other_coordinator):
    return settled_world | {"other_coordinator": other_coordinator}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,method", sorted(TABLE))
def test_operation_access(world, role, name, method):
    response = call(world, role, name, method)
    if role in TABLE[(name, method)]:
        assert 200 <= response.status_code < 300, (role, name, method, response.status_code)
    else:
        assert response.status_code in (401, 403, 404), (role, name, method, response.status_code)


@pytest.mark.parametrize("name", ["hours-entry-list", "hours-settlement-list"])
def test_another_pools_coordinator_reads_no_rows(world, name):
    response = call(world, "other_coordinator", name, "get")
    assert response.status_code == 200 and response.json()["count"] == 0
