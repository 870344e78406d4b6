"""Role matrix of the second-factor, account and claim-mapping pages, and what the mapping page does."""

import pytest
from django.urls import reverse

from flexpool.core.models import AuditRecord
from flexpool.regions.models import Municipality
from flexpool.signin.models import ClaimMapping
from flexpool.signin.urls import urlpatterns
from tests.builders import client_for

ROLES = ["anonymous", "coordinator", "assen", "member", "finance", "council"]
EVERYONE = set(ROLES)
LOGGED_IN = EVERYONE - {"anonymous"}
# Which role may open each page (GET); anonymous is sent to the login page where it is not listed.
PAGES = {
    "login-second-factor": EVERYONE,  # redirects to the login page without a password step first
    "login-second-factor-setup": EVERYONE,
    "account-security": LOGGED_IN,
    "claim-mappings": {"coordinator"},
    # Single sign-on (mozilla-django-oidc): the start answers 404 while no provider is configured,
    # the callback without a code sends back to the login page (tests/signin/test_oidc.py does the
    # whole flow against a real provider).
    "oidc_authentication_init": EVERYONE,
    "oidc_authentication_callback": EVERYONE,
}
POST_ONLY = {"claim-mapping-delete", "oidc_logout"}


@pytest.fixture
def users(coordinator, assen, member, finance, council):
    return {
        "coordinator": coordinator,
        "assen": assen,
        "member": member.user,
        "finance": finance,
        "council": council,
    }


def test_every_page_is_in_the_table():
    names = {p.name for p in urlpatterns if getattr(p, "name", None)}
    names |= {p.name for r in urlpatterns for p in getattr(r, "url_patterns", [])}
    assert names == set(PAGES) | POST_ONLY


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_access(users, role, name):
    response = client_for(role, users).get(reverse(name))
    if name.startswith("login-second-factor"):
        assert response.status_code == 302 and response["Location"] == "/inloggen/"
    elif name == "oidc_authentication_init":
        assert response.status_code == 404
    elif name == "oidc_authentication_callback":
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    elif role in PAGES[name]:
        assert response.status_code == 200, (role, name, response.status_code)
    elif role == "anonymous":
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    else:
        assert response.status_code == 403, (role, name, response.status_code)


@pytest.mark.parametrize("role", ["assen", "member", "finance", "council"])
def test_post_only_actions_are_refused_to_other_roles(users, role, member):
    mapping = ClaimMapping.objects.create(claim="groups", value="x", role="council")
    client = client_for(role, users)
    assert client.post(reverse("claim-mapping-delete", args=[mapping.pk])).status_code == 403
    assert ClaimMapping.objects.filter(pk=mapping.pk).exists()


def test_oidc_logout_logs_out(users):
    client = client_for("assen", users)
    response = client.post(reverse("oidc_logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_coordinator_adds_and_removes_a_mapping_and_both_are_audited(coordinator, pool):
    client = client_for("coordinator", {"coordinator": coordinator})
    response = client.post(
        reverse("claim-mappings"),
        {"claim": "groups", "value": "flexpool-coordinatoren", "role": "coordinator", "pool": pool.pk},
    )
    assert response.status_code == 302
    mapping = ClaimMapping.objects.get(value="flexpool-coordinatoren")
    assert (mapping.role, mapping.pool_id, mapping.created_by_id) == ("coordinator", pool.pk, coordinator.pk)
    assert "flexpool-coordinatoren" in client.get(reverse("claim-mappings")).content.decode()
    client.post(reverse("claim-mapping-delete", args=[mapping.pk]))
    assert not ClaimMapping.objects.exists()
    actions = list(
        AuditRecord.objects.filter(object_type="signin.claimmapping")
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert actions == ["sso.koppeling_toegevoegd", "sso.koppeling_verwijderd"]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"claim": "groups", "value": "fin", "role": "finance"}, "role", "alleen een beheerder"),
        ({"claim": "groups", "value": "c", "role": "coordinator"}, "pool", "Kies de pool"),
        ({"claim": "groups", "value": "k", "role": "contact"}, "municipality", "Kies de gemeente"),
        ({"claim": "", "value": "k", "role": "council"}, "claim", "Dit veld is vereist"),
        ({"claim": "groups", "value": "k", "role": "baas"}, "role", "geen beschikbare keuze"),
    ],
)
def test_wrong_mapping_input_names_the_field(coordinator, data, field, message):
    client = client_for("coordinator", {"coordinator": coordinator})
    response = client.post(reverse("claim-mappings"), data)
    assert response.status_code in (200, 400)
    form = response.context["form"]
    assert field in form.errors and message in " ".join(form.errors[field])
    assert not ClaimMapping.objects.exists()


def test_coordinator_cannot_map_a_municipality_outside_the_pool(coordinator):
    groningen = Municipality.objects.get(code="GM0014")
    client = client_for("coordinator", {"coordinator": coordinator})
    response = client.post(
        reverse("claim-mappings"),
        {"claim": "groups", "value": "g", "role": "contact", "municipality": groningen.pk},
    )
    assert "municipality" in response.context["form"].errors
    assert not ClaimMapping.objects.exists()


# ---- privacy ---------------------------------------------------------------------------------


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_queries_do_not_grow_with_rows(coordinator, pool):
    client = client_for("coordinator", {"coordinator": coordinator})
    assen = Municipality.objects.get(code="GM0106")
    counts = {}
    for n in (3, 30):
        for i in range(len(ClaimMapping.objects.all()), n):
            ClaimMapping.objects.create(claim="groups", value=f"g{i}", role="contact", municipality=assen)
        counts[n] = (
            _queries(client, reverse("claim-mappings")),
            _queries(client, reverse("privacy-requests")),
        )
    assert counts[3] == counts[30]
