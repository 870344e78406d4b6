"""The knowledge API: search with facets, visibility, upload, reuse, suggestions, experts, figures."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from flexpool.knowledge.models import KnowledgeItem, Visibility
from tests import builders
from tests.knowledge import files
from tests.knowledge.helpers import make_corpus, make_item


def api(user=None):
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


@pytest.fixture
def corpus(pool, coordinator):
    return make_corpus(coordinator, pool)


def test_search_is_open_but_shows_only_public_items_to_anonymous(corpus, coordinator):
    anonymous = api().get("/api/v1/knowledge/items/?q=warmtenet").json()
    assert {r["title"] for r in anonymous["results"]} == {
        "Raadsvoorstel warmte-net Coevorden", "Haalbaarheidsstudie warmtenet Kloosterveen",
        "Transitievisie Warmte Hoogeveen",
    }  # fmt: skip
    full = api(coordinator).get("/api/v1/knowledge/items/?q=warmtenet&soort=sjabloon").json()
    assert [r["title"] for r in full["results"]] == ["Sjabloon plan van aanpak wijkuitvoeringsplan"]
    assert "<mark>" in full["results"][0]["snippet"] and full["facets"]["kind"][0]["count"] == 1
    internal = corpus["Sjabloon plan van aanpak wijkuitvoeringsplan"]
    assert api().get(f"/api/v1/knowledge/items/{internal.pk}/").status_code == 404
    assert api(coordinator).get(f"/api/v1/knowledge/items/{internal.pk}/").status_code == 200


def test_create_with_files_and_errors_per_field(pool, coordinator, assen):
    response = api(coordinator).post(
        "/api/v1/knowledge/items/",
        {"title": "Studie", "kind": "onderzoek", "published_on": "2025-01-01",
         "files": [SimpleUploadedFile("s.odt", files.odt())]},
        format="multipart",
    )  # fmt: skip
    assert response.status_code == 201, response.json()
    assert response.json()["files"][0]["type"] == "odt"
    bad = api(coordinator).post(
        "/api/v1/knowledge/items/",
        {"title": "Kapot", "kind": "onderzoek", "published_on": "2025-01-01",
         "files": [SimpleUploadedFile("s.pdf", files.pdf(password="x"))]},
        format="multipart",
    )  # fmt: skip
    assert bad.status_code == 400 and "wachtwoord" in bad.json()["errors"]["files"][0]
    assert KnowledgeItem.objects.count() == 1
    assert api(builders.make_contact("GM0153", "enschede")).post(
        "/api/v1/knowledge/items/", {"title": "X", "kind": "onderzoek", "published_on": "2025-01-01"}
    ).status_code in (403, 404)


def test_reuse_suggestions_experts_and_figures(corpus, pool, coordinator, assen, emmen, member):
    item = make_item(
        coordinator, pool, "Aanpak warmtenet", visibility=Visibility.POOL, author_members=[member]
    )
    first = api(assen).post(f"/api/v1/knowledge/items/{item.pk}/reuse/", {}, format="json")
    assert first.status_code == 201 and first.json()["municipality"] == "GM0106"
    assert api(assen).post(f"/api/v1/knowledge/items/{item.pk}/reuse/", {}, format="json").status_code == 200
    assert (
        api(coordinator).post(f"/api/v1/knowledge/items/{item.pk}/reuse/", {}, format="json").status_code
        == 403
    )
    builders.make_request(pool, emmen, title="Warmtenet Emmerhout", description="Projectleider warmtenet.")
    suggestions = api(assen).get("/api/v1/knowledge/suggestions/?q=warmtenetten").json()
    assert any(i["id"] == item.pk and i["reused_by_you"] for i in suggestions["items"])
    assert [r["municipality"] for r in suggestions["requests"]] == ["GM0114"]
    as_contact = api(assen).get("/api/v1/knowledge/experts/?q=warmtenet").json()["results"]
    as_coordinator = api(coordinator).get("/api/v1/knowledge/experts/?q=warmtenet").json()["results"]
    assert as_contact[0]["name"] == member.name and "email" not in as_contact[0]
    assert "employer" in as_coordinator[0]
    assert api(member.user).get("/api/v1/knowledge/experts/?q=warmtenet").status_code == 403
    rows = {
        r["municipality"]: r for r in api(assen).get("/api/v1/knowledge/reuse-figures/").json()["results"]
    }
    assert rows["GM0106"]["reused_from_others"] == 1 and rows["GM0106"]["reused_by_others"] == 0
