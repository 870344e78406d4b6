"""Evaluation after completion: each paying municipality rates the work once; the report shows averages."""

from datetime import date

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from flexpool.core.errors import NotAllowed, ValidationError
from flexpool.core.models import AuditRecord
from flexpool.demand.lifecycle import RequestStatus
from flexpool.evaluations import services
from flexpool.evaluations.models import Evaluation
from flexpool.matching import services as matching
from flexpool.notifications.kinds import Kind
from flexpool.notifications.models import Notification
from tests import builders
from tests.builders import client_for
from tests.hours.helpers import running_assignment

ROLES = ["anonymous", "coordinator", "assen", "emmen", "member", "finance", "council", "other_coordinator"]
PAGES = {
    "evaluation-list": {"coordinator", "assen", "emmen", "other_coordinator"},
    "evaluation-create": {"assen", "emmen"},
}
POST_ONLY: set[str] = set()
TABLE = {
    ("evaluation-list", "get"): {"coordinator", "assen", "emmen", "other_coordinator"},
    ("evaluation-list", "post"): {"assen", "emmen"},
    ("evaluation-detail", "get"): {"coordinator", "assen"},
}
GOOD = services.Scores(result=4, cooperation=5, again=5, went_well="Snel en helder.", could_be_better="")


def completed(pool, coordinator, contact, member, **kwargs):
    assignment = running_assignment(pool, coordinator, contact, member, **kwargs)
    return matching.complete_request(actor=coordinator, request=assignment.request)


@pytest.fixture
def world(pool, coordinator, assen, emmen, member, finance, council, other_coordinator):
    own = completed(pool, coordinator, assen, member, hours_per_week="8", title="Alleen Assen")
    evaluation = services.write_evaluation(actor=assen, request=own, scores=GOOD)
    shared = completed(
        pool, coordinator, assen, member, hours_per_week="8", title="Samen met Emmen",
        shares=[("GM0106", 50), ("GM0114", 50)],
    )  # fmt: skip
    users = {
        "coordinator": coordinator, "assen": assen, "emmen": emmen, "member": member.user,
        "finance": finance, "council": council, "other_coordinator": other_coordinator,
    }  # fmt: skip
    return {"own": own, "shared": shared, "evaluation": evaluation, "users": users}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_access(world, role, name):
    args = [world["shared"].pk] if name == "evaluation-create" else []
    response = client_for(role, world["users"]).get(reverse(name, args=args))
    if role in PAGES[name]:
        assert response.status_code == 200, (role, name, response.status_code)
    elif role == "anonymous":
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    else:
        assert response.status_code in (403, 404), (role, name, response.status_code)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,method", sorted(TABLE))
def test_api_access(world, role, name, method):
    client = APIClient()
    if role != "anonymous":
        client.force_authenticate(world["users"][role])
    if name == "evaluation-detail":
        response = client.get(f"/api/v1/evaluations/{world['evaluation'].pk}/")
    elif method == "get":
        response = client.get("/api/v1/evaluations/")
    else:
        body = {"request": world["shared"].pk, "result": 3, "cooperation": 4, "again": 4}
        response = client.post("/api/v1/evaluations/", body, format="json")
    if role in TABLE[(name, method)]:
        assert 200 <= response.status_code < 300, (role, name, method, response.content[:300])
    else:
        assert response.status_code in (400, 401, 403, 404), (role, name, method, response.status_code)
        assert not Evaluation.objects.filter(request=world["shared"]).exists()


def test_completion_asks_every_paying_municipality(world):
    asked = Notification.objects.filter(kind=Kind.EVALUATION_ASKED, link__contains=f"/{world['shared'].pk}/")
    assert set(asked.values_list("recipient__username", flat=True)) == {"assen", "emmen"}
    dashboard = client_for("emmen", world["users"]).get(reverse("dashboard")).content.decode()
    assert "Samen met Emmen is afgerond: hoe ging het?" in dashboard


def test_evaluate_through_the_page_once_per_municipality(world):
    client = client_for("emmen", world["users"])
    url = reverse("evaluation-create", args=[world["shared"].pk])
    answer = client.post(url, {"result": "4", "cooperation": "3", "again": "5", "went_well": "Goed contact."})
    assert answer.status_code == 302
    made = Evaluation.objects.get(request=world["shared"], municipality__code="GM0114")
    assert (made.result, made.cooperation, made.again) == (4, 3, 5)
    assert AuditRecord.objects.filter(action="evaluatie.geschreven", object_id=str(made.pk)).exists()
    again = client.post(url, {"result": "1", "cooperation": "1", "again": "1"})
    assert "Emmen heeft deze vraag al geëvalueerd." in again.content.decode()
    assert Evaluation.objects.filter(request=world["shared"]).count() == 1


def test_a_municipality_not_party_cannot_evaluate(world):
    outsider = builders.make_contact("GM0109", "beilen")
    with pytest.raises(NotAllowed):
        services.write_evaluation(actor=outsider, request=world["shared"], scores=GOOD)
    api = APIClient()
    api.force_authenticate(outsider)
    body = {"request": world["shared"].pk, "result": 5, "cooperation": 5, "again": 5}
    assert api.post("/api/v1/evaluations/", body, format="json").status_code == 404
    assert not Evaluation.objects.filter(request=world["shared"]).exists()


def test_only_completed_work_is_evaluated(pool, coordinator, assen, member):
    running = running_assignment(pool, coordinator, assen, member, hours_per_week="8")
    assert running.request.status == RequestStatus.RUNNING
    with pytest.raises(ValidationError):
        services.write_evaluation(actor=assen, request=running.request, scores=GOOD)


def test_report_shows_averages_and_never_names_persons(world):
    emmen = world["users"]["emmen"]
    services.write_evaluation(
        actor=emmen, request=world["shared"], scores=services.Scores(result=2, cooperation=3, again=3)
    )
    year = date.today().year
    page = client_for("emmen", world["users"]).get(
        reverse("report-detail", args=["GM0114"]) + f"?jaar={year}"
    )
    html = page.content.decode()
    assert 'id="report-evaluations"' in html
    section = html.split('id="report-evaluations"')[1].split("</div>")[0]
    assert "3,0 van 5" in section  # pool: (4 + 2) / 2 for the result
    assert "Fictief Poollid" not in section and "Snel en helder" not in section
    api = APIClient()
    api.force_authenticate(emmen)
    figures = api.get(f"/api/v1/reports/GM0114/?jaar={year}").json()["evaluations"]
    assert figures["pool"] == {"count": 2, "result": "3.0", "cooperation": "4.0", "again": "4.0"}
    assert figures["municipality"]["count"] == 1
    # Emmen does not read Assen's evaluation row by row.
    assert api.get("/api/v1/evaluations/").json()["count"] == 1


def test_list_queries_do_not_grow_with_rows(world, pool, coordinator, assen, member):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for("coordinator", world["users"])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("evaluation-list")).status_code == 200
        return len(captured)

    one = queries()
    for n in range(3):
        request = completed(pool, coordinator, assen, member, hours_per_week="2", title=f"Klus {n}")
        services.write_evaluation(actor=assen, request=request, scores=GOOD)
    assert Evaluation.objects.count() == 4
    assert queries() == one
