"""The search thesaurus: coordinators keep it on a page and through the API, every change is in the
audit trail, and a search uses a change at once (on SQLite and PostgreSQL alike)."""

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from flexpool.core.models import AuditRecord
from flexpool.knowledge.models import ThesaurusEntry
from flexpool.knowledge.search import search_items
from flexpool.knowledge.visibility import viewer_for
from tests.knowledge.helpers import make_item

ROLES = ["anonymous", "coordinator", "assen", "member", "finance", "council"]


@pytest.fixture(autouse=True)
def words_only():
    """The thesaurus works on the words; the meaning (tests/knowledge/test_meaning.py) would find
    the riothermie item for "rioolwarmte" without it."""
    from flexpool.knowledge import ranking

    with ranking.using_options(ranking.Options(meaning=False)):
        yield


@pytest.fixture(autouse=True)
def fresh_thesaurus():
    """The thesaurus is cached per process; a test's rolled-back changes must not reach the next."""
    from flexpool.knowledge import thesaurus

    thesaurus._changed()


@pytest.fixture
def users(coordinator, assen, member, finance, council):
    return {
        "coordinator": coordinator,
        "assen": assen,
        "member": member.user,
        "finance": finance,
        "council": council,
    }


@pytest.fixture
def item(pool, coordinator):
    return make_item(coordinator, pool, "Onderzoek naar riothermie in Assen")


def titles(user, query):
    return [h.item.title for h in search_items(viewer=viewer_for(user), text_query=query).hits]


def test_defaults_are_installed(db):
    phrases = [set(e.phrase_list) for e in ThesaurusEntry.objects.all()]
    assert any({"WUP", "wijkuitvoeringsplan"} <= p for p in phrases)
    assert any("Wcw" in p for p in phrases) and any("HR++" in p for p in phrases)


def test_every_default_entry_passes_the_checks_of_the_page(db):
    from flexpool.knowledge.thesaurus import EntryValues, clean_values

    entries = list(ThesaurusEntry.objects.all())
    assert len(entries) > 150
    for entry in entries:
        clean_values(EntryValues(phrases=entry.phrase_list, kind=entry.kind))  # raises, naming the field


def test_everyday_words_are_in_the_defaults_and_extend_existing_groups(pool, coordinator):
    """Migration 0011: new groups ("portefeuillehouder" finds the wethouder's item) and words added
    to a group that was there ("transportschaarste" joins netcongestie's group, not a group of its own)."""
    make_item(coordinator, pool, "Brief van de wethouder over de planning")
    make_item(coordinator, pool, "Netcongestie in de regio: wat het betekent voor warmtepompen")
    congestion = [e.phrase_list for e in ThesaurusEntry.objects.all() if "netcongestie" in e.phrase_list]
    assert len(congestion) == 1 and {"vol stroomnet", "transportschaarste"} <= set(congestion[0])
    assert titles(coordinator, "portefeuillehouder") == ["Brief van de wethouder over de planning"]
    assert titles(coordinator, "transportschaarste") == [
        "Netcongestie in de regio: wat het betekent voor warmtepompen"
    ]


def test_default_lines_of_an_upgrade_do_not_bring_back_what_a_coordinator_removed(coordinator):
    """Migrations that add default lines (0010, 0011 and later ones) merge them with `merge_groups`,
    which leaves out every phrase that a coordinator deleted or took out of a line."""
    from importlib import import_module

    from django.apps import apps

    from flexpool.knowledge import thesaurus

    merge_groups = import_module("flexpool.knowledge.migrations.0010_more_thesaurus").merge_groups
    deleted = ThesaurusEntry.objects.create(phrases="kwelderwarmte\nkwelwarmte")
    changed = ThesaurusEntry.objects.create(phrases="zoutwarmte\nzilte warmte\nzeewarmte")
    thesaurus.delete_entry(actor=coordinator, entry=deleted)
    thesaurus.save_entry(
        actor=coordinator, entry=changed, values=thesaurus.EntryValues(["zoutwarmte", "zeewarmte"])
    )
    merge_groups(
        apps,
        [
            ("synoniem", ["kwelderwarmte", "kwelwarmte", "getijdewarmte"]),
            ("synoniem", ["Zoutwarmte", "zilte  warmte", "brakwarmte"]),
            ("synoniem", ["duinwarmte", "zandwarmte"]),
        ],
    )
    lines = [e.phrase_list for e in ThesaurusEntry.objects.all()]
    assert not [line for line in lines if {"kwelderwarmte", "kwelwarmte", "getijdewarmte"} & set(line)]
    assert ThesaurusEntry.objects.get(pk=changed.pk).phrase_list == ["zoutwarmte", "zeewarmte", "brakwarmte"]
    assert ["duinwarmte", "zandwarmte"] in lines


def test_a_coordinator_adds_a_synonym_on_the_page_and_search_uses_it_at_once(coordinator, item):
    assert "Onderzoek naar riothermie in Assen" not in titles(coordinator, "rioolwarmte")
    client = Client()
    client.force_login(coordinator)
    response = client.post(
        reverse("knowledge-thesaurus"),
        {"phrases": "rioolwarmte\nriothermie", "kind": "synoniem", "note": "warmte uit het riool"},
    )
    assert response.status_code == 302
    entry = ThesaurusEntry.objects.get(phrases="rioolwarmte\nriothermie")
    assert entry.updated_by == coordinator
    record = AuditRecord.objects.get(action="kennis.thesaurus_toegevoegd", object_id=str(entry.pk))
    assert record.actor == coordinator and record.changes["woorden"] == ["rioolwarmte", "riothermie"]
    assert titles(coordinator, "rioolwarmte")[0] == "Onderzoek naar riothermie in Assen"
    page = client.get(reverse("knowledge-thesaurus")).content.decode()
    assert "rioolwarmte · riothermie" in page


def test_wrong_input_on_the_page_names_the_field(coordinator):
    client = Client()
    client.force_login(coordinator)
    response = client.post(reverse("knowledge-thesaurus"), {"phrases": "alleen één", "kind": "synoniem"})
    assert response.status_code == 200
    assert "Geef minstens twee woorden" in response.content.decode()
    response = client.post(reverse("knowledge-thesaurus"), {"phrases": "de\nhet", "kind": "synoniem"})
    assert response.status_code == 200 and "bevat geen zoekwoord" in response.content.decode()
    assert not AuditRecord.objects.filter(action__startswith="kennis.thesaurus").exists()


def test_a_coordinator_changes_and_deletes_an_entry(coordinator, item):
    entry = ThesaurusEntry.objects.create(phrases="riothermie\nrioolwarmte")
    client = Client()
    client.force_login(coordinator)
    response = client.post(
        reverse("knowledge-thesaurus-edit", args=[entry.pk]),
        {"phrases": "riothermie\nwarmte uit afvalwater", "kind": "synoniem"},
    )
    assert response.status_code == 302
    assert "Onderzoek naar riothermie in Assen" not in titles(coordinator, "rioolwarmte")
    assert titles(coordinator, "warmte uit afvalwater")[0] == "Onderzoek naar riothermie in Assen"
    changed = AuditRecord.objects.get(action="kennis.thesaurus_gewijzigd")
    assert changed.changes["eerder"] == ["riothermie", "rioolwarmte"]
    assert client.post(reverse("knowledge-thesaurus-delete", args=[entry.pk])).status_code == 302
    assert not ThesaurusEntry.objects.filter(pk=entry.pk).exists()
    assert AuditRecord.objects.filter(action="kennis.thesaurus_verwijderd", object_id=str(entry.pk)).exists()


def test_the_list_says_who_changed_a_line_last(coordinator):
    coordinator.first_name, coordinator.last_name = "Fenna", "Voorbeeld"
    coordinator.save()
    entry = ThesaurusEntry.objects.create(phrases="riothermie\nrioolwarmte")
    client = Client()
    client.force_login(coordinator)
    url = reverse("knowledge-thesaurus")
    assert "niemand (standaardlijst)" in client.get(url, {"q": "riothermie"}).content.decode()
    client.post(
        reverse("knowledge-thesaurus-edit", args=[entry.pk]),
        {"phrases": "riothermie\nrioolwarmte\nwarmte uit het riool", "kind": "synoniem"},
    )
    page = client.get(url, {"q": "riothermie"}).content.decode()
    changed_line = next(row for row in page.split("<tr") if "warmte uit het riool" in row)
    assert "Fenna Voorbeeld" in changed_line
    assert "niemand (standaardlijst)" not in changed_line


@pytest.mark.parametrize("role", ROLES)
def test_only_coordinators_may_delete(users, role):
    entry = ThesaurusEntry.objects.first()
    client = Client()
    if role != "anonymous":
        client.force_login(users[role])
    response = client.post(reverse("knowledge-thesaurus-delete", args=[entry.pk]))
    if role == "coordinator":
        assert response.status_code == 302
        assert not ThesaurusEntry.objects.filter(pk=entry.pk).exists()
    else:
        assert response.status_code in (302, 403) and ThesaurusEntry.objects.filter(pk=entry.pk).exists()
        if role == "anonymous":
            assert "/inloggen/" in response["Location"]


def test_the_list_finds_a_word_in_any_form_and_says_what_a_search_adds(coordinator):
    """The filter matches case and accents aside, inflections and compound parts alike; a word that
    is on a line shows what a search for it also finds."""
    network = ThesaurusEntry.objects.create(phrases="warmtenet\ncollectieve warmtevoorziening")
    roof = ThesaurusEntry.objects.create(phrases="dakisolatie\nisolatie van het dak")
    energy = ThesaurusEntry.objects.create(phrases="energiecoöperatie\nlokale energie-initiatief")
    client = Client()
    client.force_login(coordinator)
    total = ThesaurusEntry.objects.count()
    for word, expected in (("Warmtenetten", network), ("isolatie", roof), ("cooperatie", energy)):
        page = client.get(reverse("knowledge-thesaurus"), {"q": word}).content.decode()
        assert " · ".join(expected.phrase_list) in page, word
        assert "woonwijk" not in page  # not a word of these lines: the filter narrows the list
        shown = page.count("/verwijderen/")  # one delete link per line shown
        assert f"{shown} van de {total} regels" in page
    page = client.get(reverse("knowledge-thesaurus"), {"q": "WARMTENET"}).content.decode()
    assert "Wie zoekt op “WARMTENET”, vindt ook items met:" in page
    assert "collectieve warmtevoorziening" in page.split('id="th-effect"')[1].split("</div>")[0]


def test_a_word_that_no_line_holds_is_offered_for_adding(coordinator):
    client = Client()
    client.force_login(coordinator)
    page = client.get(reverse("knowledge-thesaurus"), {"q": "kwelderwarmte"}).content.decode()
    assert "Geen regel bevat “kwelderwarmte”" in page and "0 van de" in page
    assert "\nkwelderwarmte</textarea>" in page  # the add form holds the word


def test_the_list_filters_by_kind_and_refuses_an_unknown_kind(coordinator):
    client = Client()
    client.force_login(coordinator)
    page = client.get(reverse("knowledge-thesaurus"), {"soort": "afkorting"}).content.decode()
    abbreviations = ThesaurusEntry.objects.filter(kind="afkorting").count()
    assert 0 < abbreviations < ThesaurusEntry.objects.count()
    assert f"{abbreviations} van de {ThesaurusEntry.objects.count()} regels" in page
    assert ">Synoniem</td>" not in page
    wrong = client.get(reverse("knowledge-thesaurus"), {"soort": "woordenboek"})
    assert wrong.status_code == 400 and "Kies een van: afkorting, synoniem." in wrong.content.decode()


def test_deleting_asks_first_and_returns_to_the_filtered_list(coordinator):
    entry = ThesaurusEntry.objects.create(phrases="riothermie\nrioolwarmte", note="warmte uit het riool")
    client = Client()
    client.force_login(coordinator)
    url = reverse("knowledge-thesaurus-delete", args=[entry.pk])
    question = client.get(url, {"q": "riool"}).content.decode()
    assert "Weet u zeker dat u deze regel wilt verwijderen?" in question
    assert "riothermie · rioolwarmte" in question and f'action="{url}?q=riool"' in question
    assert ThesaurusEntry.objects.filter(pk=entry.pk).exists()  # asking deletes nothing
    response = client.post(f"{url}?q=riool")
    assert response.status_code == 302 and response["Location"] == "/kennis/thesaurus/?q=riool"
    assert not ThesaurusEntry.objects.filter(pk=entry.pk).exists()


def test_a_change_made_from_a_filtered_list_returns_to_it(coordinator):
    entry = ThesaurusEntry.objects.create(phrases="riothermie\nrioolwarmte")
    client = Client()
    client.force_login(coordinator)
    edit = reverse("knowledge-thesaurus-edit", args=[entry.pk])
    listed = client.get(reverse("knowledge-thesaurus"), {"q": "riool", "soort": "synoniem"}).content.decode()
    assert f'href="{edit}?q=riool&amp;soort=synoniem"' in listed
    response = client.post(
        f"{edit}?q=riool&soort=synoniem", {"phrases": "riothermie\nwarmte uit afvalwater", "kind": "synoniem"}
    )
    assert response["Location"] == "/kennis/thesaurus/?q=riool&soort=synoniem"
    assert ThesaurusEntry.objects.get(pk=entry.pk).phrase_list == ["riothermie", "warmte uit afvalwater"]


# API -------------------------------------------------------------------------------------------


def api(user=None):
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


@pytest.mark.parametrize("role", ROLES)
def test_api_access_per_role(users, role):
    client = api(users.get(role))
    entry = ThesaurusEntry.objects.first()
    body = {"phrases": ["PvA", "plan van aanpak"], "kind": "afkorting"}
    responses = {
        "list": client.get("/api/v1/knowledge/thesaurus/"),
        "retrieve": client.get(f"/api/v1/knowledge/thesaurus/{entry.pk}/"),
        "create": client.post("/api/v1/knowledge/thesaurus/", body, format="json"),
        "update": client.put(f"/api/v1/knowledge/thesaurus/{entry.pk}/", body, format="json"),
        "destroy": client.delete(f"/api/v1/knowledge/thesaurus/{entry.pk}/"),
    }
    for action, response in responses.items():
        if role == "coordinator":
            assert 200 <= response.status_code < 300, (action, response.status_code)
        else:
            assert response.status_code in (401, 403), (role, action, response.status_code)


def test_api_adds_an_entry_and_refuses_wrong_input_per_field(coordinator, item):
    client = api(coordinator)
    response = client.post(
        "/api/v1/knowledge/thesaurus/",
        {"phrases": ["rioolwarmte", "riothermie"], "kind": "synoniem"},
        format="json",
    )
    assert response.status_code == 201 and response.json()["phrases"] == ["rioolwarmte", "riothermie"]
    assert AuditRecord.objects.filter(action="kennis.thesaurus_toegevoegd").count() == 1
    assert titles(coordinator, "rioolwarmte")[0] == "Onderzoek naar riothermie in Assen"
    wrong = client.post("/api/v1/knowledge/thesaurus/", {"phrases": ["alleen"]}, format="json")
    assert wrong.status_code == 400 and "phrases" in str(wrong.json())
    wrong = client.post(
        "/api/v1/knowledge/thesaurus/", {"phrases": ["a1", "b2"], "kind": "iets"}, format="json"
    )
    assert wrong.status_code == 400 and "kind" in str(wrong.json())


def test_api_filters_by_word_and_kind(coordinator):
    ThesaurusEntry.objects.create(phrases="riothermie\nrioolwarmte", kind="synoniem")
    client = api(coordinator)
    found = client.get("/api/v1/knowledge/thesaurus/", {"q": "Rioolwarmte"}).json()
    assert [row["phrases"] for row in found] == [["riothermie", "rioolwarmte"]]
    abbreviations = client.get("/api/v1/knowledge/thesaurus/", {"soort": "afkorting"}).json()
    assert abbreviations and {row["kind"] for row in abbreviations} == {"afkorting"}
    wrong = client.get("/api/v1/knowledge/thesaurus/", {"soort": "iets"})
    assert wrong.status_code == 400 and "soort" in wrong.json()["errors"]


def test_look_here_first_uses_the_thesaurus(pool, coordinator, assen, item):
    from flexpool.knowledge import ranking

    def suggested():
        found = api(assen).get("/api/v1/knowledge/suggestions/", {"q": "Wij willen rioolwarmte benutten"})
        return {row["title"] for row in found.json()["items"]}

    # The panel's ranking by meaning finds the item without any thesaurus line.
    assert "Onderzoek naar riothermie in Assen" in suggested()
    with ranking.using_options(ranking.Options(meaning_suggestions=False)):  # by the words alone
        assert "Onderzoek naar riothermie in Assen" not in suggested()
        api(coordinator).post(
            "/api/v1/knowledge/thesaurus/", {"phrases": ["rioolwarmte", "riothermie"]}, format="json"
        )
        assert "Onderzoek naar riothermie in Assen" in suggested()
