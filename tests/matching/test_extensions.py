"""Longer work: extending an assignment with the consent of every paying municipality.

Through the service layer, the pages and the API: lead-only consent leaves the extension waiting, a
municipality not party to the request cannot decide, and an extension that would overbook is refused.
"""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from flexpool.core.errors import NotAllowed, ValidationError
from flexpool.core.models import AuditRecord
from flexpool.matching import services as matching
from flexpool.matching.models import Extension, ExtensionStatus
from flexpool.notifications.kinds import Kind
from flexpool.notifications.models import Notification
from tests import builders
from tests.builders import client_for
from tests.hours.helpers import running_assignment

ROLES = ["anonymous", "coordinator", "assen", "emmen", "member", "finance", "council", "other_coordinator"]
PAGES = {
    "extension-list": {"coordinator", "assen", "emmen", "member", "other_coordinator"},
    "extension-detail": {"coordinator", "assen", "emmen", "member"},
    "extension-create": {"coordinator"},
}
POST_ONLY = {"extension-accept", "extension-decline"}
TABLE = {
    ("assignment-extend", "post"): {"coordinator"},
    ("extension-list", "get"): {"coordinator", "assen", "emmen", "member", "other_coordinator"},
    ("extension-detail", "get"): {"coordinator", "assen", "emmen", "member"},
    ("extension-accept", "post"): {"assen", "emmen"},
    ("extension-decline", "post"): {"assen", "emmen"},
}
SHARES = [("GM0106", Decimal("60")), ("GM0114", Decimal("40"))]
NEW_END = date(2026, 9, 25)


@pytest.fixture
def world(pool, coordinator, assen, emmen, member, finance, council, other_coordinator):
    shared = running_assignment(pool, coordinator, assen, member, shares=SHARES, hours_per_week="16")
    other = running_assignment(pool, coordinator, assen, member, hours_per_week="8", title="Tweede klus")
    extension = matching.request_extension(
        actor=coordinator, assignment=shared, end=NEW_END, reason="De wijkaanpak loopt door."
    )
    users = {
        "coordinator": coordinator, "assen": assen, "emmen": emmen, "member": member.user,
        "finance": finance, "council": council, "other_coordinator": other_coordinator,
    }  # fmt: skip
    return {"shared": shared, "other": other, "extension": extension, "users": users}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_access(world, role, name):
    args = {
        "extension-detail": [world["extension"].pk],
        "extension-create": [world["other"].pk],
    }.get(name, [])
    response = client_for(role, world["users"]).get(reverse(name, args=args))
    if role in PAGES[name]:
        assert response.status_code == 200, (role, name, response.status_code)
    elif role == "anonymous":
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    else:
        assert response.status_code in (403, 404), (role, name, response.status_code)


def _api(world, role, name, method):
    client = APIClient()
    if role != "anonymous":
        client.force_authenticate(world["users"][role])
    extension = world["extension"].pk
    url, body = {
        "assignment-extend": (f"/api/v1/assignments/{world['other'].pk}/extend/", {"end": "2026-08-28"}),
        "extension-list": ("/api/v1/extensions/", {}),
        "extension-detail": (f"/api/v1/extensions/{extension}/", {}),
        "extension-accept": (f"/api/v1/extensions/{extension}/accept/", {}),
        "extension-decline": (f"/api/v1/extensions/{extension}/decline/", {"reason": "Geen budget meer."}),
    }[name]
    return client.get(url) if method == "get" else client.post(url, body, format="json")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,method", sorted(TABLE))
def test_api_access(world, role, name, method):
    response = _api(world, role, name, method)
    if role in TABLE[(name, method)]:
        assert 200 <= response.status_code < 300, (role, name, method, response.content[:300])
    else:
        assert response.status_code in (401, 403, 404), (role, name, method, response.status_code)


def test_lead_only_consent_leaves_the_extension_waiting_for_the_partner(world):
    extension, users, shared = world["extension"], world["users"], world["shared"]
    assert Notification.objects.filter(kind=Kind.EXTENSION_PROPOSED, recipient=users["emmen"]).exists()
    lead = client_for("assen", users)
    assert lead.post(reverse("extension-accept", args=[extension.pk])).status_code == 302
    extension.refresh_from_db()
    shared.refresh_from_db()
    assert extension.status == ExtensionStatus.WAITING and shared.end == date(2026, 6, 26)
    page = client_for("emmen", users).get(reverse("extension-detail", args=[extension.pk])).content.decode()
    assert "Nog 1 gemeente moet beslissen." in page and 'id="extension-accept"' in page
    api = APIClient()
    api.force_authenticate(users["coordinator"])
    assert api.get(f"/api/v1/extensions/{extension.pk}/").json()["waiting_for"] == ["GM0114"]
    # The lead cannot decide twice.
    with pytest.raises(ValidationError):
        matching.accept_extension(actor=users["assen"], extension=extension)

    partner = APIClient()
    partner.force_authenticate(users["emmen"])
    answer = partner.post(f"/api/v1/extensions/{extension.pk}/accept/")
    assert answer.status_code == 200 and answer.json()["status"] == "akkoord"
    shared.refresh_from_db()
    shared.request.refresh_from_db()
    assert shared.end == NEW_END and shared.request.end == NEW_END and shared.member_id
    assert AuditRecord.objects.filter(action="inzet.verlengd", object_id=str(shared.pk)).exists()
    assert AuditRecord.objects.filter(action="vraag.verlengd", object_id=str(shared.request_id)).exists()
    agreed = Notification.objects.filter(kind=Kind.EXTENSION_AGREED).values_list(
        "recipient__username", flat=True
    )
    assert {"flexpooler", "assen", "coordinator"} <= set(agreed)


def test_a_municipality_not_party_to_the_request_cannot_consent(world):
    extension = world["extension"]
    outsider = builders.make_contact("GM0109", "beilen")  # Midden-Drenthe: in the pool, not paying
    with pytest.raises(NotAllowed):
        matching.accept_extension(actor=outsider, extension=extension)
    api = APIClient()
    api.force_authenticate(outsider)
    assert api.post(f"/api/v1/extensions/{extension.pk}/accept/").status_code == 404
    assert (
        client_for("x", {"x": outsider}).post(reverse("extension-accept", args=[extension.pk])).status_code
        == 404
    )


def test_one_partner_declining_ends_the_extension(world):
    extension, users, shared = world["extension"], world["users"], world["shared"]
    client = client_for("emmen", users)
    client.post(reverse("extension-decline", args=[extension.pk]), {"reason": "Ons budget is op."})
    extension.refresh_from_db()
    shared.refresh_from_db()
    assert extension.status == ExtensionStatus.DECLINED and shared.end == date(2026, 6, 26)
    assert Notification.objects.filter(kind=Kind.EXTENSION_DECLINED, recipient=users["coordinator"]).exists()


def test_an_extension_that_would_overbook_is_refused_with_a_clear_message(world, pool, assen, coordinator):
    member = world["shared"].member
    # 20 hours a week from July: with the 8 of the extension that is 28 of the 24-hour contract.
    running_assignment(
        pool, coordinator, assen, member, hours_per_week="20", title="Derde klus",
        start=date(2026, 7, 6), end=date(2026, 12, 18),
    )  # fmt: skip
    client = client_for("coordinator", world["users"])
    page = client.post(
        reverse("extension-create", args=[world["other"].pk]),
        {"end": "2026-08-28", "hours_per_week": "8", "reason": ""},
    )
    assert page.status_code == 200
    assert "Fictief Poollid Een heeft niet genoeg uren vrij in week 28" in page.content.decode()
    assert not Extension.objects.filter(assignment=world["other"]).exists()
    api = APIClient()
    api.force_authenticate(world["users"]["coordinator"])
    answer = api.post(
        f"/api/v1/assignments/{world['other'].pk}/extend/", {"end": "2026-08-28"}, format="json"
    )
    assert answer.status_code == 400 and "niet genoeg uren vrij" in str(answer.json()["errors"]["end"])


def test_capacity_is_checked_again_when_the_last_partner_agrees(world, pool, assen, coordinator):
    """Between the proposal and the last consent the member got other work: the extension is refused."""
    extension, users = world["extension"], world["users"]
    matching.accept_extension(actor=users["assen"], extension=extension)
    running_assignment(
        pool, coordinator, assen, world["shared"].member, hours_per_week="16", title="Vierde klus",
        start=date(2026, 7, 6), end=date(2026, 8, 28),
    )  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        matching.accept_extension(actor=users["emmen"], extension=extension)
    assert "niet genoeg uren vrij" in str(refused.value)
    extension.refresh_from_db()
    assert extension.status == ExtensionStatus.WAITING and len(extension.waiting_for()) == 1


def test_dashboard_asks_the_partner_to_decide(world):
    page = client_for("emmen", world["users"]).get(reverse("dashboard")).content.decode()
    assert "Verlenging van Fictief Poollid Een voor Projectleider wijkaanpak: gaat u akkoord?" in page


def test_list_queries_do_not_grow_with_rows(world, pool, coordinator, assen):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for("coordinator", world["users"])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("extension-list")).status_code == 200
        return len(captured)

    one = queries()
    second = builders.make_member(pool, "Fictief Poollid Twee", username="tweede")
    for n in range(3):
        extra = running_assignment(
            pool, coordinator, assen, second, hours_per_week="4", title=f"Klus {n}", shares=SHARES
        )
        matching.request_extension(actor=coordinator, assignment=extra, end=date(2026, 7, 31))
    assert Extension.objects.count() == 4
    assert queries() == one
