"""Every self-service and availability page for every role, and the flows through them."""

from __future__ import annotations

from datetime import date

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from flexpool.matching import urls as matching_urls
from flexpool.pool.models import CalendarFeed, CompetenceClaim, LeavePeriod
from flexpool.pool.services import renew_calendar_link
from tests import builders
from tests.builders import client_for

ROLES = ["anonymous", "coordinator", "assen", "emmen", "member", "finance", "council"]
PAGES = {
    "profile-edit": {"member"},
    "my-availability": {"member"},
    "competence-claims": {"coordinator"},
    "pool-availability": {"coordinator"},
}
POST_ONLY = {"leave-remove", "calendar-link"}
TOKEN_ONLY = {"calendar-feed"}  # the secret link is the key: no login, any role


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


def test_every_page_is_in_the_table():
    names = {p.name for p in matching_urls.urlpatterns}
    assert set(PAGES) | POST_ONLY | TOKEN_ONLY <= names
    # The same rows are in the shell's role matrix, which the URL resolver check reads.
    from tests.web import test_pages as shell

    for name in PAGES:
        assert shell.PAGES[name] - {"other_coordinator"} == PAGES[name]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_access(users, role, name):
    response = client_for(role, users).get(reverse(name))
    if role in PAGES[name]:
        assert response.status_code == 200, (role, name, response.status_code)
    elif role == "anonymous":
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    else:
        assert response.status_code == 403, (role, name, response.status_code)


@pytest.mark.parametrize("role", ROLES)
def test_post_only_pages_are_for_the_member(users, member, role):
    period = LeavePeriod.objects.create(member=member, start=date(2026, 2, 2), end=date(2026, 2, 6))
    client = client_for(role, users)
    removed = client.post(reverse("leave-remove", args=[period.pk]))
    link = client.post(reverse("calendar-link", args=["nieuw"]))
    if role == "member":
        assert removed.status_code == 302 and not LeavePeriod.objects.filter(pk=period.pk).exists()
        assert link.status_code == 302 and CalendarFeed.objects.filter(member=member).exists()
    else:
        assert removed.status_code in (302, 403) and LeavePeriod.objects.filter(pk=period.pk).exists()
        assert link.status_code in (302, 403) and not CalendarFeed.objects.exists()


def test_calendar_feed_needs_the_current_secret(users, member):
    feed = renew_calendar_link(actor=member.user, member=member)
    anyone = Client()
    response = anyone.get(reverse("calendar-feed", args=[feed.token]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    assert b"BEGIN:VCALENDAR" in response.content
    old = feed.token
    renew_calendar_link(actor=member.user, member=member)
    assert anyone.get(reverse("calendar-feed", args=[old])).status_code == 404
    assert anyone.get(reverse("calendar-feed", args=["geraden"])).status_code == 404


def test_member_edits_levels_and_coordinator_validates_through_pages(users, member, coordinator):
    own = client_for("member", users)
    page = own.get(reverse("profile-edit"))
    data = {f"niveau-{code}": "0" for code in page.context["levels"].fields}
    data.update({"niveau-projectleiding": "4", "niveau-participatie": "2"})
    assert own.post(reverse("profile-edit"), data).status_code == 302
    claim = CompetenceClaim.objects.get(status=CompetenceClaim.Status.PENDING)
    assert "wacht op validatie" in own.get(reverse("profile-edit")).content.decode()
    coord = client_for("coordinator", users)
    assert member.name in coord.get(reverse("competence-claims")).content.decode()
    refused = coord.post(
        reverse("competence-claims"), {"claim": claim.pk, "besluit": "afwijzen", "reason": ""}
    )
    assert refused.status_code == 302
    claim.refresh_from_db()
    assert claim.status == CompetenceClaim.Status.PENDING  # no reason: not decided
    coord.post(reverse("competence-claims"), {"claim": claim.pk, "besluit": "valideren"})
    claim.refresh_from_db()
    assert claim.status == CompetenceClaim.Status.APPROVED


def test_wrong_input_names_the_field(users):
    own = client_for("member", users)
    response = own.post(
        reverse("my-availability"),
        {"start": "2026-03-10", "end": "2026-03-01", "kind": "minder", "hours_per_week": ""},
    )
    assert response.status_code == 422
    errors = response.context["form"].errors
    assert "hours_per_week" in errors
    response = own.post(
        reverse("my-availability"), {"start": "2026-03-10", "end": "2026-03-01", "kind": "vrij"}
    )
    assert response.status_code == 422 and "end" in response.context["form"].errors
    response = own.post(
        reverse("profile-edit"), {"contract-contract_hours": "80", "contract-start": "2026-02-02"}
    )
    assert response.status_code == 422 and "contract_hours" in response.context["contract"].errors


def test_availability_grid_filters_and_reads_without_colour(users, pool, member, coordinator, assen):
    other = builders.make_member(pool, "Fictief Poollid Twee", competences={"warmtenetten": 3}, home="GM0114")
    LeavePeriod.objects.create(member=other, start=date(2026, 1, 12), end=date(2026, 1, 16))
    coord = client_for("coordinator", users)
    page = coord.get(reverse("pool-availability")).content.decode()
    assert member.name in page and other.name in page
    assert "24 vrij" in page and "verlof" in page  # numbers and words, not colour alone
    only = coord.get(reverse("pool-availability"), {"competence": "warmtenetten"}).content.decode()
    assert other.name in only and member.name not in only
    tied = coord.get(reverse("pool-availability"), {"municipality": "GM0106"}).content.decode()
    assert member.name in tied and other.name not in tied


def test_grid_queries_do_not_grow_with_members(users, pool):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    coord = client_for("coordinator", users)
    counts = []
    for total in (3, 12):
        n = 0
        while pool.members.count() < total:
            n += 1
            builders.make_member(pool, f"Fictief Extra {pool.members.count()}", hours=str(20 + n % 5))
        with CaptureQueriesContext(connection) as ctx:
            assert coord.get(reverse("pool-availability")).status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]
