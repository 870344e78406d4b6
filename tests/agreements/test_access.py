"""Every page and API operation of agreements, host and funders, for every role."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from rest_framework.test import APIClient

from flexpool.agreements import api_urls, urls
from tests.agreements.conftest import PDF
from tests.builders import client_for

ROLES = ["anonymous", "coordinator", "assen", "emmen", "member", "finance", "council", "other_coordinator"]
LOGGED_IN = set(ROLES) - {"anonymous"}
# Which role may open each page (GET); the agreement pages open the DVO of Assen (Assen is party)
# and the file of the pool agreement (Assen and Emmen are party).
PAGES = {
    "agreement-list": {"coordinator", "assen", "emmen", "member", "other_coordinator"},
    "agreement-create": {"coordinator", "other_coordinator"},
    "agreement-detail": {"coordinator", "assen"},
    "agreement-edit": {"coordinator"},
    "agreement-file": {"coordinator", "assen", "emmen"},
    "funding": {"coordinator", "other_coordinator"},
}
POST_ONLY = {"agreement-version"}
TABLE = {
    ("agreement-list", "get"): {"coordinator", "assen", "emmen", "member", "other_coordinator"},
    ("agreement-list", "post"): {"coordinator"},
    ("agreement-detail", "get"): {"coordinator", "assen"},
    ("agreement-detail", "put"): {"coordinator"},
    ("agreement-versions", "post"): {"coordinator"},
    ("pool-funding", "get"): {"coordinator", "assen", "emmen", "finance", "council"},
    ("pool-funding", "put"): {"coordinator"},
}


def test_every_page_and_endpoint_is_in_the_table():
    assert {p.name for p in urls.urlpatterns} == set(PAGES) | POST_ONLY
    routes = {p.name for p in api_urls.urlpatterns} | {p.name for p in api_urls.router.urls}
    assert routes == {name for name, _ in TABLE}


def _args(world, name):
    if name in {"agreement-detail", "agreement-edit"}:
        return [world["dvo"].pk]
    if name == "agreement-file":
        return [world["pool_agreement"].pk, 1]
    return []


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_access(world, role, name):
    response = client_for(role, world["users"]).get(reverse(name, args=_args(world, name)))
    if role in PAGES[name]:
        assert response.status_code == 200, (role, name, response.status_code)
    elif role == "anonymous":
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    else:
        assert response.status_code in (403, 404), (role, name, response.status_code)


@pytest.mark.parametrize("role", ROLES)
def test_version_upload_access(world, role):
    client = client_for(role, world["users"])
    upload = SimpleUploadedFile("v2.pdf", PDF, content_type="application/pdf")
    response = client.post(reverse("agreement-version", args=[world["dvo"].pk]), {"file": upload})
    world["dvo"].refresh_from_db()
    if role == "coordinator":
        assert response.status_code == 302 and world["dvo"].versions.count() == 1
    elif role == "anonymous":
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    else:
        assert response.status_code in (403, 404)
        assert world["dvo"].versions.count() == 0


def _body(world, name, method):
    pool = world["pool"]
    if name == "agreement-list" and method == "post":
        return {
            "pool": pool.pk,
            "kind": "dvo",
            "title": "DVO Emmen",
            "municipalities": ["GM0114"],
            "starts_on": "2026-01-01",
            "ends_on": "2027-12-31",
        }
    if name == "agreement-detail" and method == "put":
        return {
            "pool": pool.pk,
            "kind": "dvo",
            "title": "DVO Assen (verlengd)",
            "municipalities": ["GM0106"],
            "starts_on": "2025-01-01",
            "ends_on": "2028-12-31",
            "membership": world["dvo"].membership_id,
        }
    if name == "pool-funding" and method == "put":
        return {
            "host": {"kind": "provincie", "name": "Provincie Drenthe"},
            "funders": [
                {
                    "name": "Provincie Drenthe",
                    "kind": "provincie",
                    "contributions": [{"year": 2026, "percentage": "25"}],
                }
            ],
        }
    return {}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,method", sorted(TABLE))
def test_api_access(world, role, name, method):
    client = APIClient()
    if role != "anonymous":
        client.force_authenticate(world["users"][role])
    kwargs = {}
    if name in {"agreement-detail", "agreement-versions"}:
        kwargs = {"pk": world["dvo"].pk}
    if name == "pool-funding":
        kwargs = {"pk": world["pool"].pk}
    url = reverse(f"api:{name}", kwargs=kwargs)
    if name == "agreement-versions":
        response = client.post(url, {"file": SimpleUploadedFile("v2.pdf", PDF)}, format="multipart")
    else:
        response = getattr(client, method)(url, _body(world, name, method), format="json")
    if role in TABLE[(name, method)]:
        assert response.status_code in (200, 201), (
            role,
            name,
            method,
            response.status_code,
            response.content,
        )
    elif role == "anonymous":
        assert response.status_code in (401, 403)
    else:
        assert response.status_code in (403, 404), (role, name, method, response.status_code)
