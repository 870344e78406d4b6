"""The menukaart through its pages and API: who sees and keeps it, and a request started from it."""

from decimal import Decimal

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from flexpool.catalogue import services
from flexpool.catalogue.models import MenuItem, MenuRequest
from flexpool.core.models import AuditRecord
from flexpool.demand.models import CapacityRequest
from tests import builders
from tests.builders import client_for
from tests.knowledge.helpers import make_item

ROLES = ["anonymous", "coordinator", "assen", "emmen", "member", "finance", "council", "other_coordinator"]
PAGES = {
    "menu-list": {"coordinator", "assen", "emmen", "other_coordinator"},
    "menu-detail": {"coordinator", "assen", "emmen"},
    "menu-create": {"coordinator", "other_coordinator"},
    "menu-edit": {"coordinator"},
}
POST_ONLY: set[str] = set()
# (url name, method) -> roles that get a 2xx.
TABLE = {
    ("menu-item-list", "get"): {"coordinator", "assen", "emmen", "other_coordinator"},
    ("menu-item-list", "post"): {"coordinator", "other_coordinator"},
    ("menu-item-detail", "get"): {"coordinator", "assen", "emmen"},
    ("menu-item-detail", "put"): {"coordinator"},
}
WUP = "Wijkuitvoeringsplan opstellen"


def make_menu_item(coordinator, pool, title=WUP, **overrides):
    values = dict(
        title=title,
        kind="dienst",
        description="Samen met de gemeente een wijkuitvoeringsplan schrijven, met bewoners.",
        hours_per_week=Decimal("16"),
        weeks=26,
        competences=[("projectleiding", 3), ("participatie", 2)],
    )
    values.update(overrides)
    return services.create_item(actor=coordinator, pool=pool, details=services.MenuItemDetails(**values))


@pytest.fixture
def world(pool, coordinator, assen, emmen, member, finance, council, other_coordinator):
    item = make_menu_item(coordinator, pool)
    users = {
        "coordinator": coordinator, "assen": assen, "emmen": emmen, "member": member.user,
        "finance": finance, "council": council, "other_coordinator": other_coordinator,
    }  # fmt: skip
    return item, users


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_access(world, role, name):
    item, users = world
    url = reverse(name, args=[item.pk]) if name in {"menu-detail", "menu-edit"} else reverse(name)
    response = client_for(role, users).get(url)
    if role in PAGES[name]:
        assert response.status_code == 200, (role, name, response.status_code)
    elif role == "anonymous":
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    else:
        assert response.status_code in (403, 404), (role, name, response.status_code)


def _api(world, role, name, method):
    item, users = world
    client = APIClient()
    if role != "anonymous":
        client.force_authenticate(users[role])
    body = {
        "title": "Subsidieaanvraag SVOH",
        "kind": "kennisproduct",
        "description": "Hulp bij de aanvraag van de Specifieke uitkering Volkshuisvesting.",
        "hours_per_week": "8.0",
        "weeks": 6,
        "competences": [{"competence": "projectleiding", "min_level": 2}],
    }
    url = "/api/v1/menu-items/" if name == "menu-item-list" else f"/api/v1/menu-items/{item.pk}/"
    if method == "get":
        return client.get(url)
    return getattr(client, method)(url, body, format="json")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,method", sorted(TABLE))
def test_api_access(world, role, name, method):
    response = _api(world, role, name, method)
    if role in TABLE[(name, method)]:
        assert 200 <= response.status_code < 300, (role, name, method, response.content[:300])
    else:
        assert response.status_code in (401, 403, 404), (role, name, method, response.status_code)


def test_coordinator_keeps_the_menu_through_the_page_audited(pool, coordinator):
    knowledge = make_item(coordinator, pool, "Voorbeeld wijkuitvoeringsplan Assen-Oost")
    client = client_for("coordinator", {"coordinator": coordinator})
    response = client.post(
        reverse("menu-create"),
        {
            "title": "Participatietraject begeleiden",
            "kind": "dienst",
            "description": "Een participatietraject voor een wijk opzetten en begeleiden.",
            "hours_per_week": "12",
            "weeks": "20",
            "active": "on",
            "competence_1": "participatie",
            "level_1": "3",
            "level_2": "2",
            "level_3": "2",
            "knowledge_items": [str(knowledge.pk)],
        },
    )
    item = MenuItem.objects.get(title="Participatietraject begeleiden")
    assert response.status_code == 302 and response["Location"] == reverse("menu-detail", args=[item.pk])
    assert item.total_hours == Decimal("240") and list(item.knowledge_items.all()) == [knowledge]
    assert AuditRecord.objects.filter(action="menukaart.toegevoegd", object_id=str(item.pk)).exists()
    page = client.get(reverse("menu-detail", args=[item.pk])).content.decode()
    assert "Voorbeeld wijkuitvoeringsplan Assen-Oost" in page and "12,0 uur per week, 20 weken" in page
    # Taking it off the menu hides it from municipalities, not from the coordinator.
    edit = client.post(
        reverse("menu-edit", args=[item.pk]),
        {"title": item.title, "kind": "dienst", "description": item.description, "hours_per_week": "12",
         "weeks": "20", "competence_1": "participatie", "level_1": "3", "level_2": "2", "level_3": "2"},
    )  # fmt: skip
    assert edit.status_code == 302
    item.refresh_from_db()
    assert item.active is False
    assert AuditRecord.objects.filter(action="menukaart.gewijzigd", object_id=str(item.pk)).exists()
    assen = builders.make_contact("GM0106", "assen")
    assert (
        client_for("assen", {"assen": assen}).get(reverse("menu-detail", args=[item.pk])).status_code == 404
    )


def test_invalid_item_shows_errors_on_the_fields(pool, coordinator):
    client = client_for("coordinator", {"coordinator": coordinator})
    response = client.post(
        reverse("menu-create"),
        {"title": "Dubbel", "kind": "dienst", "description": "x", "hours_per_week": "12", "weeks": "4",
         "competence_1": "participatie", "level_1": "3", "competence_2": "participatie", "level_2": "2",
         "level_3": "2"},
    )  # fmt: skip
    assert response.status_code == 200
    assert "Dezelfde competentie staat er twee keer in." in response.content.decode()
    assert not MenuItem.objects.exists()


def test_contact_starts_a_prefilled_request_that_remembers_its_menu_item(world):
    item, users = world
    client = client_for("assen", users)
    detail = client.get(reverse("menu-detail", args=[item.pk])).content.decode()
    start = reverse("request-create") + f"?menu={item.pk}"
    assert f'href="{start}"' in detail
    form = client.get(start).content.decode()
    assert f'value="{WUP}"' in form and "Samen met de gemeente een wijkuitvoeringsplan" in form
    assert f'name="menu_item" value="{item.pk}"' in form
    assert (
        '<option value="projectleiding" selected>' in form
        and '<option value="participatie" selected>' in form
    )
    assert 'name="hours_per_week" value="16"' in form  # Dutch notation: no ".0" for whole hours
    response = client.post(
        start,
        builders.request_form_data(
            title=WUP + " Assen-Noord", competence_1="projectleiding", level_1="3", menu_item=str(item.pk)
        ),
    )
    created = CapacityRequest.objects.get(title=WUP + " Assen-Noord")
    assert response.status_code == 302
    assert MenuRequest.objects.get(request=created).item == item
    assert AuditRecord.objects.filter(action="menukaart.vraag_gestart").exists()
    page = client.get(reverse("request-detail", args=[created.pk])).content.decode()
    assert 'id="request-menu-item"' in page and WUP in page


def test_a_menu_item_of_another_pool_prefills_nothing(world, other_pool, other_coordinator):
    _item, users = world
    foreign = make_menu_item(other_coordinator, other_pool, title="Klimaatatelier")
    form = client_for("assen", users).get(reverse("request-create") + f"?menu={foreign.pk}").content.decode()
    assert "Klimaatatelier" not in form and 'name="menu_item"' not in form


def test_list_queries_do_not_grow_with_items(world, django_assert_max_num_queries):
    item, users = world
    client = client_for("coordinator", users)
    for n in range(15):
        make_menu_item(users["coordinator"], item.pool, title=f"Onderdeel {n}")
    with django_assert_max_num_queries(20):
        assert client.get(reverse("menu-list")).status_code == 200
