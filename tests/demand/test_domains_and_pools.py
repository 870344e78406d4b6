"""Competences and requests carry a domain; a municipality in several pools picks the pool."""

from datetime import date

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from flexpool.core.errors import ValidationError
from flexpool.demand.models import CapacityRequest
from flexpool.pool.models import Competence, Domain, Membership
from tests import builders
from tests.builders import client_for


@pytest.fixture
def climate_pool(other_pool):
    """The Groningen pool works on climate adaptation; Emmen is an associate member of it too."""
    other_pool.domains.set([Domain.objects.get(code="klimaatadaptatie")])
    Membership.objects.create(
        pool=other_pool,
        municipality=builders.municipality("GM0114"),
        tier=Membership.Tier.ASSOCIATE,
        joined_on=date(2026, 3, 1),
    )
    return other_pool


def test_competences_belong_to_a_domain_and_process_skills_to_every_domain(pool):
    assert Competence.objects.get(code="warmtenetten").domain.code == "warmte"
    assert Competence.objects.get(code="waterberging").domain.code == "klimaatadaptatie"
    assert Competence.objects.get(code="projectleiding").domain is None


def test_a_request_gets_the_pools_domain(pool, assen):
    request = builders.make_request(pool, assen)
    assert request.domain.code == "warmte"


def test_a_competence_of_another_domain_is_refused(pool, assen):
    with pytest.raises(ValidationError) as refused:
        builders.make_request(pool, assen, required=[("waterberging", 2)])
    assert refused.value.message_dict["required_competences"] == [
        "Waterberging hoort niet bij een domein van Flexteam Warmte Drenthe."
    ]


def test_a_pool_in_two_domains_needs_the_domain_chosen(pool, assen):
    pool.domains.add(Domain.objects.get(code="elektriciteit"))
    with pytest.raises(ValidationError) as refused:
        builders.make_request(pool, assen)
    assert refused.value.message_dict["domain"] == ["Deze pool werkt in meer domeinen: kies het domein."]
    request = builders.make_request(pool, assen, domain="elektriciteit")
    assert request.domain.code == "elektriciteit"


def test_the_competence_picker_shows_only_the_pools_domains(pool, assen):
    form = client_for("assen", {"assen": assen}).get(reverse("request-create")).context["form"]
    codes = set(form.fields["competence_1"].queryset.values_list("code", flat=True))
    assert {"warmtenetten", "projectleiding"} <= codes
    assert not codes & {"waterberging", "hittestress", "groenblauwe-inrichting"}


def test_with_one_pool_the_pool_field_is_hidden(pool, assen):
    page = client_for("assen", {"assen": assen}).get(reverse("request-create"))
    assert page.context["form"]["pool"].is_hidden
    assert page.context["form"]["domain"].is_hidden


def test_a_municipality_in_two_pools_picks_the_pool_on_the_form(pool, emmen, climate_pool):
    client = client_for("emmen", {"emmen": emmen})
    page = client.get(reverse("request-create"))
    form = page.context["form"]
    assert not form["pool"].is_hidden
    assert list(form.fields["pool"].queryset) == [pool, climate_pool] or set(
        form.fields["pool"].queryset
    ) == {
        pool,
        climate_pool,
    }
    # Both pools' competences are offered; the service checks them against the pool chosen.
    codes = set(form.fields["competence_1"].queryset.values_list("code", flat=True))
    assert {"warmtenetten", "waterberging"} <= codes
    response = client.post(
        reverse("request-create"),
        builders.request_form_data(
            pool=str(climate_pool.pk),
            title="Wateroverlast Emmen-Centrum",
            competence_1="waterberging",
            start="2026-04-06",
            end="2026-09-25",
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    created = CapacityRequest.objects.get(title="Wateroverlast Emmen-Centrum")
    assert created.pool == climate_pool and created.domain.code == "klimaatadaptatie"


def test_the_pool_must_have_the_municipality_as_member_on_the_start_date(pool, emmen, climate_pool):
    # Emmen joins the climate pool on 1 March 2026: a request that starts earlier is refused there.
    response = client_for("emmen", {"emmen": emmen}).post(
        reverse("request-create"),
        builders.request_form_data(
            pool=str(climate_pool.pk), competence_1="waterberging", start="2026-02-02", end="2026-06-26"
        ),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["pool"] == [
        "Emmen is op de startdatum geen lid van Flexpool Klimaatadaptatie Groningen."
    ]


def api(user):
    client = APIClient()
    client.force_authenticate(user)
    return client


BODY = {
    "title": "Hittekaart Emmen",
    "description": "Een kaart van hittestress per wijk.",
    "hours_per_week": "8",
    "start": "2026-04-06",
    "end": "2026-06-26",
    "required_competences": [{"competence": "projectleiding", "min_level": 2}],
}


def test_the_api_takes_the_pool_and_validates_it(pool, emmen, climate_pool, assen):
    created = api(emmen).post("/api/v1/requests/", {**BODY, "pool": climate_pool.pk}, format="json")
    assert created.status_code == 201, created.content
    assert created.json()["pool"] == climate_pool.pk and created.json()["domain"] == "klimaatadaptatie"
    # Assen is no member of the climate pool: 400 with a message on the field.
    refused = api(assen).post("/api/v1/requests/", {**BODY, "pool": climate_pool.pk}, format="json")
    assert refused.status_code == 400, refused.json()
    assert refused.json()["errors"]["pool"] == [
        "Assen is op de startdatum geen lid van Flexpool Klimaatadaptatie Groningen."
    ]
    # Before Emmen joined the climate pool.
    early = api(emmen).post(
        "/api/v1/requests/", {**BODY, "pool": climate_pool.pk, "start": "2026-01-05"}, format="json"
    )
    assert early.status_code == 400 and "pool" in early.json()["errors"]
    # Without a pool: the one of which the municipality is a member on the start date.
    default = api(assen).post("/api/v1/requests/", BODY, format="json")
    assert (
        default.status_code == 201
        and default.json()["pool"] == pool.pk
        and default.json()["domain"] == "warmte"
    )
    wrong_domain = api(assen).post("/api/v1/requests/", {**BODY, "domain": "mobiliteit"}, format="json")
    assert wrong_domain.status_code == 400 and "domain" in wrong_domain.json()["errors"]


def test_the_data_migration_gives_existing_content_skills_the_heat_domain(transactional_db, reference_data):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate([("pool", "0005_self_service"), ("demand", "0002_shared_requests")])
    old = executor.loader.project_state([("pool", "0005_self_service")]).apps
    old.get_model("pool", "Competence").objects.create(
        code="warmtenetten", name="Warmtenetten", kind="inhoud"
    )
    old.get_model("pool", "Competence").objects.create(
        code="projectleiding", name="Projectleiding", kind="proces"
    )
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert Competence.objects.get(code="warmtenetten").domain.code == "warmte"
    assert Competence.objects.get(code="projectleiding").domain is None
