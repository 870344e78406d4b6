"""Words that people searched for and that no item holds: noted by the search page, listed on the
thesaurus page for coordinators, gone once an item or a thesaurus line covers them."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from flexpool.core.audit_text import describe
from flexpool.core.models import AuditRecord
from flexpool.knowledge import missed_words
from flexpool.knowledge.models import MissedSearchWord, ThesaurusEntry
from tests.knowledge.helpers import make_item


@pytest.fixture(autouse=True)
def fresh_thesaurus():
    from flexpool.knowledge import thesaurus

    thesaurus._changed()


@pytest.fixture
def item(pool, coordinator):
    return make_item(coordinator, pool, "Onderzoek naar riothermie in Assen", body="Warmte uit het riool.")


def search(user, query, **extra):
    client = Client()
    if user is not None:
        client.force_login(user)
    response = client.get(reverse("knowledge-search"), {"q": query, **extra})
    assert response.status_code == 200
    return response


def counts():
    return dict(MissedSearchWord.objects.values_list("word", "searches"))


def thesaurus_page(coordinator):
    client = Client()
    client.force_login(coordinator)
    return client, client.get(reverse("knowledge-thesaurus")).content.decode()


def missed_section(page):
    return page.split('id="th-missed-title"')[1].split("</section>")[0]


def test_the_search_page_notes_only_words_that_no_item_holds(item, member):
    search(member.user, "riothermie kwelderwarmte")
    search(None, "Kwelderwarmte")  # anyone may search; case does not matter
    search(member.user, "riotermie")  # misspelt, and corrected to a word an item holds
    search(member.user, "kwelderwarmte", pagina="2")  # a further page is the same search
    search(member.user, "ab 2024 xq-17")  # too short, a number, a code
    assert counts() == {"kwelderwarmte": 2}


def test_a_word_the_thesaurus_links_to_a_word_of_an_item_is_not_missed(item, member, coordinator):
    ThesaurusEntry.objects.create(phrases="rioolwarmte\nriothermie")
    search(member.user, "rioolwarmte")
    assert counts() == {}


def test_who_searched_is_not_kept(item, member):
    search(member.user, "kwelderwarmte")
    fields = {f.name for f in MissedSearchWord._meta.concrete_fields}
    assert fields == {"id", "word", "searches", "first_searched_on", "last_searched_on"}


def test_the_thesaurus_page_lists_the_words_and_offers_to_add_them(item, member, coordinator):
    for _ in range(3):
        search(member.user, "kwelderwarmte")
    search(member.user, "zilte warmte")
    client, page = thesaurus_page(coordinator)
    shown = missed_section(page)
    assert shown.index("kwelderwarmte") < shown.index("zilte")  # the most searched first
    assert "Keer gezocht: </span>3</td>" in shown
    assert ">warmte<" not in shown  # "warmte" is a word of the item
    form_page = client.get(reverse("knowledge-thesaurus"), {"q": "kwelderwarmte"}).content.decode()
    assert "\nkwelderwarmte</textarea>" in form_page  # the form holds the word, ready for a synonym


def test_a_thesaurus_line_or_a_new_item_takes_a_word_off_the_list(item, member, coordinator, pool):
    search(member.user, "kwelderwarmte zoutwarmte")
    client, page = thesaurus_page(coordinator)
    assert "kwelderwarmte" in missed_section(page) and "zoutwarmte" in missed_section(page)
    response = client.post(
        reverse("knowledge-thesaurus"), {"phrases": "kwelderwarmte\nriothermie", "kind": "synoniem"}
    )
    assert response.status_code == 302
    make_item(coordinator, pool, "Zoutwarmte uit de Waddenzee")
    shown = missed_section(client.get(reverse("knowledge-thesaurus")).content.decode())
    assert "kwelderwarmte" not in shown and "zoutwarmte" not in shown
    assert "Alles waarop de afgelopen 90 dagen is gezocht, staat in een item of in de thesaurus." in shown
    assert search(member.user, "kwelderwarmte").content.decode().count("riothermie") >= 1


def test_a_coordinator_ignores_a_word_and_it_is_audited(item, member, coordinator):
    search(member.user, "kwelderwarmte")
    word = MissedSearchWord.objects.get()
    client, _page = thesaurus_page(coordinator)
    response = client.post(reverse("knowledge-missed-ignore", args=[word.pk]), follow=True)
    assert "“kwelderwarmte” staat niet meer in de lijst." in response.content.decode()
    assert not MissedSearchWord.objects.exists()
    record = AuditRecord.objects.get(action="kennis.zoekwoord_genegeerd")
    assert record.actor_id == coordinator.pk and record.changes["woord"] == "kwelderwarmte"
    sentence = describe(record)
    assert "haalde een vergeefs gezocht woord van de lijst" in sentence and "kwelderwarmte" in sentence


@pytest.mark.parametrize("role", ["anonymous", "assen", "member", "finance", "council"])
def test_only_coordinators_see_and_ignore_the_words(item, role, assen, member, finance, council):
    users = {"assen": assen, "member": member.user, "finance": finance, "council": council}
    search(member.user, "kwelderwarmte")
    word = MissedSearchWord.objects.get()
    client = Client()
    if role != "anonymous":
        client.force_login(users[role])
    assert client.get(reverse("knowledge-thesaurus")).status_code in (302, 403)
    assert client.post(reverse("knowledge-missed-ignore", args=[word.pk])).status_code in (302, 403)
    assert MissedSearchWord.objects.filter(pk=word.pk).exists()


def test_a_word_not_searched_for_in_90_days_is_dropped(item, member, coordinator):
    today = timezone.localdate()
    MissedSearchWord.objects.create(
        word="oudewarmte",
        first_searched_on=today - timedelta(days=200),
        last_searched_on=today - timedelta(days=91),
    )
    MissedSearchWord.objects.create(
        word="vorigemaand",
        first_searched_on=today - timedelta(days=40),
        last_searched_on=today - timedelta(days=30),
    )
    assert [w.word for w in missed_words.listed()] == ["vorigemaand"]
    search(member.user, "kwelderwarmte")
    assert set(counts()) == {"vorigemaand", "kwelderwarmte"}
    assert MissedSearchWord.objects.get(word="kwelderwarmte").first_searched_on == today


def test_the_api_search_does_not_note_words(item, member):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(member.user)
    assert client.get("/api/v1/knowledge/items/", {"q": "kwelderwarmte"}).status_code == 200
    assert counts() == {}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_searches_at_the_same_time_all_count():
    """Eight searches for a new word at once: one adds the row, and no search is lost."""
    import threading

    from django.db import connection

    barrier = threading.Barrier(8)

    def run():
        try:
            barrier.wait()
            missed_words.note(("kwelderwarmte",))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counts() == {"kwelderwarmte": 8}


@pytest.mark.django_db(transaction=True)
def test_a_search_does_not_wait_for_a_long_write_to_count_a_word(reference_data, pool, coordinator, member):
    """While another transaction holds the lock (a long import, say), the search page still
    answers at once; the word is then not counted, which is only bookkeeping."""
    import threading
    import time

    from django.db import connection, transaction

    make_item(coordinator, pool, "Onderzoek naar riothermie in Assen")
    MissedSearchWord.objects.create(
        word="kwelderwarmte", first_searched_on=timezone.localdate(), last_searched_on=timezone.localdate()
    )
    client = Client()
    client.force_login(member.user)  # before the lock: logging in writes a session
    locked, release = threading.Event(), threading.Event()

    def long_write():
        try:
            with transaction.atomic():
                MissedSearchWord.objects.select_for_update().filter(word="kwelderwarmte").update(searches=1)
                locked.set()
                release.wait(10)
        finally:
            connection.close()

    writer = threading.Thread(target=long_write)
    writer.start()
    try:
        assert locked.wait(10)
        started = time.monotonic()
        response = client.get(reverse("knowledge-search"), {"q": "kwelderwarmte"})
        waited = time.monotonic() - started
    finally:
        release.set()
        writer.join()
    assert response.status_code == 200 and "Resultaten" in response.content.decode()
    assert waited < 3, waited
    assert counts() == {"kwelderwarmte": 1}  # not counted while locked
    search(member.user, "kwelderwarmte")
    assert counts() == {"kwelderwarmte": 2}  # and counted again once the lock is gone


def test_the_page_says_which_words_no_item_holds(item, member):
    page = search(member.user, "riothermie kwelderwarmte").content.decode()
    assert "Het woord “kwelderwarmte” staat in geen enkel item." in page
    assert "Onderzoek naar riothermie in Assen" in page
    page = search(member.user, "kwelderwarmte zoutwarmte riothermie").content.decode()
    assert "De woorden “kwelderwarmte” en “zoutwarmte” staan in geen enkel item." in page
    assert 'id="kb-missing"' not in search(member.user, "riothermie").content.decode()


def test_a_flood_of_made_up_words_does_not_fill_the_table(item, member, monkeypatch):
    monkeypatch.setattr(missed_words, "MAX_WORDS", 2)
    search(None, "kwelderwarmte zoutwarmte")
    search(None, "kwelderwarmte qwertywarmte")
    assert counts() == {"kwelderwarmte": 2, "zoutwarmte": 1}
