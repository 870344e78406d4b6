"""The hours, settlement and report API: permissions per action, scoping, error shape."""

import pytest
from rest_framework.test import APIClient

from flexpool.hours.models import HourEntry


def api(user=None):
    client = APIClient()
    if user:
        client.force_authenticate(user)
    return client


def test_member_posts_hours_and_gets_one_error_shape(settled_world):
    users, assignment = settled_world["users"], settled_world["assignment"]
    member = api(users["member"])
    response = member.post(
        "/api/v1/hours/", {"assignment": assignment.pk, "week": "2026-02-09", "hours": "-2"}
    )
    assert response.status_code == 400
    assert "negatief" in response.json()["errors"]["hours"][0]
    response = member.post(
        "/api/v1/hours/", {"assignment": assignment.pk, "week": "2026-01-26", "hours": "8"}
    )
    assert response.status_code == 400 and "afgesloten" in response.json()["errors"]["week"][0]
    response = api(users["assen"]).post(
        "/api/v1/hours/", {"assignment": assignment.pk, "week": "2026-02-09", "hours": "8"}
    )
    assert response.status_code == 403


def test_contact_approves_through_the_api_once(settled_world):
    users, pending = settled_world["users"], settled_world["pending"]
    assert api(users["emmen"]).post(f"/api/v1/hours/{pending.pk}/approve/").status_code == 404
    assert api(users["coordinator"]).post(f"/api/v1/hours/{pending.pk}/approve/").status_code == 403
    response = api(users["assen"]).post(f"/api/v1/hours/{pending.pk}/approve/")
    assert response.status_code == 200 and response.json()["status"] == "goedgekeurd"
    again = api(users["assen"]).post(f"/api/v1/hours/{pending.pk}/approve/")
    assert again.status_code == 400
    assert HourEntry.objects.get(pk=pending.pk).status == "goedgekeurd"


@pytest.mark.parametrize(
    "role,hours,settlement_lines,report",
    [
        ("coordinator", 4, 6, 200),
        ("finance", 4, 6, 200),
        ("assen", 4, 1, 200),
        ("emmen", 0, 1, 404),
        ("member", 4, None, 403),
        ("council", None, None, 200),
    ],
)
def test_reads_are_scoped(settled_world, role, hours, settlement_lines, report):
    client = api(settled_world["users"][role])
    response = client.get("/api/v1/hours/")
    if hours is None:
        assert response.status_code == 403
    else:
        assert response.json()["count"] == hours
    response = client.get("/api/v1/settlements/")
    if settlement_lines is None:
        assert response.status_code == 403
    else:
        lines = response.json()["results"][0]["lines"]
        assert len(lines) == settlement_lines
        if role == "emmen":
            assert lines[0]["municipality"] == "GM0114"
    response = client.get("/api/v1/reports/GM0106/?jaar=2026")
    assert response.status_code == report
    if report == 200:
        assert response.json()["hours_total"] == "48.00"
        assert response.json()["costs"] == "5184.00"


def test_anonymous_gets_nothing(settled_world):
    assert api().get("/api/v1/hours/").status_code in (401, 403)
    assert api().get("/api/v1/settlements/").status_code in (401, 403)
