"""Who sees which design workshop: by its pool and its region, through accounts.permissions."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from flexpool.accounts.permissions import scope_workshops
from flexpool.scenarios import services
from flexpool.scenarios.models import Workshop
from tests import builders


def _visible(user) -> set[str]:
    return set(scope_workshops(user, Workshop.objects.all()).values_list("name", flat=True))


@pytest.fixture
def workshops(pool, coordinator, other_pool, other_coordinator, council):
    """One workshop per pool, and one per region made by the council (no pool)."""
    return {
        "drenthe": services.create_workshop(actor=coordinator, name="Atelier Drenthe", region_code="ES03"),
        "groningen": services.create_workshop(
            actor=other_coordinator, name="Atelier Groningen", region_code="ES01"
        ),
        "drenthe_region": Workshop.objects.create(name="Regio Drenthe zonder pool", region=pool.region),
        "groningen_region": Workshop.objects.create(
            name="Regio Groningen zonder pool", region=other_pool.region
        ),
        "loose": Workshop.objects.create(name="Los atelier"),
    }


def test_creating_as_coordinator_sets_the_pool(workshops, pool, other_pool):
    assert workshops["drenthe"].pool == pool
    assert workshops["groningen"].pool == other_pool


def test_a_coordinator_sees_its_pools_and_their_regions(workshops, coordinator, other_coordinator):
    assert _visible(coordinator) == {"Atelier Drenthe", "Regio Drenthe zonder pool"}
    assert _visible(other_coordinator) == {"Atelier Groningen", "Regio Groningen zonder pool"}


def test_a_contact_sees_its_municipalitys_pools_and_region(workshops, assen, other_pool):
    assert _visible(assen) == {"Atelier Drenthe", "Regio Drenthe zonder pool"}
    groningen = builders.make_contact("GM0014", "contact-groningen")
    assert _visible(groningen) == {"Atelier Groningen", "Regio Groningen zonder pool"}


def test_finance_and_council_see_all_a_member_none(workshops, finance, council, member):
    everything = {w.name for w in workshops.values()}
    assert _visible(finance) == everything
    assert _visible(council) == everything
    assert _visible(member.user) == set()


def test_a_workshop_of_another_pool_in_the_same_region_is_seen_through_the_region(
    workshops, coordinator, reference_data
):
    second = builders.make_pool(
        "Flexpool Participatie Drenthe", region_code="ES03", codes=builders.DRENTHE[:2]
    )
    ateliers = builders.make_coordinator(second, username="coordinator-participatie")
    services.create_workshop(actor=ateliers, name="Atelier Participatie", municipality_codes=["GM0106"])
    assert "Atelier Participatie" in _visible(coordinator)  # same region ES03 as its own pool


def test_a_coordinator_of_two_pools_chooses(pool, other_pool, coordinator, other_coordinator):
    other_pool.coordinators.add(coordinator)
    client = Client()
    client.force_login(coordinator)
    form = client.get(reverse("workshop-list")).content.decode()
    assert 'name="pool"' in form and other_pool.name in form
    client.post(reverse("workshop-list"), {"name": "Atelier Stad", "region": "ES01", "pool": other_pool.pk})
    assert Workshop.objects.get(name="Atelier Stad").pool == other_pool
    page = client.post(reverse("workshop-list"), {"name": "Atelier X", "region": "ES01", "pool": "abc"})
    assert page.status_code == 200 and "Kies een pool waarvoor u werkt" in page.content.decode()
    assert not Workshop.objects.filter(name="Atelier X").exists()
    fresh = Workshop.objects.get(name="Atelier Stad")
    assert Client().get(reverse("workshop-detail", args=[fresh.pk])).status_code == 302
    other = Client()
    other.force_login(other_coordinator)
    assert other.get(reverse("workshop-detail", args=[fresh.pk])).status_code == 200


def test_a_coordinator_may_not_file_a_workshop_under_a_foreign_pool(coordinator, other_pool):
    with pytest.raises(ValidationError) as error:
        services.create_workshop(actor=coordinator, name="Fout", region_code="ES03", pool_id=other_pool.pk)
    assert "pool" in error.value.message_dict
