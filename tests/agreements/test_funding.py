"""The pool's host and funders through the page and the API, with audit records."""

from __future__ import annotations

from decimal import Decimal

from django.urls import reverse
from rest_framework.test import APIClient

from flexpool.agreements.models import Funder, FunderContribution, PoolHost
from flexpool.core.models import AuditRecord
from tests.builders import client_for


def test_coordinator_records_host_funders_and_contributions_on_the_page(pool, coordinator):
    client = client_for("coordinator", {"coordinator": coordinator})
    url = reverse("funding")
    host = {"action": "host", "pool": pool.pk, "kind": "provincie", "name": "Provincie Drenthe"}
    response = client.post(url, {**host, "role": "Heeft de procesbegeleiders in dienst."})
    assert response.status_code == 302
    assert PoolHost.objects.get(pool=pool).name == "Provincie Drenthe"
    programme = "Nationaal Programma Lokale Warmtetransitie"
    client.post(url, {"action": "funder", "pool": pool.pk, "name": programme, "kind": "programma"})
    funder = Funder.objects.get(pool=pool)
    client.post(url, {"action": "contribution", "pool": pool.pk, "funder": funder.pk, "year": 2026,
                      "amount_eur": "60000"})  # fmt: skip
    assert FunderContribution.objects.get(funder=funder, year=2026).amount_eur == Decimal("60000.00")
    page = client.get(url).content.decode()
    assert "Provincie Drenthe (Provincie)" in page and "2026: € 60.000,00" in page
    # Both an amount and a percentage: refused with a message, nothing changed.
    response = client.post(url, {"action": "contribution", "pool": pool.pk, "funder": funder.pk, "year": 2026,
                                 "amount_eur": "1", "percentage": "10"}, follow=True)  # fmt: skip
    assert "Vul een bedrag óf een percentage in, niet allebei." in response.content.decode()
    assert FunderContribution.objects.get(funder=funder, year=2026).amount_eur == Decimal("60000.00")
    # A municipality as host needs the municipality.
    response = client.post(url, {"action": "host", "pool": pool.pk, "kind": "gemeente", "name": ""})
    assert "Kies de gemeente die gastorganisatie is." in response.content.decode()
    actions = list(AuditRecord.objects.filter(pool_ref=pool.pk, action__startswith="financiering.")
                   .order_by("pk").values_list("action", flat=True))  # fmt: skip
    assert actions == ["financiering.gastorganisatie", "financiering.financier", "financiering.bijdrage"]


def test_the_api_replaces_host_and_funders(pool, coordinator, assen):
    api = APIClient()
    api.force_authenticate(coordinator)
    url = reverse("api:pool-funding", kwargs={"pk": pool.pk})
    body = {
        "host": {"kind": "provincie", "name": "Provincie Drenthe", "role": "werkgever"},
        "funders": [
            {"name": "Provincie Drenthe", "kind": "provincie",
             "contributions": [{"year": 2026, "percentage": "25.00"}]},
            {"name": "Nationaal Programma Lokale Warmtetransitie", "kind": "programma",
             "contributions": [{"year": 2026, "amount_eur": "60000.00"}]},
        ],
    }  # fmt: skip
    response = api.put(url, body, format="json")
    assert response.status_code == 200, response.content
    assert [f["name"] for f in response.json()["funders"]] == [
        "Nationaal Programma Lokale Warmtetransitie",
        "Provincie Drenthe",
    ]
    body["funders"] = body["funders"][:1]
    api.put(url, body, format="json")
    assert list(Funder.objects.filter(pool=pool).values_list("name", flat=True)) == ["Provincie Drenthe"]
    assert AuditRecord.objects.filter(action="financiering.financier_weg").count() == 1
    # A contact of a member municipality reads it, but may not change it.
    api.force_authenticate(assen)
    assert api.get(url).json()["host"]["name"] == "Provincie Drenthe"
    assert api.put(url, body, format="json").status_code == 403
    bad = {"host": {"kind": "programma", "name": "X"}, "funders": []}
    api.force_authenticate(coordinator)
    assert api.put(url, bad, format="json").status_code == 400


def test_changes_in_the_django_admin_are_audited(pool, django_user_model, rf):
    from django.contrib import admin

    admin_user = django_user_model.objects.create_superuser(
        "beheer", "beheer@flexpool.example", "x-Wachtwoord-9"
    )
    request = rf.post("/admin/agreements/poolhost/add/")
    request.user = admin_user
    model_admin = admin.site._registry[PoolHost]
    form = model_admin.get_form(request)({"pool": pool.pk, "kind": "provincie", "name": "Provincie Drenthe"})
    assert form.is_valid(), form.errors
    host = form.save(commit=False)
    model_admin.save_model(request, host, form, change=False)
    record = AuditRecord.objects.get(action="financiering.beheer_aangemaakt", object_id=str(host.pk))
    assert record.actor == admin_user and record.pool_ref == pool.pk and "name" in record.changes["velden"]
    pk = str(host.pk)
    model_admin.delete_model(request, host)
    assert AuditRecord.objects.filter(action="financiering.beheer_verwijderd", object_id=pk).exists()
