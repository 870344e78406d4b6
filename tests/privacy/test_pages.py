"""Role matrix of the privacy pages and statements; export and anonymisation through the pages."""

import json
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from flexpool.core.models import AuditRecord
from flexpool.pool.models import PoolMember
from flexpool.privacy.urls import urlpatterns
from tests import builders
from tests.builders import client_for

ROLES = ["anonymous", "coordinator", "assen", "member", "finance", "council"]
EVERYONE = set(ROLES)
LOGGED_IN = EVERYONE - {"anonymous"}
# Which role may open each page (GET); anonymous is sent to the login page where it is not listed.
PAGES = {
    "privacy-requests": {"coordinator"},
    "privacy-statement": EVERYONE,
    "accessibility-statement": EVERYONE,
}
POST_ONLY = {"privacy-export", "privacy-anonymise"}


@pytest.fixture
def users(coordinator, assen, member, finance, council):
    return {
        "coordinator": coordinator,
        "assen": assen,
        "member": member.user,
        "finance": finance,
        "council": council,
    }


def test_every_page_is_in_the_table():
    names = {p.name for p in urlpatterns if getattr(p, "name", None)}
    assert names == set(PAGES) | POST_ONLY


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


@pytest.mark.parametrize("role", ["assen", "member", "finance", "council"])
def test_post_only_actions_are_refused_to_other_roles(users, role, member):
    client = client_for(role, users)
    for url in (
        reverse("privacy-export", args=[member.pk]),
        reverse("privacy-anonymise"),
    ):
        assert client.post(url).status_code == 403, url
    assert PoolMember.objects.get(pk=member.pk).name == member.name


def test_footer_links_to_the_statements(db):
    page = Client().get("/inloggen/").content.decode()
    assert reverse("privacy-statement") in page and reverse("accessibility-statement") in page


# ---- claim mappings ---------------------------------------------------------------------------


def test_export_of_one_members_data_is_complete_and_audited(coordinator, member):
    client = client_for("coordinator", {"coordinator": coordinator})
    response = client.post(reverse("privacy-export", args=[member.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["poollid"]["naam"] == member.name
    assert {c["competentie"] for c in data["poollid"]["competenties"]} == {
        "Projectleiding",
        "Participatie en bewonerscommunicatie",
    }
    assert data["account"]["gebruikersnaam"] == "flexpooler"
    assert AuditRecord.objects.filter(
        action="privacy.gegevens_uitgegeven", object_id=str(member.pk), actor=coordinator
    ).exists()


def test_coordinator_cannot_export_a_member_of_another_pool(coordinator, reference_data):
    other_pool = builders.make_pool(name="Andere pool", region_code="ES01", codes=["GM0014"])
    stranger = builders.make_member(other_pool, "Fictief Ander Poollid", competences={"projectleiding": 2})
    client = client_for("coordinator", {"coordinator": coordinator})
    assert client.post(reverse("privacy-export", args=[stranger.pk])).status_code == 404


def test_coordinator_anonymises_leavers_past_the_retention_period(coordinator, member, pool, settings):
    settings.PRIVACY_RETENTION_DAYS = 730
    long_gone = builders.make_member(pool, "Fictief Lang Weg", competences={"projectleiding": 2})
    recent = builders.make_member(pool, "Fictief Net Weg", competences={"projectleiding": 2})
    PoolMember.objects.filter(pk=long_gone.pk).update(
        active=False, left_on=date.today() - timedelta(days=800), email="lang.weg@example.invalid"
    )
    PoolMember.objects.filter(pk=recent.pk).update(active=False, left_on=date.today() - timedelta(days=30))
    client = client_for("coordinator", {"coordinator": coordinator})
    page = client.get(reverse("privacy-requests")).content.decode()
    assert "Fictief Lang Weg" in page
    response = client.post(reverse("privacy-anonymise"))
    assert response.status_code == 302
    long_gone.refresh_from_db()
    recent.refresh_from_db()
    assert long_gone.name == f"Voormalig poollid {long_gone.pk}" and long_gone.email == ""
    assert not long_gone.competences.exists()
    assert recent.name == "Fictief Net Weg"
    assert (
        AuditRecord.objects.filter(action="privacy.geanonimiseerd", object_id=str(long_gone.pk)).count() == 1
    )
    assert not AuditRecord.objects.filter(object_label__contains="Fictief Lang Weg").exists()


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_queries_do_not_grow_with_rows(coordinator, pool):
    client = client_for("coordinator", {"coordinator": coordinator})
    counts = {}
    for n in (3, 30):
        for i in range(PoolMember.objects.count(), n):
            builders.make_member(pool, f"Fictief Lid {i}", competences={"projectleiding": 2})
        counts[n] = (
            _queries(client, reverse("claim-mappings")),
            _queries(client, reverse("privacy-requests")),
        )
    assert counts[3] == counts[30]
