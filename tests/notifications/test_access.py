"""Every page and API operation of notifications and conversations, for every role."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from flexpool.conversations import api_urls as conversation_api
from flexpool.conversations import urls as conversation_urls
from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.matching import services as matching
from flexpool.notifications import api_urls as notification_api
from flexpool.notifications import urls as notification_urls
from flexpool.notifications.kinds import Kind
from flexpool.notifications.services import notify
from tests import builders

# "other_coordinator" coordinates a second pool in another region.
ROLES = ["anonymous", "coordinator", "assen", "emmen", "member", "finance", "council", "other_coordinator"]
LOGGED_IN = set(ROLES) - {"anonymous"}
# The conversation: the paying municipality (Assen), the coordinator and the accepted member.
PARTICIPANTS = {"coordinator", "assen", "member"}
PAGES = {
    "inbox": LOGGED_IN,
    "notification-preferences": LOGGED_IN,
    "notification-open": LOGGED_IN,  # each opens their own
    "conversation": PARTICIPANTS,
}
POST_ONLY = {"notification-read-all"}
TABLE = {
    ("notification-list", "get"): LOGGED_IN,
    ("notification-detail", "get"): LOGGED_IN,
    ("notification-read", "post"): LOGGED_IN,
    ("notification-preferences-api", "get"): LOGGED_IN,
    ("notification-preferences-api", "put"): LOGGED_IN,
    ("request-messages", "get"): PARTICIPANTS,
    ("request-messages", "post"): PARTICIPANTS,
}


@pytest.fixture
def world(pool, coordinator, assen, emmen, member, finance, council, other_coordinator):
    request = builders.make_request(pool, assen)
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
    matching.accept_proposal(actor=assen, request=request)
    users = {
        "coordinator": coordinator,
        "assen": assen,
        "emmen": emmen,
        "member": member.user,
        "finance": finance,
        "council": council,
        "other_coordinator": other_coordinator,
    }
    return request, users


def own_notification(users, role):
    user = users.get(role) or users["coordinator"]
    [notification] = notify(
        kind=Kind.REPLY, recipients=[user], params={"author": "X", "request": "Y"}, link="/"
    )
    return notification


def test_every_page_and_endpoint_is_in_the_table():
    pages = {p.name for p in notification_urls.urlpatterns} | {p.name for p in conversation_urls.urlpatterns}
    assert pages == set(PAGES) | POST_ONLY
    routes = {p.name for p in notification_api.urlpatterns} | {p.name for p in conversation_api.urlpatterns}
    routes |= {p.name for p in notification_api.router.urls}
    assert routes == {name for name, _ in TABLE}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_access(world, role, name):
    request, users = world
    args = []
    if name == "conversation":
        args = [request.pk]
    elif name == "notification-open":
        args = [own_notification(users, role).pk]
    client = Client()
    if role != "anonymous":
        client.force_login(users[role])
    response = client.get(reverse(name, args=args))
    if role in PAGES[name]:
        assert response.status_code in (200, 302), (role, name, response.status_code)
        if name == "notification-open":
            assert response["Location"] == "/"
    elif role == "anonymous":
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    else:
        assert response.status_code in (403, 404), (role, name, response.status_code)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,method", sorted(TABLE))
def test_api_access(world, role, name, method):
    request, users = world
    client = APIClient()
    if role != "anonymous":
        client.force_authenticate(users[role])
    kwargs, body = {}, {}
    if name in {"notification-detail", "notification-read"}:
        kwargs = {"pk": own_notification(users, role).pk}
    if name == "request-messages":
        kwargs = {"pk": request.pk}
        body = {"body": "Wanneer kan de eerste afspraak zijn?"}
    if name == "notification-preferences-api" and method == "put":
        body = {"language": "en", "deliveries": {}}
    response = getattr(client, method)(reverse(f"api:{name}", kwargs=kwargs), body, format="json")
    if role in TABLE[(name, method)]:
        assert 200 <= response.status_code < 300, (role, name, method, response.status_code, response.content)
    else:
        assert response.status_code in (401, 403, 404), (role, name, method, response.status_code)


def test_someone_elses_notification_is_not_found(world):
    _request, users = world
    theirs = own_notification(users, "assen")
    client = Client()
    client.force_login(users["emmen"])
    assert client.get(reverse("notification-open", args=[theirs.pk])).status_code == 404
    api = APIClient()
    api.force_authenticate(users["emmen"])
    assert api.post(reverse("api:notification-read", kwargs={"pk": theirs.pk})).status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_member_who_dropped_out_leaves_the_conversation(world):
    request, users = world
    assignment = request.assignments.get()
    matching.decline_assignment(actor=users["member"], assignment=assignment, reason="Andere klus")
    client = Client()
    client.force_login(users["member"])
    assert client.get(reverse("conversation", args=[request.pk])).status_code == 404


def test_header_counts_unread_and_opening_marks_read(world):
    request, users = world
    client = Client()
    client.force_login(users["coordinator"])
    page = client.get(reverse("inbox")).content.decode()
    # Submitted (by Assen) and nothing else for the coordinator.
    assert 'class="fp-count">1<' in page
    assert "Assen heeft een nieuwe vraag ingediend: Projectleider wijkaanpak" in page
    notification = users["coordinator"].notifications.get()
    response = client.get(reverse("notification-open", args=[notification.pk]))
    assert response["Location"] == reverse("request-detail", args=[request.pk])
    assert 'class="fp-count">0<' in client.get(reverse("inbox")).content.decode()


def test_preferences_page_saves_choices_and_rejects_nonsense(world):
    from flexpool.core.models import AuditRecord
    from flexpool.notifications.services import language_of, preferences_of

    _request, users = world
    client = Client()
    client.force_login(users["member"])
    form = client.get(reverse("notification-preferences")).context["form"]
    # A member only sees kinds a member can receive.
    assert set(form.kinds) == {
        "voorstel_geaccepteerd",
        "uren_afgekeurd",
        "uren_ontbreken",
        "competentie_gevalideerd",
        "competentie_afgewezen",
        "genoemd",
        "gesprek_bericht",
        "verlenging_akkoord",
    }
    data = {"language": "en", **{k: "dagelijks" for k in form.kinds}}
    data["uren_ontbreken"] = "uit"
    assert client.post(reverse("notification-preferences"), data).status_code == 302
    assert language_of(users["member"]) == "en"
    assert preferences_of(users["member"])["uren_ontbreken"] == "uit"
    assert preferences_of(users["member"])["genoemd"] == "dagelijks"
    assert AuditRecord.objects.filter(action="meldingen.voorkeuren", actor=users["member"]).exists()
    data["genoemd"] = "elk-uur"
    response = client.post(reverse("notification-preferences"), data)
    assert response.status_code == 422
    assert "genoemd" in response.context["form"].errors


def test_api_preferences_refuse_kinds_of_other_roles(world):
    _request, users = world
    api = APIClient()
    api.force_authenticate(users["member"])
    response = api.put(
        reverse("api:notification-preferences-api"),
        {"language": "nl", "deliveries": {"periode_sluit": "uit"}},
        format="json",
    )
    assert response.status_code == 400
    assert "periode_sluit" in str(response.json())


def test_inbox_queries_do_not_grow_with_rows(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _request, users = world
    client = Client()
    client.force_login(users["assen"])
    counts = []
    for total in (5, 25):
        while users["assen"].notifications.count() < total:
            own_notification(users, "assen")
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(reverse("inbox")).status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]
