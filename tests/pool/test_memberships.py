"""Membership over time: join, change tier, announce leaving; a future leave date keeps a member active."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from flexpool.core.errors import NotAllowed, ValidationError
from flexpool.core.models import AuditRecord
from flexpool.demand import selectors as demand_selectors
from flexpool.matching import engine
from flexpool.pool import services
from flexpool.pool.models import Membership, MembershipEvent
from tests import builders


def _emmen(pool):
    return Membership.objects.get(pool=pool, municipality__code="GM0114")


def test_a_future_leave_date_keeps_the_membership_in_matching_until_that_date(pool, coordinator, emmen):
    today = timezone.localdate()
    leave = services.earliest_leave(pool, today)
    services.announce_leave(actor=coordinator, membership=_emmen(pool), left_on=leave)
    # Emmen can still file a request in its running year and the engine still serves it.
    request = builders.make_request(pool, emmen, start=today, end=today + timedelta(weeks=8))
    context = engine.build_context(pool, engine.open_requests(pool), today=today)
    assert "GM0114" in {m.code for m in context.data.municipalities if m.entitlement > 0}
    assert [r.municipality for r in context.data.requests] == ["GM0114"]
    assert request.pk
    # Partners on the request form: Emmen still there for Assen.
    assen = builders.municipality("GM0106")
    assert "GM0114" in set(
        demand_selectors.partner_municipalities(pool, exclude=assen).values_list("code", flat=True)
    )
    # After the leave date it is gone from matching.
    later = engine.build_context(pool, [], today=leave + timedelta(days=1))
    assert "GM0114" not in {m.code for m in later.data.municipalities if m.entitlement > 0}


def test_leaving_needs_the_notice_period(pool, coordinator):
    today = date(2026, 3, 10)
    with pytest.raises(ValidationError) as error:
        services.announce_leave(
            actor=coordinator, membership=_emmen(pool), left_on=date(2026, 12, 31), today=today
        )
    assert error.value.message_dict["left_on"] == [
        "De opzegtermijn is 12 maanden: vertrek kan op zijn vroegst per 10 maart 2027."
    ]
    services.announce_leave(
        actor=coordinator, membership=_emmen(pool), left_on=date(2027, 3, 10), today=today
    )
    assert _emmen(pool).left_on == date(2027, 3, 10)


def test_join_and_change_tier_are_kept_in_the_history_and_audited(pool, coordinator, assen):
    tynaarlo = builders.municipality("GM1730")
    membership = services.join(
        actor=coordinator,
        pool=pool,
        municipality=tynaarlo,
        tier=Membership.Tier.ASSOCIATE,
        joined_on=date(2026, 1, 1),
        contribution="5000",
    )
    services.change_tier(
        actor=coordinator, membership=membership, tier=Membership.Tier.FULL, contribution=Decimal("15000")
    )
    events = list(membership.events.order_by("id").values_list("kind", "tier", "yearly_contribution_eur"))
    assert events == [
        (MembershipEvent.Kind.JOINED, "geassocieerd", Decimal("5000.00")),
        (MembershipEvent.Kind.TIER, "deelnemer", Decimal("15000.00")),
    ]
    assert list(
        AuditRecord.objects.filter(object_type="pool.membership", object_id=str(membership.pk))
        .order_by("id")
        .values_list("action", flat=True)
    ) == ["lidmaatschap.toegetreden", "lidmaatschap.soort_gewijzigd"]
    with pytest.raises(ValidationError) as error:
        services.join(
            actor=coordinator,
            pool=pool,
            municipality=tynaarlo,
            tier="deelnemer",
            joined_on=date(2026, 1, 1),
            contribution="1",
        )
    assert "municipality" in error.value.message_dict
    with pytest.raises(NotAllowed):
        services.change_tier(actor=assen, membership=membership, tier="geassocieerd", contribution="1")


def test_the_memberships_page_joins_and_announces_leaving(client, pool, coordinator):
    client.force_login(coordinator)
    response = client.post(
        reverse("memberships"),
        {
            "municipality": "GM1730",
            "tier": "deelnemer",
            "joined_on": "2026-01-01",
            "yearly_contribution_eur": "x",
        },
    )
    assert "yearly_contribution_eur" in response.context["join_form"].errors
    response = client.post(
        reverse("memberships"),
        {
            "municipality": "GM1730",
            "tier": "deelnemer",
            "joined_on": "2026-01-01",
            "yearly_contribution_eur": "9000",
        },
    )
    assert response.status_code == 302
    emmen = _emmen(pool)
    too_soon = client.post(
        reverse("membership-leave", args=[emmen.pk]), {"left_on": "2020-01-01"}, follow=True
    )
    assert "Emmen: De opzegtermijn is 12 maanden" in too_soon.content.decode()
    leave = services.earliest_leave(pool, timezone.localdate())
    client.post(reverse("membership-leave", args=[emmen.pk]), {"left_on": leave.isoformat()})
    page = client.get(reverse("memberships")).content.decode()
    assert "Tynaarlo" in page and "vertrek gemeld" in page


def test_the_api_shows_the_history_and_refuses_a_short_notice(pool, coordinator, council):
    client = APIClient()
    client.force_authenticate(coordinator)
    emmen = _emmen(pool)
    refused = client.post(f"/api/v1/memberships/{emmen.pk}/leave/", {"left_on": "2026-01-01"}, format="json")
    assert refused.status_code == 400
    assert "left_on" in refused.json()["errors"]
    leave = services.earliest_leave(pool, timezone.localdate())
    ok = client.post(f"/api/v1/memberships/{emmen.pk}/leave/", {"left_on": leave.isoformat()}, format="json")
    assert ok.json()["left_on"] == leave.isoformat()
    client.force_authenticate(council)
    [row] = [m for m in client.get("/api/v1/memberships/").json()["results"] if m["municipality"] == "GM0114"]
    assert [e["kind"] for e in row["history"]] == ["vertrek_gemeld"]


def test_the_history_shows_in_the_council_report_and_on_the_public_page(client, pool, coordinator, council):
    leave = services.earliest_leave(pool, timezone.localdate())
    services.announce_leave(actor=coordinator, membership=_emmen(pool), left_on=leave)
    public = client.get(reverse("public-report")).content.decode()
    assert 'id="public-memberships"' in public
    assert "Vertrek gemeld" in public
    client.force_login(council)
    report = client.get(reverse("report-detail", args=["GM0114"])).content.decode()
    assert 'id="membership-history"' in report
    assert "Vertrek gemeld" in report


def test_a_coordinator_of_two_pools_chooses_the_pool_and_the_administrator_opens_any(
    client, pool, coordinator, other_pool, other_coordinator
):
    other_pool.coordinators.add(coordinator)
    client.force_login(coordinator)
    # Default: the first pool by name (Drenthe before Groningen), with a choice of pools.
    first = client.get(reverse("memberships"))
    assert first.context["pool"] == min([pool, other_pool], key=lambda p: p.name)
    assert 'id="pick-pool"' in first.content.decode()
    chosen = client.get(reverse("memberships"), {"pool": other_pool.pk})
    assert chosen.status_code == 200 and chosen.context["pool"] == other_pool
    groningen = Membership.objects.filter(pool=other_pool).select_related("municipality").first()
    assert f'id="membership-{groningen.pk}"' in chosen.content.decode()
    # A change on the second pool returns to that pool.
    answer = client.post(
        reverse("membership-tier", args=[groningen.pk]),
        {
            "tier": "geassocieerd" if groningen.tier == "deelnemer" else "deelnemer",
            "yearly_contribution_eur": "5",
        },
    )
    assert answer.status_code == 302 and answer["Location"].endswith(f"?pool={other_pool.pk}")
    # A pool it does not coordinate is not found.
    client.force_login(other_coordinator)
    assert client.get(reverse("memberships"), {"pool": pool.pk}).status_code == 404
    assert 'id="pick-pool"' not in client.get(reverse("memberships")).content.decode()

    admin = get_user_model().objects.create_superuser(
        "beheerder", "beheer@example.invalid", builders.PASSWORD
    )
    client.force_login(admin)
    for each in (pool, other_pool):
        page = client.get(reverse("memberships"), {"pool": each.pk})
        assert page.status_code == 200 and page.context["pool"] == each
    emmen = _emmen(pool)
    leave = services.earliest_leave(pool, timezone.localdate())
    done = client.post(reverse("membership-leave", args=[emmen.pk]), {"left_on": leave.isoformat()})
    assert done.status_code == 302
    emmen.refresh_from_db()
    assert emmen.left_on == leave
