"""Words that people searched for and that no item holds: the gaps the thesaurus can close.

The search page notes them (`note`, from `search.words_not_found`); the thesaurus page shows the
most searched (`listed`) with a link that puts the word in its form, and a coordinator can drop one
(`ignore`, audited). Only the word, how often and when are kept, never who searched, and a word not
searched for in KEEP_DAYS days is removed the next time a new word is noted.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from datetime import timedelta

from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone

from flexpool.core import audit
from flexpool.core.errors import NotAllowed
from flexpool.knowledge import search, text, thesaurus
from flexpool.knowledge.models import MissedSearchWord

KEEP_DAYS = 90
SHOWN = 20
# Anyone may search, so a flood of made-up words must not fill the table: beyond this many words
# only those already listed are counted, until old ones drop off after KEEP_DAYS.
MAX_WORDS = 5_000
LOCK_WAIT_MS = 250  # counting a word is bookkeeping: give up rather than hold up the search
logger = logging.getLogger(__name__)


def note(words: tuple[str, ...]) -> None:
    """Count a search for each word. A failure (or a lock held longer than LOCK_WAIT_MS) is
    logged, not raised: the search itself worked."""
    if not words:
        return
    today = timezone.localdate()
    try:
        with _transaction_with_brief_lock_wait():
            added = False
            for word in dict.fromkeys(w.lower()[:40] for w in words):
                added = _count(word, today) or added
            if added:
                MissedSearchWord.objects.filter(
                    last_searched_on__lt=today - timedelta(days=KEEP_DAYS)
                ).delete()
    except DatabaseError:
        logger.warning("Could not note the words a search did not find", exc_info=True)


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


def _count(word: str, today) -> bool:
    """Add one search for `word` (in the database, so two searches at once both count); True if
    the word is new."""
    rows = MissedSearchWord.objects.filter(word=word)
    if rows.update(searches=F("searches") + 1, last_searched_on=today):
        return False
    if MissedSearchWord.objects.count() >= MAX_WORDS:
        return False
    try:
        with transaction.atomic():
            MissedSearchWord.objects.create(word=word, first_searched_on=today, last_searched_on=today)
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
    df = search.term_frequencies([t for q in queries.values() for t in q.terms])
    return [w for w in recent if search.words_not_found(queries[w.word], df)][:limit]


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
