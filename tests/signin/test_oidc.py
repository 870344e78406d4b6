"""Single sign-on end to end against a real OpenID Connect provider on loopback (oidc_provider.py).

The test client plays the browser: Flexpool redirects it to the provider, the person logs in there,
the provider redirects back with a code, and Flexpool's server exchanges the code over HTTP, checks
the ID token's signature with the provider's published key, reads the userinfo and applies the
claim mappings.
"""

from urllib.parse import parse_qs, urlparse

import pytest
import requests
from django.contrib.auth import get_user_model
from django.test import Client, override_settings

from flexpool.accounts.permissions import roles_of
from flexpool.accounts.roles import Role
from flexpool.core.models import AuditRecord
from flexpool.regions.models import Municipality
from flexpool.signin import sso
from flexpool.signin.models import ClaimMapping, SsoIdentity
from tests.signin.oidc_provider import CLIENT_ID, LoopbackProvider

USERS = {
    "wilma": {
        "sub": "ad-0001-wilma",
        "given_name": "Wilma",
        "family_name": "Wijkstra",
        "email": "wilma@assen.invalid",
        "groups": ["medewerkers", "flexpool-contact-assen"],
    },
    "gerrit": {
        "sub": "ad-0002-gerrit",
        "given_name": "Gerrit",
        "family_name": "Regiestra",
        "email": "gerrit@drenthe.invalid",
        "groups": ["flexpool-coordinatoren"],
    },
    "piet": {
        "sub": "ad-0003-piet",
        "given_name": "Piet",
        "family_name": "Zondergroep",
        "email": "piet@assen.invalid",
        "groups": ["medewerkers"],
    },
}
PASSWORDS = {
    "wilma": "wilma-bij-de-provider",
    "gerrit": "gerrit-bij-de-provider",
    "piet": "piet-bij-de-provider",
}


@pytest.fixture(scope="module")
def provider():
    op = LoopbackProvider(USERS, PASSWORDS, redirect_uri="http://testserver/oidc/callback/").start()
    yield op
    op.stop()


@pytest.fixture
def sso_settings(provider):
    with override_settings(**provider.settings()):
        yield provider


@pytest.fixture
def mappings(pool, coordinator):
    assen = Municipality.objects.get(code="GM0106")
    sso.create_mapping(
        actor=coordinator,
        data=sso.MappingInput("groups", "flexpool-contact-assen", Role.CONTACT, municipality_id=assen.pk),
    )
    sso.create_mapping(
        actor=coordinator,
        data=sso.MappingInput("groups", "flexpool-coordinatoren", Role.COORDINATOR, pool_id=pool.pk),
    )


def sso_login(client: Client, provider: LoopbackProvider, username: str, password: str):
    """Go through the provider as a browser would; return Flexpool's answer to the callback."""
    start = client.get("/oidc/authenticate/?next=/vragen/")
    assert start.status_code == 302
    authorize = start["Location"]
    assert authorize.startswith(f"https://127.0.0.1:{urlparse(authorize).port}/authorize?")
    query = parse_qs(urlparse(authorize).query)
    assert query["client_id"] == [CLIENT_ID] and "nonce" in query and "state" in query
    form = requests.get(authorize, timeout=10, verify=provider.ca_bundle)
    assert form.status_code == 200 and 'name="query"' in form.text
    back = requests.post(
        authorize.split("/authorize")[0] + "/login",
        data={"query": urlparse(authorize).query, "username": username, "password": password},
        allow_redirects=False,
        timeout=10,
        verify=provider.ca_bundle,
    )
    assert back.status_code == 302, back.text
    callback = urlparse(back.headers["Location"])
    assert callback.path == "/oidc/callback/"
    return client.get(f"{callback.path}?{callback.query}")


def test_contact_logs_in_through_the_provider_and_gets_the_mapped_role(sso_settings, mappings):
    client = Client()
    response = sso_login(client, sso_settings, "wilma", PASSWORDS["wilma"])
    assert response.status_code == 302 and response["Location"] == "/vragen/"
    user = get_user_model().objects.get(sso_identity__subject="ad-0001-wilma")
    assert (user.first_name, user.last_name, user.email) == ("Wilma", "Wijkstra", "wilma@assen.invalid")
    assert not user.has_usable_password()
    assert roles_of(user) == {Role.CONTACT}
    assert user.contact.municipality.code == "GM0106"
    page = client.get("/vragen/")
    assert page.status_code == 200
    assert "Wilma Wijkstra" in page.content.decode()
    actions = set(AuditRecord.objects.filter(object_id=str(user.pk)).values_list("action", flat=True))
    assert {"sso.account_aangemaakt", "sso.rollen_bijgewerkt"} <= actions


def test_coordinator_through_sso_is_not_asked_for_a_second_factor(sso_settings, mappings, pool):
    client = Client()
    response = sso_login(client, sso_settings, "gerrit", PASSWORDS["gerrit"])
    assert response.status_code == 302 and response["Location"] == "/vragen/"
    user = get_user_model().objects.get(sso_identity__subject="ad-0002-gerrit")
    assert roles_of(user) == {Role.COORDINATOR}
    assert pool.coordinators.filter(pk=user.pk).exists()
    assert client.get("/intake/").status_code == 200


def test_no_matching_mapping_means_no_entry(sso_settings, mappings):
    client = Client()
    response = sso_login(client, sso_settings, "piet", PASSWORDS["piet"])
    assert response.status_code == 302 and "sso=mislukt" in response["Location"]
    assert not SsoIdentity.objects.filter(subject="ad-0003-piet").exists()
    assert client.get("/vragen/").status_code == 302  # still anonymous
    page = client.get(response["Location"])
    assert "Inloggen via uw organisatie is niet gelukt" in page.content.decode()


def test_removing_a_mapping_takes_the_role_away_at_the_next_login(sso_settings, mappings, coordinator):
    sso_login(Client(), sso_settings, "wilma", PASSWORDS["wilma"])
    user = get_user_model().objects.get(sso_identity__subject="ad-0001-wilma")
    sso.delete_mapping(actor=coordinator, mapping=ClaimMapping.objects.get(value="flexpool-contact-assen"))
    response = sso_login(Client(), sso_settings, "wilma", PASSWORDS["wilma"])
    assert "sso=mislukt" in response["Location"]
    # A later mapping to the same group gives the same Flexpool account back, found by subject.
    sso.create_mapping(
        actor=coordinator,
        data=sso.MappingInput(
            "groups",
            "flexpool-contact-assen",
            Role.CONTACT,
            municipality_id=Municipality.objects.get(code="GM0106").pk,
        ),
    )
    sso_login(Client(), sso_settings, "wilma", PASSWORDS["wilma"])
    assert get_user_model().objects.filter(sso_identity__subject="ad-0001-wilma").get() == user


def test_a_local_user_with_the_same_email_is_not_taken_over(sso_settings, mappings, assen):
    assen.email = "wilma@assen.invalid"
    assen.save()
    sso_login(Client(), sso_settings, "wilma", PASSWORDS["wilma"])
    created = get_user_model().objects.get(sso_identity__subject="ad-0001-wilma")
    assert created.pk != assen.pk


def test_a_forged_callback_is_refused(sso_settings, mappings):
    client = Client()
    client.get("/oidc/authenticate/")
    response = client.get("/oidc/callback/?code=verzonnen&state=verzonnen")
    assert response.status_code in (302, 400)
    assert "_auth_user_id" not in client.session


def test_without_provider_settings_sso_is_off(db):
    client = Client()
    assert client.get("/oidc/authenticate/").status_code == 404
    assert "Inloggen via uw organisatie" not in client.get("/inloggen/").content.decode()


def test_login_page_offers_sso_when_configured(sso_settings):
    page = Client().get("/inloggen/").content.decode()
    assert 'id="sso-login"' in page and "/oidc/authenticate/" in page
