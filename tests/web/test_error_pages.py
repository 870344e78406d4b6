"""Flexpool's own error pages: with DEBUG on (the demo) as in production, and ARIA references
that point to something on forms with errors."""

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from tests.aria import missing_aria_targets


@pytest.mark.parametrize("debug", [True, False])
def test_unknown_address_shows_the_flexpool_404(db, debug):
    with override_settings(DEBUG=debug):
        response = Client().get("/bestaat-niet/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "Niet gevonden" in page and "Flexpool" in page
    assert "URLconf" not in page and "api/v1/" not in page.split("<footer")[0]


@pytest.mark.parametrize("debug", [True, False])
def test_missing_object_shows_the_flexpool_404(coordinator, debug):
    client = Client()
    client.force_login(coordinator)
    with override_settings(DEBUG=debug):
        response = client.get(reverse("request-detail", args=[999999]))
    assert response.status_code == 404
    assert "Niet gevonden" in response.content.decode()
    assert "Traceback" not in response.content.decode()


def test_api_keeps_its_json_404(coordinator):
    client = Client()
    client.force_login(coordinator)
    with override_settings(DEBUG=True):
        response = client.get("/api/v1/requests/999999/")
    assert response.status_code == 404 and response["Content-Type"].startswith("application/json")


def test_500_page_is_our_own(db):
    from flexpool.web.errors import server_error

    response = server_error(None)
    assert response.status_code == 500 and "Er ging iets mis" in response.content.decode()


def test_form_errors_and_help_texts_are_referenced_by_existing_ids(finance):
    client = Client()
    client.force_login(finance)
    page = client.get(reverse("settlement-preview")).content.decode()
    assert 'aria-describedby="id_start_helptext"' in page
    assert missing_aria_targets(page) == []
    assert "fp-errors" not in page  # no error state before anything was typed
    response = client.get(reverse("settlement-preview"), {"start": "", "kind": "maand"})
    page = response.content.decode()
    assert response.status_code == 422 and "fp-errors" in page
    assert missing_aria_targets(page) == []


def test_api_docs_load_swagger_from_our_own_static_files(db):
    import re

    from django.contrib.staticfiles import finders

    page = Client().get("/api/v1/docs/").content.decode()
    assert "cdn.jsdelivr" not in page and "unpkg.com" not in page
    assets = re.findall(r'(?:src|href)="/static/([^"]+)"', page)
    assert any("swagger-ui" in a for a in assets), page[:1000]
    for asset in assets:
        assert finders.find(asset), asset
