"""The request flow through the REST API, with per-field errors and scoping."""

from datetime import date
from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from flexpool.demand.lifecycle import RequestStatus
from tests import builders


def api(user=None):
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


BODY = {
    "title": "Projectleider warmtenet Assen-Noord",
    "description": "Haalbaarheid en participatie.",
    "hours_per_week": "12.0",
    "start": "2026-02-02",
    "end": "2026-08-28",
    "required_competences": [{"competence": "projectleiding", "min_level": 2}],
    "submit": True,
}


def test_whole_flow(pool, coordinator, assen, emmen, member):
    response = api(assen).post("/api/v1/requests/", BODY, format="json")
    assert response.status_code == 201, response.json()
    pk = response.json()["id"]
    assert response.json()["status"] == RequestStatus.SUBMITTED
    assert response.json()["allowed_actions"] == ["intrekken"]

    assert api(coordinator).post(f"/api/v1/requests/{pk}/intake/").json()["status"] == "in_behandeling"
    proposed = api(coordinator).post(
        f"/api/v1/requests/{pk}/propose/",
        {"candidates": [{"member": member.pk, "hours_per_week": "12.0", "motivation": "Kent Assen."}]},
        format="json",
    )
    assert proposed.status_code == 200, proposed.json()
    assert api(emmen).get(f"/api/v1/requests/{pk}/").status_code == 404
    assert api(emmen).post(f"/api/v1/requests/{pk}/accept/").status_code == 404
    assert pk not in [r["id"] for r in api(emmen).get("/api/v1/requests/").json()["results"]]
    seen = api(assen).get(f"/api/v1/requests/{pk}/").json()
    assert seen["proposals"][0]["member_name"] == member.name
    assert seen["proposals"][0]["motivation"] == "Kent Assen."
    assert api(assen).post(f"/api/v1/requests/{pk}/accept/").json()["status"] == "geaccepteerd"
    assignment = api(member.user).get("/api/v1/assignments/").json()["results"][0]
    confirmed = api(member.user).post(f"/api/v1/assignments/{assignment['id']}/confirm/")
    assert confirmed.json()["status"] == "lopend"
    trail = api(assen).get("/api/v1/audit/").json()["results"]
    assert {"vraag.indienen", "voorstel.gedaan", "vraag.accepteren", "inzet.bevestigen"} <= {
        r["action"] for r in trail
    }
    assert api(emmen).get("/api/v1/audit/").json()["count"] == 0


def test_bad_input_gets_a_message_per_field(pool, assen):
    body = {
        **BODY,
        "start": "2026-05-01",
        "end": "2026-04-01",
        "hours_per_week": "60",
        "required_competences": [{"competence": "bestaat-niet", "min_level": 2}],
    }
    response = api(assen).post("/api/v1/requests/", body, format="json")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert {"end", "hours_per_week", "required_competences"} <= set(errors)
    assert "bestaat-niet" in errors["required_competences"][0]
    response = api(assen).post("/api/v1/requests/", {**BODY, "municipality": "GM9999"}, format="json")
    assert response.status_code == 400 and "municipality" in response.json()["errors"]


def test_proposal_over_contract_and_stale_version(pool, coordinator, assen):
    small = builders.make_member(pool, "Fictief Klein Contract", hours="8")
    request = builders.make_request(pool, assen, submit=False)
    stale = {**BODY, "version": request.version}
    assert api(assen).patch(f"/api/v1/requests/{request.pk}/", stale, format="json").status_code == 200
    response = api(assen).patch(f"/api/v1/requests/{request.pk}/", stale, format="json")
    assert response.status_code == 400 and "version" in response.json()["errors"]
    api(assen).post(f"/api/v1/requests/{request.pk}/submit/")
    api(coordinator).post(f"/api/v1/requests/{request.pk}/intake/")
    response = api(coordinator).post(
        f"/api/v1/requests/{request.pk}/propose/",
        {"candidates": [{"member": small.pk, "hours_per_week": "12.0"}]},
        format="json",
    )
    assert response.status_code == 400
    assert "contract van 8" in " ".join(response.json()["errors"]["member"])


def test_open_data_without_login(db):
    assert api().get("/api/v1/municipalities/?region=ES03").json()["count"] == 12
    assen = api().get("/api/v1/municipalities/GM0106/").json()
    assert (assen["name"], assen["region"], assen["population"]) == ("Assen", "ES03", 70392)
    assert api().get("/api/v1/regions/").json()["count"] == 30
    assert api().get("/api/v1/schema/").status_code == 200


def test_personal_data_only_for_coordinator_and_self(pool, coordinator, finance, member):
    for_finance = api(finance).get(f"/api/v1/members/{member.pk}/").json()
    assert "email" not in for_finance and "leave" not in for_finance
    assert "email" in api(coordinator).get(f"/api/v1/members/{member.pk}/").json()
    assert "email" in api(member.user).get(f"/api/v1/members/{member.pk}/").json()
    other = builders.make_member(pool, "Fictief Ander Lid")
    assert api(member.user).get(f"/api/v1/members/{other.pk}/").status_code == 404


def test_member_load(pool, coordinator, member):
    weeks = api(coordinator).get(f"/api/v1/members/{member.pk}/load/?from=2026-03-02&weeks=4").json()
    assert [w["week"] for w in weeks] == ["2026-W10", "2026-W11", "2026-W12", "2026-W13"]
    assert all(Decimal(w["capacity"]) == member.contract_hours for w in weeks)
    bad = api(coordinator).get(f"/api/v1/members/{member.pk}/load/?from=gisteren")
    assert bad.status_code == 400


@pytest.mark.parametrize(
    "endpoint", ["/api/v1/requests/", "/api/v1/assignments/", "/api/v1/members/", "/api/v1/audit/"]
)
def test_list_queries_do_not_grow(pool, coordinator, assen, endpoint, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from flexpool.demand import services as demand_services
    from flexpool.demand.lifecycle import RequestAction
    from flexpool.matching import services as matching

    def add(n):
        for i in range(n):
            member = builders.make_member(pool, f"Fictief Lid {n}-{i}")
            request = builders.make_request(pool, assen, start=date(2026, 1, 5))
            demand_services.transition(
                actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE
            )
            matching.propose(
                actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
            )

    client = api(coordinator)
    counts = []
    for n in (10, 90):
        add(n)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(endpoint).status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1], counts
