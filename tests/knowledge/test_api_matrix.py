"""Every knowledge API operation for every role, with a second pool's coordinator.

The item used is internal to the Drenthe pool: outsiders get 404 on it, and lists show them nothing of it.
"""

import pytest
from rest_framework.test import APIClient

from flexpool.knowledge.models import Visibility
from tests.knowledge.helpers import make_item

ROLES = ["anonymous", "coordinator", "assen", "emmen", "member", "finance", "council", "other_coordinator"]
LOGGED_IN = set(ROLES) - {"anonymous"}
# (url name, method) -> roles that get a 2xx.
TABLE = {
    ("knowledge-item-list", "get"): set(ROLES),
    ("knowledge-item-list", "post"): {"coordinator", "assen", "emmen", "member", "other_coordinator"},
    ("knowledge-item-detail", "get"): {"coordinator", "assen", "emmen", "member"},
    ("knowledge-item-reuse", "post"): {"assen", "emmen"},
    ("knowledge-api-suggestions", "get"): LOGGED_IN,
    ("knowledge-api-experts", "get"): {"coordinator", "assen", "emmen", "other_coordinator"},
    ("knowledge-api-reuse-figures", "get"): LOGGED_IN,
    # One thesaurus for every pool's search: coordinators keep it.
    ("knowledge-thesaurus-list", "get"): {"coordinator", "other_coordinator"},
    ("knowledge-thesaurus-list", "post"): {"coordinator", "other_coordinator"},
    ("knowledge-thesaurus-detail", "get"): {"coordinator", "other_coordinator"},
    ("knowledge-thesaurus-detail", "put"): {"coordinator", "other_coordinator"},
    ("knowledge-thesaurus-detail", "delete"): {"coordinator", "other_coordinator"},
}
TITLE = "Interne studie warmtenet Drenthe"


@pytest.fixture
def world(pool, coordinator, assen, emmen, member, finance, council, other_coordinator):
    item = make_item(coordinator, pool, TITLE, visibility=Visibility.POOL, author_members=[member])
    users = {
        "coordinator": coordinator, "assen": assen, "emmen": emmen, "member": member.user,
        "finance": finance, "council": council, "other_coordinator": other_coordinator,
    }  # fmt: skip
    return item, users


def call(world, role, name, method):
    item, users = world
    from flexpool.knowledge.models import ThesaurusEntry

    entry = ThesaurusEntry.objects.order_by("pk").first()
    synonyms = {"phrases": ["PvA", "plan van aanpak"], "kind": "afkorting"}
    client = APIClient()
    if role != "anonymous":
        client.force_authenticate(users[role])
    url, body = {
        "knowledge-item-list": (
            "/api/v1/knowledge/items/",
            {
                "title": "Nieuwe notitie",
                "summary": "Wat we leerden.",
                "kind": "les",
                "published_on": "2026-01-05",
            },
        ),
        "knowledge-item-detail": (f"/api/v1/knowledge/items/{item.pk}/", {}),
        "knowledge-item-reuse": (f"/api/v1/knowledge/items/{item.pk}/reuse/", {}),
        "knowledge-api-suggestions": ("/api/v1/knowledge/suggestions/?q=warmtenet", {}),
        "knowledge-api-experts": ("/api/v1/knowledge/experts/?q=warmtenet", {}),
        "knowledge-api-reuse-figures": ("/api/v1/knowledge/reuse-figures/", {}),
        "knowledge-thesaurus-list": ("/api/v1/knowledge/thesaurus/", synonyms),
        "knowledge-thesaurus-detail": (f"/api/v1/knowledge/thesaurus/{entry.pk}/", synonyms),
    }[name]
    if method == "get":
        return client.get(url)
    return getattr(client, method)(url, body, format="json")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,method", sorted(TABLE))
def test_operation_access(world, role, name, method):
    response = call(world, role, name, method)
    if role in TABLE[(name, method)]:
        assert 200 <= response.status_code < 300, (
            role,
            name,
            method,
            response.status_code,
            response.content[:300],
        )
    else:
        assert response.status_code in (401, 403, 404), (role, name, method, response.status_code)


@pytest.mark.parametrize("role", ["anonymous", "finance", "council", "other_coordinator"])
def test_outsiders_do_not_find_the_internal_item(world, role):
    found = call(world, role, "knowledge-item-list", "get").json()["results"]
    assert TITLE not in {row["title"] for row in found}
    suggestions = call(world, role, "knowledge-api-suggestions", "get")
    if suggestions.status_code == 200:
        assert TITLE not in {row["title"] for row in suggestions.json()["items"]}
