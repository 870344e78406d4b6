"""Every page for every role: allowed or denied, and the flow through the pages."""

from decimal import Decimal
from importlib import import_module

import pytest
from django.urls import reverse

from flexpool.demand import services as demand_services
from flexpool.demand.lifecycle import RequestAction
from flexpool.matching import services as matching
from flexpool.matching.models import Assignment
from tests import builders
from tests.aria import missing_aria_targets
from tests.builders import client_for

# The apps whose pages this table covers; hours, reports and knowledge have tables of their own.
SHELL_AND_CORE_APPS = ("web", "core", "regions", "pool", "matching", "demand", "imports")
# "other_coordinator" coordinates a second pool in another region: Drenthe's rows are not its business.
ROLES = ["anonymous", "coordinator", "assen", "emmen", "member", "finance", "council", "other_coordinator"]
# Which role may open each page (GET). "login" means: anonymous is sent to the login page.
PAGES = {
    "dashboard": {"coordinator", "assen", "emmen", "member", "finance", "council", "other_coordinator"},
    "login": set(ROLES),
    "request-list": {"coordinator", "assen", "emmen", "finance", "other_coordinator"},
    "request-create": {"assen", "emmen"},
    "request-detail": {"coordinator", "assen", "member", "finance"},
    "request-edit": {"assen"},
    "request-propose": {"coordinator"},
    "intake": {"coordinator", "other_coordinator"},
    "pool-overview": {"coordinator", "finance", "other_coordinator"},
    "my-profile": {"member"},
    "municipalities": set(ROLES),
    "import": {"coordinator", "other_coordinator"},
    "planning": {"coordinator", "other_coordinator"},
    "planning-detail": {"coordinator"},
    "task-progress": {"coordinator"},
    "memberships": {"coordinator", "other_coordinator"},
    # Setting up pools: a coordinator its own pool's settings; a new pool only the administrator
    # (a superuser, not one of these roles: tests/pool/test_pool_setup.py).
    "pool-setup-list": {"coordinator", "other_coordinator"},
    "pool-create": set(),
    "pool-edit": {"coordinator"},
    # Members' self-service and the coordinator's validation and availability pages (their flows are
    # in tests/matching/test_selfservice_pages.py; the calendar feed, opened with its secret, too).
    "profile-edit": {"member"},
    "my-availability": {"member"},
    "competence-claims": {"coordinator", "other_coordinator"},
    "pool-availability": {"coordinator", "other_coordinator"},
    # The secret link is the key (calendar programs do not log in): any role, with the member's link.
    "calendar-feed": set(ROLES),
}
POST_ONLY = {
    "logout",
    "request-action",
    "assignment-action",
    "planning-send",
    "membership-tier",
    "membership-leave",
    "engagement-end",
    "leave-remove",
    "calendar-link",
}


@pytest.fixture
def world(pool, coordinator, assen, emmen, member, finance, council, other_coordinator):
    request = builders.make_request(pool, assen)
    demand_services.transition(actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE)
    matching.propose(
        actor=coordinator, request=request, candidates=[matching.Candidate(member, Decimal("16"))]
    )
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


def page_url(name, request, users=None):
    if name == "calendar-feed":
        from flexpool.pool.services import renew_calendar_link

        member = users["member"].pool_member
        return reverse(name, args=[renew_calendar_link(actor=users["member"], member=member).token])
    if name in {"request-detail", "request-edit", "request-propose"}:
        return reverse(name, args=[request.pk])
    if name == "pool-edit":
        return reverse(name, args=[request.pool_id])
    if name == "planning-detail":
        from flexpool.core.models import TaskProgress
        from flexpool.matching.models import BatchPlan

        tracker = TaskProgress.objects.create(kind="poolplanning", owner=users["coordinator"])
        plan = BatchPlan.objects.create(pool=request.pool, created_by=users["coordinator"], progress=tracker)
        return reverse(name, args=[plan.pk])
    if name == "task-progress":
        from flexpool.core.models import TaskProgress

        progress = TaskProgress.objects.create(kind="import", owner=users["coordinator"])
        return reverse(name, args=[progress.pk])
    return reverse(name)


def test_every_page_is_in_the_table():
    from tests.matching import test_extensions  # the extension pages of matching have their own table

    names = {p.name for app in SHELL_AND_CORE_APPS for p in import_module(f"flexpool.{app}.urls").urlpatterns}
    names -= set(test_extensions.PAGES) | test_extensions.POST_ONLY
    assert names == set(PAGES) | POST_ONLY


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_access(world, role, name):
    request, users = world
    if name == "request-edit":
        # Editing is possible while the request is not yet in intake.
        request = builders.make_request(request.pool, users["assen"], submit=False)
    response = client_for(role, users).get(page_url(name, request, users))
    if role in PAGES[name]:
        assert response.status_code == 200, (role, name, response.status_code)
        if response.get("Content-Type", "").startswith("text/html"):
            assert missing_aria_targets(response.content.decode()) == [], (role, name)
    elif role == "anonymous":
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    else:
        assert response.status_code in (403, 404), (role, name, response.status_code)


def test_flow_through_pages(pool, coordinator, assen, emmen, member):
    contact = client_for("assen", {"assen": assen})
    response = contact.post(
        reverse("request-create"),
        builders.request_form_data(
            title="Projectleider Transitievisie Warmte", description="Herijking van de TVW."
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    pk = int(response["Location"].rstrip("/").split("/")[-1])
    coord = client_for("coordinator", {"coordinator": coordinator})
    coord.post(reverse("request-action", args=[pk, "in_behandeling_nemen"]))
    response = coord.post(
        reverse("request-propose", args=[pk]),
        {"member": member.pk, "hours_per_week": "12", "motivation": "Kent Assen goed."},
    )
    assert response.status_code == 302
    other = client_for("emmen", {"emmen": emmen})
    assert other.get(reverse("request-detail", args=[pk])).status_code == 404
    assert other.post(reverse("request-action", args=[pk, "accepteren"])).status_code == 404
    page = contact.get(reverse("request-detail", args=[pk])).content.decode()
    assert "Kent Assen goed." in page and member.name in page
    contact.post(reverse("request-action", args=[pk, "accepteren"]))
    assignment = Assignment.objects.get(request_id=pk)
    own = client_for("member", {"member": member.user})
    own.post(reverse("assignment-action", args=[assignment.pk, "bevestigen"]))
    page = contact.get(reverse("request-detail", args=[pk])).content.decode()
    assert "Lopend" in page
    for step in [
        "diende de vraag in: concept → ingediend",
        "nam de vraag in behandeling: ingediend → in behandeling",
        "stelde een poollid voor",
        "accepteerde het voorstel: voorgesteld → geaccepteerd",
        "bevestigde de inzet",
        "liet het werk beginnen",
    ]:
        assert step in page


def test_form_shows_a_message_per_field(pool, assen):
    contact = client_for("assen", {"assen": assen})
    response = contact.post(
        reverse("request-create"),
        {
            "title": "X",
            "description": "Y",
            "hours_per_week": "12",
            "start": "2026-05-01",
            "end": "2026-04-01",
            "priority": "2",
            "competence_1": "bestaat-niet",
            "level_1": "2",
            "level_2": "2",
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "competence_1" in form.errors


def test_service_error_lands_on_the_field(pool, assen):
    contact = client_for("assen", {"assen": assen})
    response = contact.post(
        reverse("request-create"),
        {
            "title": "X",
            "description": "Y",
            "hours_per_week": "12",
            "start": "2026-05-01",
            "end": "2026-04-01",
            "priority": "2",
            "competence_1": "projectleiding",
            "level_1": "2",
            "level_2": "2",
        },
    )
    assert "vóór de startdatum" in response.context["form"].errors["end"][0]


def test_reference_data_is_open(client, db):
    response = client.get(reverse("municipalities") + "?regio=ES03")
    assert response.status_code == 200
    assert response.context["rows"].count() == 12
    assert "Assen" in response.content.decode()


def _count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "name,role",
    [
        ("request-list", "assen"),
        ("pool-overview", "coordinator"),
        ("dashboard", "coordinator"),
        ("dashboard", "assen"),
        ("intake", "coordinator"),
        ("audit-log", "coordinator"),
        ("my-profile", "member"),
    ],
)
def test_queries_do_not_grow_with_rows(pool, coordinator, assen, member, name, role):
    users = {"coordinator": coordinator, "assen": assen, "member": member.user}
    client = client_for(role, users)

    def add(n):
        for i in range(n):
            builders.make_member(pool, f"Fictief Lid {name} {i}-{n}")
            request = builders.make_request(pool, assen, title=f"Vraag {i}")
            if i % 2 == 0:
                demand_services.transition(
                    actor=coordinator, request=request, action=RequestAction.TAKE_INTO_INTAKE
                )

    add(10)
    small = _count_queries(client, reverse(name))
    add(90)
    large = _count_queries(client, reverse(name))
    assert large == small, (name, small, large)
