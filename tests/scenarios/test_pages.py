"""The workshop pages: who may open and run them, the results page, downloads, and query counts."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from flexpool.scenarios import services
from flexpool.scenarios.models import Workshop
from tests import builders


def _client(user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def test_anonymous_is_sent_to_login(workshop):
    for url in (reverse("workshop-list"), reverse("workshop-detail", args=[workshop.pk])):
        response = _client().get(url)
        assert response.status_code == 302 and "/inloggen/" in response["Location"]


# Who may open the pages of the Drenthe workshop (its pool is the Drenthe pool, region ES03).
# The Groningen coordinator (pool in ES01) gets 404: for it the workshop does not exist.
ROLE_MATRIX = {
    "coordinator": 200,
    "assen": 200,
    "council": 200,
    "finance": 200,
    "other_coordinator": 404,
    "member": 403,
}


@pytest.mark.parametrize("role", sorted(ROLE_MATRIX))
def test_role_matrix_of_the_workshop_pages(request, role, finished_run):
    fixture = request.getfixturevalue(role)
    client = _client(getattr(fixture, "user", fixture))
    workshop = finished_run.workshop
    expected = ROLE_MATRIX[role]
    for name, pk in (
        ("workshop-detail", workshop.pk),
        ("workshop-run", finished_run.pk),
        ("workshop-run-csv", finished_run.pk),
        ("workshop-run-pdf", finished_run.pk),
    ):
        assert client.get(reverse(name, args=[pk])).status_code == expected, name
    listing = client.get(reverse("workshop-list"))
    assert listing.status_code == (403 if expected == 403 else 200)
    if expected != 403:
        assert (workshop.name in listing.content.decode()) is (expected == 200)


def test_member_is_refused(workshop, member):
    client = _client(member.user)
    assert client.get(reverse("workshop-list")).status_code == 403
    assert client.get(reverse("workshop-detail", args=[workshop.pk])).status_code == 403


def test_council_may_view_but_not_run(finished_run, council):
    client = _client(council)
    workshop = finished_run.workshop
    assert client.get(reverse("workshop-list")).status_code == 200
    page = client.get(reverse("workshop-detail", args=[workshop.pk]))
    assert page.status_code == 200 and "Doorrekenen" not in page.content.decode()
    assert client.get(reverse("workshop-run", args=[finished_run.pk])).status_code == 200
    assert client.get(reverse("workshop-run-pdf", args=[finished_run.pk])).status_code == 200
    assert client.post(reverse("workshop-list"), {"name": "x", "region": "ES03"}).status_code == 403
    assert client.post(reverse("workshop-detail", args=[workshop.pk]), {}).status_code == 403
    assert (
        client.post(reverse("workshop-next-steps", args=[workshop.pk]), {"next_steps": "x"}).status_code
        == 403
    )


def test_contact_may_run(workshop, assen):
    assert _client(assen).get(reverse("workshop-detail", args=[workshop.pk])).status_code == 200


def test_create_run_and_read_results(coordinator, django_capture_on_commit_callbacks):
    client = _client(coordinator)
    response = client.post(reverse("workshop-list"), {"name": "Atelier Drenthe", "region": "ES03"})
    workshop = Workshop.objects.get(name="Atelier Drenthe")
    assert response["Location"] == reverse("workshop-detail", args=[workshop.pk])
    data = {"replications": "20"}
    for index, scenario in enumerate(services.DEFAULT_SCENARIOS[:3]):
        data |= {
            f"s{index}-include": "1",
            f"s{index}-name": scenario["name"],
            f"s{index}-organisation": scenario["organisation"],
            f"s{index}-share": "50",
            f"s{index}-growth": "3",
        }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("workshop-detail", args=[workshop.pk]), data)
    assert response.status_code == 302
    run = workshop.runs.get()
    assert client.get(f"{reverse('workshop-run', args=[run.pk])}?format=json").json()["finished"] is True
    page = client.get(response["Location"]).content.decode()
    # six metrics, the pool-size curve and the tornado
    assert 'id="comparison"' in page and page.count('role="img"') == 8
    assert "Flexpool, klein starten" in page and "<title" in page
    assert 'id="pool-size-table"' in page and 'id="differences"' in page
    csv_response = client.get(reverse("workshop-run-csv", args=[run.pk]))
    assert csv_response["Content-Type"].startswith("text/csv")
    assert csv_response.content.decode("utf-8-sig").startswith("scenario;maatstaf;jaar;p10;p50;p90")
    machine = client.get(reverse("workshop-run-csv", args=[run.pk]) + "?formaat=machine")
    assert machine.content.decode().startswith("scenario,metric,year,p10,p50,p90")
    response = client.post(
        reverse("workshop-next-steps", args=[workshop.pk]),
        {"next_steps": "Vervolgsessie plannen", "run": run.pk},
    )
    assert response["Location"] == reverse("workshop-run", args=[run.pk])
    workshop.refresh_from_db()
    assert workshop.next_steps == "Vervolgsessie plannen"


def test_form_errors_land_on_the_scenario(workshop, coordinator):
    data = {
        "replications": "20",
        "s0-include": "1",
        "s0-name": "",
        "s0-organisation": "own",
        "s0-share": "100",
    }
    page = _client(coordinator).post(reverse("workshop-detail", args=[workshop.pk]), data).content.decode()
    assert "Kies twee tot vier scenario" in page and "Geef het scenario een naam" in page


@pytest.mark.parametrize("user_fixture", ["coordinator", "council"])
def test_list_queries_do_not_grow_with_rows(request, user_fixture, coordinator):
    user = request.getfixturevalue(user_fixture)
    client = _client(user)

    def make(n):
        for i in range(n):
            services.create_workshop(
                actor=coordinator, name=f"Atelier {i}", municipality_codes=builders.DRENTHE[:2]
            )

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("workshop-list")).status_code == 200
        return len(queries)

    make(2)
    few = count()
    make(18)
    assert count() == few


def test_run_page_polls_while_running(workshop, coordinator):
    from flexpool.core.models import TaskProgress
    from flexpool.scenarios.models import ScenarioRun

    tracker = TaskProgress.objects.create(kind="ontwerpatelier", owner=coordinator)
    run = ScenarioRun.objects.create(workshop=workshop, progress=tracker, scenarios=[])
    client = _client(coordinator)
    page = client.get(reverse("workshop-run", args=[run.pk])).content.decode()
    assert 'id="task-bar"' in page and "?format=json" in page
    assert client.get(f"{reverse('workshop-run', args=[run.pk])}?format=json").json()["finished"] is False
    assert client.get(reverse("workshop-run-pdf", args=[run.pk])).status_code == 409


ROLES = ["anonymous", "coordinator", "assen", "emmen", "member", "finance", "council"]
VIEWERS = {"coordinator", "assen", "emmen", "finance", "council"}
# Who may open each workshop page (GET); anonymous is sent to the login page, others get 403.
PAGES = {
    "workshop-list": VIEWERS,
    "workshop-detail": VIEWERS,
    "workshop-run": VIEWERS,
    "workshop-run-csv": VIEWERS,
    "workshop-run-pdf": VIEWERS,
}
POST_ONLY = {"workshop-next-steps"}


def test_every_page_is_in_the_table():
    from flexpool.scenarios import urls

    assert {p.name for p in urls.urlpatterns} == set(PAGES) | POST_ONLY


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_access(finished_run, role, name, coordinator, assen, emmen, member, finance, council):
    users = {"coordinator": coordinator, "assen": assen, "emmen": emmen, "member": member.user,
             "finance": finance, "council": council}  # fmt: skip
    args = (
        []
        if name == "workshop-list"
        else [finished_run.workshop.pk if name == "workshop-detail" else finished_run.pk]
    )
    response = _client(users.get(role)).get(reverse(name, args=args))
    if role in PAGES[name]:
        assert response.status_code == 200, (role, name, response.status_code)
    elif role == "anonymous":
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    else:
        assert response.status_code in (403, 404), (role, name, response.status_code)


def test_start_small_with_the_willing_from_the_form(coordinator, django_capture_on_commit_callbacks):
    client = _client(coordinator)
    client.post(reverse("workshop-list"), {"name": "Atelier Drenthe", "region": "ES03"})
    workshop = Workshop.objects.get(name="Atelier Drenthe")
    form = client.get(reverse("workshop-detail", args=[workshop.pk])).content.decode()
    # "start small" is offered with the willing ticked: the largest, Emmen, starts; De Wolden joins later
    assert 'name="s2-founders" value="GM0114" checked' in form
    assert 'name="s2-founders" value="GM1690" >' in form or 'name="s2-founders" value="GM1690">' in form
    assert 'id="service_level"' in form
    data = {"replications": "20", "service_level": "80"}
    for index, (name, organisation) in enumerate([("Groot", "flexpool"), ("Klein", "flexpool")]):
        data |= {
            f"s{index}-include": "1",
            f"s{index}-name": name,
            f"s{index}-organisation": organisation,
            f"s{index}-share": "100" if index == 0 else "50",
            f"s{index}-growth": "0" if index == 0 else "4",
            f"s{index}-join": "4",
        }
    data["s1-founders"] = ["GM0106", "GM0114"]  # Assen and Emmen start, the others join in year 4
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("workshop-detail", args=[workshop.pk]), data)
    run = workshop.runs.get()
    assert run.scenarios[0]["founders"] == [] and run.scenarios[1]["founders"] == ["GM0106", "GM0114"]
    assert run.scenarios[1]["late_join_after_years"] == 4 and run.service_level == 0.8
    page = client.get(response["Location"]).content.decode()
    assert "2 gemeenten beginnen, de andere sluiten na 4 jaar aan" in page
    assert "Verschil met Groot" in page


def test_wrong_join_year_and_service_level_are_named(workshop, coordinator):
    data = {"replications": "20", "service_level": "120"}
    for index in range(2):
        data |= {
            f"s{index}-include": "1",
            f"s{index}-name": f"S{index}",
            f"s{index}-organisation": "flexpool",
            f"s{index}-share": "100",
            f"s{index}-growth": "0",
            f"s{index}-join": "0" if index == 1 else "3",
        }
    data["s1-founders"] = ["GM0106"]
    response = _client(coordinator).post(reverse("workshop-detail", args=[workshop.pk]), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Aansluiten na 1 tot 20 jaar." in page and 'id="s1-join_errors"' in page
    assert not workshop.runs.exists()
