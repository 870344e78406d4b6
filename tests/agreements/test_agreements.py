"""Agreements through the pages, the API and the services: create, edit, files, who sees what, audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from flexpool.agreements import services
from flexpool.agreements.models import Agreement
from flexpool.core.models import AuditRecord
from tests import builders
from tests.agreements.conftest import PDF, docx_bytes, values
from tests.builders import client_for


def test_coordinator_creates_and_edits_through_the_pages_and_every_change_is_audited(world):
    client = client_for("coordinator", world["users"])
    today = timezone.localdate()
    form = {
        "pool": world["pool"].pk,
        "kind": "gr",
        "title": "Gemeenschappelijke regeling Warmte",
        "municipalities": [builders.municipality("GM0114").pk],
        "starts_on": "2026-01-01",
        "ends_on": (today + timedelta(days=300)).isoformat(),
        "signed": "on",
        "signed_on": "2025-12-15",
        "notes": "Vastgesteld door beide raden.",
        "file": SimpleUploadedFile("regeling.docx", docx_bytes()),
    }
    response = client.post(reverse("agreement-create"), form)
    agreement = Agreement.objects.get(title="Gemeenschappelijke regeling Warmte")
    assert response.status_code == 302 and response["Location"] == reverse(
        "agreement-detail", args=[agreement.pk]
    )
    assert agreement.signed and agreement.version == 1
    assert [v.file_type for v in agreement.versions.all()] == ["docx"]
    page = client.get(response["Location"]).content.decode()
    assert (
        "Gemeenschappelijke regeling Warmte" in page
        and "15 december 2025" in page
        and "regeling.docx" in page
    )

    form.pop("file")
    form["title"] = "Gemeenschappelijke regeling Warmte 2026"
    response = client.post(reverse("agreement-edit", args=[agreement.pk]), form)
    assert response.status_code == 302
    record = AuditRecord.objects.filter(object_id=str(agreement.pk), action="overeenkomst.gewijzigd").get()
    assert record.changes["titel"] == [
        "Gemeenschappelijke regeling Warmte",
        "Gemeenschappelijke regeling Warmte 2026",
    ]
    assert record.actor == world["users"]["coordinator"] and record.pool_ref == world["pool"].pk
    created = AuditRecord.objects.get(object_id=str(agreement.pk), action="overeenkomst.aangemaakt")
    assert created.changes["partijen"] == ["GM0114"] and created.changes["ondertekend"] is True

    upload = SimpleUploadedFile("regeling-v2.pdf", PDF)
    client.post(
        reverse("agreement-version", args=[agreement.pk]), {"file": upload, "note": "Artikel 4 aangepast"}
    )
    agreement.refresh_from_db()
    assert agreement.version == 2 and [v.number for v in agreement.versions.all()] == [2, 1]
    assert (
        AuditRecord.objects.filter(object_id=str(agreement.pk), action="overeenkomst.versie")
        .get()
        .changes["toelichting"]
        == "Artikel 4 aangepast"
    )
    download = client.get(reverse("agreement-file", args=[agreement.pk, 2]))
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF


def test_the_form_says_what_is_wrong(world):
    client = client_for("coordinator", world["users"])
    response = client.post(
        reverse("agreement-create"),
        {
            "pool": world["pool"].pk,
            "kind": "dvo",
            "title": "DVO Emmen",
            "municipalities": [builders.municipality("GM0114").pk],
            "starts_on": "2026-06-01",
            "ends_on": "2026-01-01",
            "signed": "on",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "De einddatum ligt voor de ingangsdatum." in page
    assert "Vul in wanneer de overeenkomst is ondertekend." in page
    assert not Agreement.objects.filter(title="DVO Emmen").exists()
    # Only the pool's member municipalities can be chosen as parties.
    assert "Groningen" not in client.get(reverse("agreement-create")).content.decode().split("<main")[1]


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("overeenkomst.pdf", b"dit is geen pdf", "past niet bij de extensie"),
        ("overeenkomst.xlsx", PDF, "alleen PDF of Word"),
        ("leeg.pdf", b"", "leeg"),
        ("beveiligd.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "wachtwoord"),
    ],
)
def test_only_real_pdf_or_word_files_are_taken(world, name, data, message):
    with pytest.raises(ValidationError) as error:
        services.upload_version(
            actor=world["users"]["coordinator"], agreement=world["dvo"], upload=services.Upload(name, data)
        )
    assert message in " ".join(error.value.message_dict["file"])
    assert world["dvo"].versions.count() == 0


def test_files_larger_than_the_limit_are_refused(world, monkeypatch):
    from flexpool.core import files

    monkeypatch.setattr(files, "MAX_BYTES", len(PDF) - 1)
    with pytest.raises(ValidationError, match="groter dan"):
        services.upload_version(
            actor=world["users"]["coordinator"], agreement=world["dvo"], upload=services.Upload("a.pdf", PDF)
        )


def test_only_the_pools_coordinator_writes(world):
    users = world["users"]
    for role in ("assen", "member", "finance", "other_coordinator"):
        with pytest.raises(PermissionDenied):
            services.create_agreement(actor=users[role], pool=world["pool"], values=values(title=role))
    assert not Agreement.objects.filter(
        title__in=["assen", "member", "finance", "other_coordinator"]
    ).exists()


def test_an_agreement_rests_on_this_pool_and_its_members(world, other_pool):
    coordinator = world["users"]["coordinator"]
    with pytest.raises(ValidationError) as error:
        services.create_agreement(
            actor=coordinator,
            pool=world["pool"],
            values=values(
                municipalities=[],
                host_is_party=False,
                membership=other_pool.memberships.first(),
                assignment=world["assignment"],
            ),
        )
    problems = error.value.message_dict
    assert "Dit lidmaatschap hoort niet bij deze pool." in problems["membership"]
    assert "niet over allebei" in " ".join(problems["assignment"])
    assert "Kies de gemeenten die partij zijn" in " ".join(problems["municipalities"])


def test_who_reads_which_agreement(world):
    users = world["users"]

    def titles(role):
        page = client_for(role, users).get(reverse("agreement-list")).content.decode()
        return {a.title for a in Agreement.objects.all() if a.title in page}

    everything = {"Samenwerkingsovereenkomst Flexteam", "DVO Assen", "Detachering poollid"}
    assert titles("coordinator") == everything
    # Assen is party to all three; Emmen only to the pool agreement.
    assert titles("assen") == everything
    assert titles("emmen") == {"Samenwerkingsovereenkomst Flexteam"}
    # The member sees only the agreement of its own assignment.
    assert titles("member") == {"Detachering poollid"}
    assert titles("other_coordinator") == set()
    assert (
        client_for("member", users).get(reverse("agreement-detail", args=[world["dvo"].pk])).status_code
        == 404
    )
    detail = client_for("member", users).get(reverse("agreement-detail", args=[world["secondment"].pk]))
    assert detail.status_code == 200 and "Nieuwe versie toevoegen" not in detail.content.decode()


def test_expiring_list_holds_the_60_day_agreement_and_not_the_120_day_one(world):
    client = client_for("coordinator", world["users"])
    page = client.get(reverse("agreement-list") + "?aflopend=90").content.decode()
    assert "DVO Assen" in page and "nog 60 dagen" in page
    assert "Detachering poollid" not in page and "Samenwerkingsovereenkomst Flexteam" not in page
    api = APIClient()
    api.force_authenticate(world["users"]["coordinator"])
    rows = api.get(reverse("api:agreement-list") + "?expiring=90").json()["results"]
    assert [r["title"] for r in rows] == ["DVO Assen"]


def test_the_coordinators_dashboard_asks_attention_for_the_expiring_agreement(world):
    page = client_for("coordinator", world["users"]).get(reverse("dashboard")).content.decode()
    assert "Overeenkomst DVO Assen loopt over 60 dagen af" in page
    assert "Detachering poollid loopt" not in page


def test_list_pages_take_a_fixed_number_of_queries(world, django_assert_max_num_queries):
    coordinator = world["users"]["coordinator"]
    for n in range(15):
        services.create_agreement(
            actor=coordinator,
            pool=world["pool"],
            values=values(title=f"DVO {n}", municipalities=[builders.municipality("GM0106")]),
            upload=services.Upload(f"dvo-{n}.pdf", PDF),
        )
    client = client_for("coordinator", world["users"])
    with django_assert_max_num_queries(20):
        assert client.get(reverse("agreement-list")).status_code == 200
    api = APIClient()
    api.force_authenticate(coordinator)
    with django_assert_max_num_queries(20):
        assert api.get(reverse("api:agreement-list")).status_code == 200


def test_api_create_update_and_upload(world):
    api = APIClient()
    api.force_authenticate(world["users"]["coordinator"])
    created = api.post(
        reverse("api:agreement-list"),
        {
            "pool": world["pool"].pk,
            "kind": "detachering",
            "title": "Detachering via de API",
            "municipalities": ["GM0106"],
            "host_is_party": True,
            "assignment": world["assignment"].pk,
            "starts_on": "2026-01-05",
            "ends_on": "2026-06-26",
        },
        format="json",
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["municipalities"] == ["GM0106"] and body["assignment"] == world["assignment"].pk
    bad = api.put(
        reverse("api:agreement-detail", args=[body["id"]]),
        {
            **{k: body[k] for k in ("pool", "kind", "title", "starts_on")},
            "ends_on": "2025-01-01",
            "municipalities": ["GM0106"],
        },
        format="json",
    )
    assert bad.status_code == 400 and "ends_on" in str(bad.json())
    uploaded = api.post(
        reverse("api:agreement-versions", args=[body["id"]]),
        {"file": SimpleUploadedFile("detachering.pdf", PDF), "note": "getekend"},
        format="multipart",
    )
    assert uploaded.status_code == 201
    assert [v["number"] for v in uploaded.json()["versions"]] == [1]
    assert uploaded.json()["versions"][0]["download"] == reverse("agreement-file", args=[body["id"], 1])
