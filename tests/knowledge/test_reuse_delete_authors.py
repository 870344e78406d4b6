"""Reuse tied to the request it was recorded for, deleting items, and contact persons as authors."""

import pytest
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse

from flexpool.core.models import AuditRecord
from flexpool.demand.models import CapacityRequest
from flexpool.knowledge import services
from flexpool.knowledge.models import KnowledgeItem, Posting, ReuseRecord, TermStat, Visibility
from flexpool.knowledge.search import search_items
from flexpool.knowledge.services import Upload
from flexpool.knowledge.visibility import Viewer
from flexpool.pool.models import Contact
from tests import builders
from tests.knowledge import files
from tests.knowledge.helpers import make_corpus, make_item

WARMTENET = "Haalbaarheidsstudie warmtenet Kloosterveen"


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


request_form = builders.request_form_data


# Reuse recorded while drafting a request ------------------------------------------------------


def test_reuse_marked_while_drafting_is_tied_to_the_request_that_is_filed(pool, coordinator, assen, emmen):
    make_corpus(coordinator, pool)
    item = KnowledgeItem.objects.get(title=WARMTENET)
    contact = client_for(assen)
    # The panel on the new-request form: the button records reuse without a request yet.
    marked = contact.post(
        reverse("knowledge-reuse", args=[item.pk]), {"request": ""}, HTTP_X_REQUESTED_WITH="fetch"
    )
    record_id = marked.json()["id"]
    assert marked.json()["request"] is None
    # Shown again (the list refreshes while typing), it is marked as still to be tied to the request.
    fragment = contact.get(reverse("knowledge-suggestions") + "?q=warmtenet+Kloosterveen").content.decode()
    assert (
        f'data-reuse="{record_id}"' in fragment
        and "wordt bij het opslaan aan deze vraag gekoppeld" in fragment
    )
    # The form carries the record along as a hidden field and the request is filed.
    response = contact.post(reverse("request-create"), request_form(hergebruik=[str(record_id)]))
    assert response.status_code == 302, response.content.decode()[:2000]
    filed = CapacityRequest.objects.get(title="Projectleider warmtenet Assen-Oost")
    record = ReuseRecord.objects.get(pk=record_id)
    assert record.request_id == filed.pk
    linked = AuditRecord.objects.get(action="kennis.hergebruik_gekoppeld", object_id=str(filed.pk))
    assert linked.changes["kennisitems"] == [item.pk] and linked.municipality_code == "GM0106"
    # Once tied, the panel no longer carries it.
    fragment = contact.get(reverse("knowledge-suggestions") + "?q=warmtenet+Kloosterveen").content.decode()
    assert "data-reuse" not in fragment and "Hergebruik vastgelegd" in fragment
    # Shown on the request ...
    page = contact.get(reverse("request-detail", args=[filed.pk])).content.decode()
    assert "Hergebruikt bestaand werk" in page and WARMTENET in page
    assert "koppelde hergebruikte kennis aan de vraag" in page
    # ... and on the item, with the request for the municipality itself and the coordinator only.
    for user in (assen, coordinator):
        page = client_for(user).get(reverse("knowledge-detail", args=[item.pk])).content.decode()
        assert "bij vraag" in page and "Projectleider warmtenet Assen-Oost" in page, user
    page = client_for(emmen).get(reverse("knowledge-detail", args=[item.pk])).content.decode()
    assert "Assen" in page and "Projectleider warmtenet Assen-Oost" not in page


def test_reuse_of_an_earlier_request_is_tied_as_well(pool, coordinator, assen, emmen):
    earlier = builders.make_request(pool, emmen, title="Projectleider warmtenet Emmerhout")
    contact = client_for(assen)
    marked = contact.post(
        reverse("knowledge-request-reuse", args=[earlier.pk]), HTTP_X_REQUESTED_WITH="fetch"
    )
    response = contact.post(
        reverse("request-create"), request_form(hergebruik=[str(marked.json()["id"])], concept="1", submit="")
    )
    assert response.status_code == 302
    filed = CapacityRequest.objects.get(title="Projectleider warmtenet Assen-Oost")
    assert ReuseRecord.objects.get(source_request=earlier).request_id == filed.pk
    page = contact.get(reverse("request-detail", args=[filed.pk])).content.decode()
    assert "Projectleider warmtenet Emmerhout" in page and "eerdere vraag van Emmen" in page


def test_only_own_untied_records_are_tied(pool, coordinator, assen, emmen):
    make_corpus(coordinator, pool)
    item = KnowledgeItem.objects.get(title=WARMTENET)
    other_item = KnowledgeItem.objects.get(title="Raadsvoorstel warmte-net Coevorden")
    theirs, _ = services.record_reuse(actor=emmen, item=item)
    earlier = builders.make_request(pool, assen, title="Eerdere eigen vraag")
    tied, _ = services.record_reuse(actor=assen, item=other_item, request=earlier)
    client_for(assen).post(
        reverse("request-create"), request_form(hergebruik=[str(theirs.pk), str(tied.pk), "x"])
    )
    theirs.refresh_from_db()
    tied.refresh_from_db()
    assert theirs.request_id is None and tied.request_id == earlier.pk
    assert not AuditRecord.objects.filter(action="kennis.hergebruik_gekoppeld").exists()


def test_while_editing_a_request_reuse_is_tied_at_once(pool, coordinator, assen):
    make_corpus(coordinator, pool)
    draft = builders.make_request(pool, assen, submit=False, title="Concept warmtenet")
    item = KnowledgeItem.objects.get(title=WARMTENET)
    contact = client_for(assen)
    fragment = contact.get(
        reverse("knowledge-suggestions") + f"?q=warmtenet&vraag={draft.pk}"
    ).content.decode()
    assert f'name="request" value="{draft.pk}"' in fragment
    marked = contact.post(
        reverse("knowledge-reuse", args=[item.pk]), {"request": draft.pk}, HTTP_X_REQUESTED_WITH="fetch"
    )
    assert marked.json()["request"] == draft.pk
    assert ReuseRecord.objects.get(pk=marked.json()["id"]).request_id == draft.pk


# Deleting an item -------------------------------------------------------------------------------


@pytest.fixture
def stored_item(pool, assen):
    return make_item(
        assen, pool, "Aquathermie uit de Drentse Aa", summary="Warmte uit oppervlaktewater.",
        uploads=[Upload("aquathermie.pdf", files.pdf("Aquathermie voor de binnenstad."))],
    )  # fmt: skip


def test_delete_asks_for_confirmation_then_removes_item_files_and_index(
    pool, assen, stored_item, django_capture_on_commit_callbacks
):
    viewer = Viewer(authenticated=True, user_id=assen.pk, pool_ids=(pool.pk,))
    assert [h.item.pk for h in search_items(viewer=viewer, text_query="aquathermie").hits] == [stored_item.pk]
    docs_before = TermStat.objects.get(index="item", term="").df
    stored = stored_item.files.get().file.name
    contact = client_for(assen)
    detail = contact.get(reverse("knowledge-detail", args=[stored_item.pk])).content.decode()
    assert reverse("knowledge-delete", args=[stored_item.pk]) in detail
    page = contact.get(reverse("knowledge-delete", args=[stored_item.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Weet u zeker" in text and "1 bijgevoegd bestand wordt ook verwijderd" in text
    assert KnowledgeItem.objects.filter(pk=stored_item.pk).exists()  # nothing happens on GET
    with django_capture_on_commit_callbacks(execute=True):
        response = contact.post(reverse("knowledge-delete", args=[stored_item.pk]), {"confirm": "1"})
    assert response.status_code == 302 and response["Location"] == reverse("knowledge-search")
    assert not KnowledgeItem.objects.filter(pk=stored_item.pk).exists()
    assert not Posting.objects.filter(item_id=stored_item.pk).exists()
    assert TermStat.objects.get(index="item", term="").df == docs_before - 1
    assert search_items(viewer=viewer, text_query="aquathermie").hits == []
    record = AuditRecord.objects.get(action="kennis.verwijderd", object_id=str(stored_item.pk))
    assert record.actor == assen and record.object_label == "Aquathermie uit de Drentse Aa"
    assert contact.get(reverse("knowledge-detail", args=[stored_item.pk])).status_code == 404
    assert not default_storage.exists(stored)


def test_delete_only_for_those_who_may_edit(pool, coordinator, assen, emmen, member, stored_item):
    stored_item.visibility = Visibility.ALL_POOLS
    stored_item.save()
    assert client_for(coordinator).get(reverse("knowledge-delete", args=[stored_item.pk])).status_code == 200
    for user in (emmen, member.user):
        client = client_for(user)
        assert client.get(reverse("knowledge-delete", args=[stored_item.pk])).status_code == 403
        assert client.post(reverse("knowledge-delete", args=[stored_item.pk])).status_code == 403
        detail = client.get(reverse("knowledge-detail", args=[stored_item.pk])).content.decode()
        assert reverse("knowledge-delete", args=[stored_item.pk]) not in detail
    assert KnowledgeItem.objects.filter(pk=stored_item.pk).exists()
    assert Client().post(reverse("knowledge-delete", args=[stored_item.pk])).status_code == 302  # to login
    assert KnowledgeItem.objects.filter(pk=stored_item.pk).exists()


# Contact persons as authors ---------------------------------------------------------------------


def test_the_form_offers_contacts_of_the_pool_as_authors(pool, coordinator, assen, emmen):
    assen.first_name, assen.last_name = "Fictieve", "Contactpersoon"
    assen.save()
    builders.make_pool("Warmteteam Twente", "ES16", codes=["GM0153"])
    enschede = builders.make_contact("GM0153", "enschede")
    client = client_for(coordinator)
    form = client.get(reverse("knowledge-create")).context["form"]
    offered = set(form.fields["author_contacts"].queryset)
    assert {assen.contact, emmen.contact} <= offered and enschede.contact not in offered
    assert "Fictieve Contactpersoon (Assen)" in client.get(reverse("knowledge-create")).content.decode()
    response = client.post(
        reverse("knowledge-create"),
        {
            "title": "Participatieplan Assen-Oost", "summary": "Bewoners praten mee.",
            "kind": "participatieplan", "phase": "wup", "published_on": "2025-03-01", "visibility": "pool",
            "author_contacts": [assen.contact.pk, emmen.contact.pk],
        },
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    item = KnowledgeItem.objects.get(title="Participatieplan Assen-Oost")
    assert set(item.author_contacts.all()) == {assen.contact, emmen.contact}
    detail = client.get(reverse("knowledge-detail", args=[item.pk])).content.decode()
    assert "Fictieve Contactpersoon (Assen)" in detail
    edit = client.get(reverse("knowledge-edit", args=[item.pk]))
    assert set(edit.context["form"].initial["author_contacts"]) == {assen.contact.pk, emmen.contact.pk}
    # Editing keeps or changes them like any other field.
    data = {
        "title": item.title, "summary": item.summary, "kind": item.kind, "phase": item.phase,
        "published_on": "2025-03-01", "visibility": "pool", "author_contacts": [emmen.contact.pk],
    }  # fmt: skip
    assert client.post(reverse("knowledge-edit", args=[item.pk]), data).status_code == 302
    assert list(item.author_contacts.all()) == [emmen.contact]


def test_contacts_from_outside_the_pool_are_refused(pool, coordinator):
    builders.make_pool("Warmteteam Twente", "ES16", codes=["GM0153"])
    enschede = builders.make_contact("GM0153", "enschede")
    with pytest.raises(services.ValidationError) as error:
        make_item(coordinator, pool, "Buiten de pool", author_contacts=[Contact.objects.get(user=enschede)])
    assert "author_contacts" in error.value.message_dict
