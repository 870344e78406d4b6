"""Words that people searched for and that no item holds: the gaps the thesaurus can close.

The search page notes them (`note`, from `search.words_not_found`); the thesaurus page shows the
most searched (`listed`) with a link that puts the word in its form, and a coordinator can drop one
(`ignore`, audited). Only the word, how often and when are kept, never who searched, and a word not
searched for in KEEP_DAYS days is removed the next time a new word is noted.

When someone who searched for such a word searches again within FOLLOW_UP_MINUTES and this time
every word is found, that second search is counted with the word (`after_search`): people who do
not find what they look for try another word, most often the one the items use. Which words a
person searched for in vain is kept only in their own browser, until that next search.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import contextmanager
from datetime import timedelta

from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import F, QuerySet, prefetch_related_objects
from django.utils import timezone

from flexpool.core import audit
from flexpool.core.errors import NotAllowed
from flexpool.knowledge import ranking, search, text, thesaurus
from flexpool.knowledge.models import MissedSearchWord, MissedWordFollowUp

KEEP_DAYS = 90
SHOWN = 20
# Anyone may search, so a flood of made-up words must not fill the table: beyond this many words
# only those already listed are counted, until old ones drop off after KEEP_DAYS.
MAX_WORDS = 5_000
LOCK_WAIT_MS = 250  # counting a word is bookkeeping: give up rather than hold up the search
FOLLOW_UP_MINUTES = 10
MAX_FOLLOW_UPS = 20  # distinct later searches kept per word; beyond, only those kept are counted
NEXT_SHOWN = 3
MAX_WORDS_WAITING = 10
logger = logging.getLogger(__name__)


def after_search(pending: list[str], result: search.SearchResult) -> list[str]:
    """Bookkeeping after the first page of a search, given the words that the same person searched
    for in vain in the last FOLLOW_UP_MINUTES (`pending`, kept by the caller): count the words of
    this search that no item holds, or, if it found items for every word, count this search with
    the pending words. Returns the words to keep pending after this search."""
    if result.not_found:  # someone trying word after word: each waits for the search that finds
        return list(dict.fromkeys([*pending, *note(result.not_found)]))[-MAX_WORDS_WAITING:]
    if pending and result.hits:
        phrase = " ".join((result.suggestion if result.corrected else result.text).lower().split())[:80]
        if phrase:
            _note_follow_up(pending, phrase)
    return []


def note(words: tuple[str, ...]) -> list[str]:
    """Count a search for each word, and return the words as kept. A failure (or a lock held
    longer than LOCK_WAIT_MS) is logged, not raised: the search itself worked."""
    kept = list(dict.fromkeys(w.lower()[:40] for w in words))
    if not kept:
        return kept
    today = timezone.localdate()

    def count() -> None:
        if any([_count_word(word, today) for word in kept]):  # a list: count every word
            MissedSearchWord.objects.filter(last_searched_on__lt=today - timedelta(days=KEEP_DAYS)).delete()

    _bookkeep("the words a search did not find", count)
    return kept


def _count_word(word: str, today) -> bool:
    return _count_one(
        MissedSearchWord.objects.filter(word=word),
        today,
        full=lambda: MissedSearchWord.objects.count() >= MAX_WORDS,
        create=lambda: MissedSearchWord.objects.create(
            word=word, first_searched_on=today, last_searched_on=today
        ),
    )


def _note_follow_up(words: list[str], phrase: str) -> None:
    today = timezone.localdate()

    def count() -> None:
        for word in MissedSearchWord.objects.filter(word__in=words):
            _count_one(
                MissedWordFollowUp.objects.filter(word=word, phrase=phrase),
                today,
                full=lambda word=word: word.follow_ups.count() >= MAX_FOLLOW_UPS,
                create=lambda word=word: MissedWordFollowUp.objects.create(
                    word=word, phrase=phrase, last_searched_on=today
                ),
            )

    _bookkeep("what was searched for after a word that no item holds", count)


def _bookkeep(what: str, work: Callable[[], None]) -> None:
    """Run `work` in a brief transaction; a failure is logged, not raised: the search itself worked."""
    try:
        with _transaction_with_brief_lock_wait():
            work()
    except DatabaseError:
        logger.warning("Could not note %s", what, exc_info=True)


@contextmanager
def _transaction_with_brief_lock_wait():
    """A transaction that waits at most LOCK_WAIT_MS for a lock instead of the configured 20 s
    (SQLite's `busy_timeout`, PostgreSQL's `lock_timeout`), so a search does not hang behind a long
    write such as an import."""
    if connection.vendor == "postgresql":
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT_MS}ms'")
            yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        before = cursor.fetchone()[0]
        cursor.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
    try:
        with transaction.atomic():
            yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA busy_timeout = {int(before)}")


def _count_one(rows: QuerySet, today, *, full, create) -> bool:
    """Add one search to the row `rows` selects (in the database, so two searches at once both
    count), or `create` it unless the table is `full`; True if it was created."""
    if rows.update(searches=F("searches") + 1, last_searched_on=today):
        return False
    if full():
        return False
    try:
        with transaction.atomic():
            create()
    except IntegrityError:  # another search added it just now
        rows.update(searches=F("searches") + 1, last_searched_on=today)
        return False
    return True


def listed(limit: int = SHOWN) -> list[MissedSearchWord]:
    """The most searched words of the last KEEP_DAYS days that the search still does not find: an
    item or a thesaurus line added since then takes a word off the list."""
    since = timezone.localdate() - timedelta(days=KEEP_DAYS)
    recent = list(MissedSearchWord.objects.filter(last_searched_on__gte=since)[: limit * 10])
    if not recent:
        return []
    mapping = thesaurus.mapping()
    queries = {w.word: text.parse_query(w.word, thesaurus=mapping) for w in recent}
    df = ranking.term_frequencies([t for q in queries.values() for t in q.terms])
    shown = [w for w in recent if search.words_not_found(queries[w.word], df)][:limit]
    prefetch_related_objects(shown, "follow_ups")
    for word in shown:
        word.searched_next = list(word.follow_ups.all())[:NEXT_SHOWN]
    return shown


@transaction.atomic
def ignore(*, actor, word: MissedSearchWord) -> None:
    """Take a word off the list (it comes back when people search for it again); audited."""
    if not thesaurus.may_manage(actor):
        raise NotAllowed
    audit.record(
        actor=actor,
        action="kennis.zoekwoord_genegeerd",
        obj=word,
        changes={"woord": word.word, "keer gezocht": word.searches},
    )
    word.delete()
