"""What people searched for next after a word that no item holds: counted with that word when the
next search of the same person, within ten minutes, finds every word; offered on the thesaurus page
as the word to add in one step. The words wait in a signed cookie of the person's own browser."""

import pytest
from django.core import signing
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from flexpool.knowledge import missed_words
from flexpool.knowledge.models import MissedSearchWord, MissedWordFollowUp, ThesaurusEntry
from tests.knowledge.test_missed_words import fresh_thesaurus, item  # noqa: F401 (fixtures)

pytestmark = pytest.mark.usefixtures("item")  # an item about riothermie, by the coordinator


def searcher(user):
    """One person's browser: the searches share a session."""
    client = Client()
    if user is not None:
        client.force_login(user)

    def search(query, **extra):
        response = client.get(reverse("knowledge-search"), {"q": query, **extra})
        assert response.status_code == 200
        return response

    return search


def follow_ups():
    return {(f.word.word, f.phrase): f.searches for f in MissedWordFollowUp.objects.select_related("word")}


def missed_section(client):
    page = client.get(reverse("knowledge-thesaurus")).content.decode()
    return page.split('id="th-missed-title"')[1].split("</section>")[0]


def test_the_next_search_that_finds_every_word_is_counted_with_the_missed_word(member, coordinator):
    first = searcher(member.user)
    first("kwelderwarmte")
    first("Riothermie")
    first("riothermie")  # only the first search after the missed word counts
    second = searcher(coordinator)
    second("kwelderwarmte")
    second("riothermie   ")
    assert follow_ups() == {("kwelderwarmte", "riothermie"): 2}


def test_a_search_that_still_misses_a_word_waits_with_it_for_one_that_finds(member):
    search = searcher(member.user)
    search("kwelderwarmte")
    search("zoutwarmte riothermie")  # finds the item, but no item holds "zoutwarmte"
    search("warmte uit het riool")
    assert follow_ups() == {
        ("kwelderwarmte", "warmte uit het riool"): 1,
        ("zoutwarmte", "warmte uit het riool"): 1,
    }


def test_a_search_that_finds_nothing_does_not_count(member, pool, coordinator):
    search = searcher(member.user)
    search("kwelderwarmte")
    search("riothermie", jaar="2001")  # every word is known, but nothing matches the filter
    search("riothermie")
    assert follow_ups() == {}


def test_a_corrected_search_counts_as_the_words_searched_for(member):
    search = searcher(member.user)
    search("kwelderwarmte")
    assert "riothermie" in search("riotermie").content.decode()
    assert follow_ups() == {("kwelderwarmte", "riothermie"): 1}


def test_a_later_search_does_not_count(member, monkeypatch):
    monkeypatch.setattr(missed_words, "FOLLOW_UP_MINUTES", -1)  # every search comes too late
    search = searcher(member.user)
    search("kwelderwarmte")
    search("riothermie")
    assert follow_ups() == {}


def test_searches_of_someone_not_logged_in_are_not_linked():
    search = searcher(None)
    search("kwelderwarmte")
    response = search("riothermie")
    assert follow_ups() == {} and "kennis_gemist" not in response.cookies
    assert MissedSearchWord.objects.get().searches == 1  # the word itself still counts


def test_who_searched_is_not_kept(member):
    search = searcher(member.user)
    search("kwelderwarmte")
    search("riothermie")
    fields = {f.name for f in MissedWordFollowUp._meta.concrete_fields}
    assert fields == {"id", "word", "phrase", "searches", "last_searched_on"}


def test_a_word_keeps_a_limited_number_of_next_searches(member, monkeypatch):
    monkeypatch.setattr(missed_words, "MAX_FOLLOW_UPS", 1)
    for then in ("riothermie", "riool", "riothermie"):
        search = searcher(member.user)
        search("kwelderwarmte")
        search(then)
    assert follow_ups() == {("kwelderwarmte", "riothermie"): 2}


def test_the_thesaurus_page_adds_the_next_search_as_a_synonym_in_one_step(member, coordinator):
    for then in ("riothermie", "riothermie", "riool"):
        search = searcher(member.user)
        search("kwelderwarmte")
        search(then)
    client = Client()
    client.force_login(coordinator)
    shown = missed_section(client)
    assert shown.index("riothermie") < shown.index("riool")  # the most searched first
    assert "riothermie<span" in shown and "(2 keer)" in shown and "(1 keer)" in shown
    link = reverse("knowledge-thesaurus") + "?q=kwelderwarmte&amp;samen=riothermie"
    assert link in shown
    form_page = client.get(reverse("knowledge-thesaurus"), {"q": "kwelderwarmte", "samen": "riothermie"})
    form_page = form_page.content.decode()
    assert "\nkwelderwarmte\nriothermie</textarea>" in form_page
    assert (
        "In het formulier hierboven staan “kwelderwarmte” en “riothermie” al op een eigen regel." in form_page
    )
    response = client.post(
        reverse("knowledge-thesaurus") + "?q=kwelderwarmte",
        {"phrases": "kwelderwarmte\nriothermie", "kind": "synoniem"},
    )
    assert response.status_code == 302
    assert ThesaurusEntry.objects.filter(phrases="kwelderwarmte\nriothermie").exists()
    assert "kwelderwarmte" not in missed_section(client)
    assert "Onderzoek naar riothermie" in searcher(member.user)("kwelderwarmte").content.decode()


def test_the_next_search_is_not_put_in_the_form_of_a_word_a_line_holds(coordinator):
    ThesaurusEntry.objects.create(phrases="kwelderwarmte\nzoutwarmte")
    client = Client()
    client.force_login(coordinator)
    page = client.get(
        reverse("knowledge-thesaurus"), {"q": "kwelderwarmte", "samen": "riothermie"}
    ).content.decode()
    assert "riothermie</textarea>" not in page and "op een eigen regel" not in page


def test_ignoring_a_word_drops_what_was_searched_next(member, coordinator):
    search = searcher(member.user)
    search("kwelderwarmte")
    search("riothermie")
    client = Client()
    client.force_login(coordinator)
    client.post(reverse("knowledge-missed-ignore", args=[MissedSearchWord.objects.get().pk]))
    assert not MissedWordFollowUp.objects.exists()


def test_the_thesaurus_page_queries_do_not_grow_with_the_words(member, coordinator):
    client = Client()
    client.force_login(coordinator)

    def queries_of_page():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("knowledge-thesaurus")).status_code == 200
        return len(captured)

    def missed_then_found(words):
        for word in words:
            search = searcher(member.user)
            search(word)
            search("riothermie")
            search = searcher(member.user)
            search(word)
            search("riool")

    missed_then_found(["kwelderwarmte"])
    few = queries_of_page()
    missed_then_found(["zoutwarmte", "wadwarmte", "slikwarmte", "kleiwarmte"])
    assert MissedWordFollowUp.objects.count() == 10
    assert queries_of_page() == few


@pytest.mark.parametrize("forged", ["rubbish", "another salt", "not a list"])
def test_a_cookie_that_was_not_set_by_the_search_page_is_ignored(member, forged):
    cookie = {
        "rubbish": "rubbish",
        "another salt": signing.dumps(["kwelderwarmte"], salt="iets anders"),
        "not a list": signing.dumps({"kwelderwarmte": 1}, salt="kennis_gemist"),
    }[forged]
    MissedSearchWord.objects.create(
        word="kwelderwarmte", first_searched_on=timezone.localdate(), last_searched_on=timezone.localdate()
    )
    client = Client()
    client.force_login(member.user)
    client.cookies["kennis_gemist"] = cookie
    response = client.get(reverse("knowledge-search"), {"q": "riothermie"})
    assert response.status_code == 200 and "Onderzoek naar riothermie" in response.content.decode()
    assert follow_ups() == {}


def test_the_cookie_is_only_for_the_server_and_gone_after_the_search_that_finds(member, settings):
    settings.SESSION_COOKIE_SECURE = True  # as in production: only over HTTPS, like the session
    client = Client()
    client.force_login(member.user)
    cookie = client.get(reverse("knowledge-search"), {"q": "kwelderwarmte"}).cookies["kennis_gemist"]
    assert (
        cookie["httponly"] and cookie["secure"] and cookie["samesite"] == "Lax" and cookie["max-age"] == 600
    )
    gone = client.get(reverse("knowledge-search"), {"q": "riothermie"}).cookies["kennis_gemist"]
    assert gone.value == "" and follow_ups() == {("kwelderwarmte", "riothermie"): 1}
