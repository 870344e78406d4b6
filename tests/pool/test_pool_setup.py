"""Setting up a pool without the Django admin: the administrator creates, a coordinator edits its own."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from rest_framework.test import APIClient

from flexpool.core.models import AuditRecord
from flexpool.pool.models import Membership, MembershipEvent, Pool
from flexpool.pool.taxonomy import ensure_taxonomy
from tests import builders
from tests.builders import client_for

GRONINGEN_REGION = {
    "GM0014",
    "GM0037",
    "GM0047",
    "GM0765",
    "GM1895",
    "GM1950",
    "GM1952",
    "GM1966",
    "GM1969",
    "GM1979",
}


@pytest.fixture
def admin(reference_data):
    ensure_taxonomy()
    return get_user_model().objects.create_superuser("beheerder", "beheer@example.invalid", builders.PASSWORD)


def test_the_administrator_creates_a_pool_on_a_page_and_the_region_joins(reference_data, admin, coordinator):
    client = client_for("admin", {"admin": admin})
    assert client.get(reverse("pool-create")).status_code == 200
    response = client.post(
        reverse("pool-create"),
        {
            "pool-name": "Klimaatadaptatie Groningen",
            "pool-domains": ["klimaatadaptatie"],
            "pool-region": "ES01",
            "pool-notice_months": "6",
            "pool-local_ties_required": "on",
            "pool-coordinators": [coordinator.pk],
            "leden-tier": "deelnemer",
            "leden-joined_on": "2026-01-01",
            "leden-yearly_contribution_eur": "5000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    pool = Pool.objects.get(name="Klimaatadaptatie Groningen")
    assert response["Location"] == reverse("pool-edit", args=[pool.pk])
    assert [d.code for d in pool.domains.all()] == ["klimaatadaptatie"]
    assert pool.notice_months == 6 and pool.local_ties_required and not pool.partners_approve_hours
    assert set(pool.memberships.values_list("municipality__code", flat=True)) == GRONINGEN_REGION
    # Through the membership service: a history step and an audit record per municipality.
    assert MembershipEvent.objects.filter(membership__pool=pool, kind="toegetreden").count() == 10
    assert AuditRecord.objects.filter(action="lidmaatschap.toegetreden", pool_ref=pool.pk).count() == 10
    created = AuditRecord.objects.get(action="pool.aangemaakt")
    assert created.pool_ref == pool.pk and created.changes["domeinen"] == ["klimaatadaptatie"]
    assert list(pool.coordinators.all()) == [coordinator]


def test_an_own_set_of_municipalities_with_a_tier(reference_data, admin):
    client = client_for("admin", {"admin": admin})
    client.post(
        reverse("pool-create"),
        {
            "pool-name": "Expertteam Noord",
            "pool-domains": ["warmte", "elektriciteit"],
            "pool-notice_months": "12",
            "leden-municipalities": ["GM0106", "GM0014"],
            "leden-tier": "geassocieerd",
            "leden-joined_on": "2026-02-01",
            "leden-yearly_contribution_eur": "2500",
        },
    )
    pool = Pool.objects.get(name="Expertteam Noord")
    assert pool.region is None
    rows = Membership.objects.filter(pool=pool).order_by("municipality__code")
    assert [(m.municipality.code, m.tier, m.joined_on) for m in rows] == [
        ("GM0014", "geassocieerd", date(2026, 2, 1)),
        ("GM0106", "geassocieerd", date(2026, 2, 1)),
    ]


def test_clear_errors_on_the_create_page(pool, admin):
    client = client_for("admin", {"admin": admin})
    response = client.post(
        reverse("pool-create"),
        {
            "pool-name": pool.name,
            "pool-notice_months": "12",
            "leden-tier": "deelnemer",
            "leden-joined_on": "2026-01-01",
            "leden-yearly_contribution_eur": "0",
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "domains" in errors
    response = client.post(
        reverse("pool-create"),
        {
            "pool-name": pool.name,
            "pool-domains": ["warmte"],
            "pool-notice_months": "12",
            "leden-tier": "deelnemer",
            "leden-joined_on": "2026-01-01",
            "leden-yearly_contribution_eur": "0",
        },
    )
    assert response.context["form"].errors["name"] == [f"Er is al een pool met de naam {pool.name}."]


def test_a_coordinator_may_not_create_a_pool(pool, coordinator):
    client = client_for("coordinator", {"coordinator": coordinator})
    assert client.get(reverse("pool-create")).status_code == 403
    response = client.post(reverse("pool-create"), {"pool-name": "Stiekem", "pool-domains": ["warmte"]})
    assert response.status_code == 403
    assert not Pool.objects.filter(name="Stiekem").exists()


def test_a_coordinator_edits_its_own_pool_and_the_change_is_audited(pool, coordinator, other_coordinator):
    client = client_for("coordinator", {"coordinator": coordinator})
    page = client.get(reverse("pool-edit", args=[pool.pk]))
    assert page.status_code == 200
    assert reverse("tariffs") in page.content.decode()
    response = client.post(
        reverse("pool-edit", args=[pool.pk]),
        {
            "form": "settings",
            "pool-name": pool.name,
            "pool-domains": ["warmte", "elektriciteit"],
            "pool-region": "ES03",
            "pool-notice_months": "9",
            "pool-partners_approve_hours": "on",
            "pool-coordinators": [coordinator.pk],
        },
    )
    assert response.status_code == 302
    pool.refresh_from_db()
    assert pool.notice_months == 9 and pool.partners_approve_hours and not pool.local_ties_required
    assert sorted(d.code for d in pool.domains.all()) == ["elektriciteit", "warmte"]
    record = AuditRecord.objects.get(action="pool.gewijzigd")
    assert record.pool_ref == pool.pk
    assert record.changes["opzegtermijn_maanden"] == {"was": 12, "wordt": 9}
    # The other pool's coordinator may neither open nor change it.
    other = client_for("other_coordinator", {"other_coordinator": other_coordinator})
    assert other.get(reverse("pool-edit", args=[pool.pk])).status_code == 403
    assert other.post(reverse("pool-edit", args=[pool.pk]), {"form": "settings"}).status_code == 403


def test_a_coordinator_cannot_remove_itself(pool, coordinator):
    client = client_for("coordinator", {"coordinator": coordinator})
    response = client.post(
        reverse("pool-edit", args=[pool.pk]),
        {"form": "settings", "pool-name": pool.name, "pool-domains": ["warmte"], "pool-notice_months": "12"},
    )
    assert response.status_code == 200
    assert "U kunt uzelf niet als coördinator weghalen" in response.context["form"].errors["coordinators"][0]
    assert pool.coordinators.filter(pk=coordinator.pk).exists()


def test_municipalities_join_on_the_edit_page(pool, coordinator):
    client = client_for("coordinator", {"coordinator": coordinator})
    response = client.post(
        reverse("pool-edit", args=[pool.pk]),
        {
            "form": "join",
            "leden-municipalities": ["GM1730", "GM1731"],
            "leden-tier": "geassocieerd",
            "leden-joined_on": "2027-01-01",
            "leden-yearly_contribution_eur": "3000",
        },
    )
    assert response.status_code == 302
    joined = Membership.objects.filter(pool=pool, municipality__code__in=["GM1730", "GM1731"])
    assert joined.count() == 2 and {m.tier for m in joined} == {"geassocieerd"}


def test_the_setup_list_shows_only_own_pools_to_a_coordinator(pool, coordinator, other_pool, admin):
    own = (
        client_for("coordinator", {"coordinator": coordinator})
        .get(reverse("pool-setup-list"))
        .content.decode()
    )
    assert pool.name in own and other_pool.name not in own
    everything = client_for("admin", {"admin": admin}).get(reverse("pool-setup-list")).content.decode()
    assert pool.name in everything and other_pool.name in everything
    assert reverse("pool-create") in everything and reverse("pool-create") not in own


# ---- API ---------------------------------------------------------------------------------------


def api(user):
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_the_api_creates_a_pool_for_the_administrator_only(reference_data, admin, coordinator):
    body = {
        "name": "Mobiliteit Twente",
        "domains": ["mobiliteit"],
        "region": None,
        "notice_months": 6,
        "coordinators": [coordinator.pk],
        "municipalities": [{"municipality": "GM0153", "tier": "deelnemer", "joined_on": "2026-01-01"}],
    }
    assert api(coordinator).post("/api/v1/pools/", body, format="json").status_code == 403
    response = api(admin).post("/api/v1/pools/", body, format="json")
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["domains"] == ["mobiliteit"] and data["notice_months"] == 6
    assert [m["code"] for m in data["municipalities"]] == ["GM0153"]
    assert data["coordinators"][0]["id"] == coordinator.pk
    assert api(admin).post("/api/v1/pools/", {**body, "domains": []}, format="json").status_code == 400


def test_the_api_changes_the_settings_of_the_coordinators_own_pool(pool, coordinator, other_coordinator):
    response = api(coordinator).patch(
        f"/api/v1/pools/{pool.pk}/", {"partners_approve_hours": True}, format="json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["partners_approve_hours"] is True
    assert response.json()["domains"] == ["warmte"]  # what is not sent stays
    refused = api(other_coordinator).patch(f"/api/v1/pools/{pool.pk}/", {"notice_months": 1}, format="json")
    assert refused.status_code == 403
    pool.refresh_from_db()
    assert pool.notice_months == 12
    assert AuditRecord.objects.filter(action="pool.gewijzigd", pool_ref=pool.pk).count() == 1


def test_the_setup_pages_need_few_queries_whatever_the_number_of_rows(
    pool, coordinator, other_pool, member, django_assert_max_num_queries
):
    from flexpool.pool import services as pool_services

    for n in range(5):
        extra = builders.make_member(pool, f"Fictief Extra {n}")
        pool_services.set_engagement(actor=coordinator, member=extra, pool=other_pool, hours_per_week="4")
    client = client_for("coordinator", {"coordinator": coordinator})
    with django_assert_max_num_queries(25):
        assert client.get(reverse("pool-edit", args=[pool.pk])).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(reverse("pool-setup-list")).status_code == 200
