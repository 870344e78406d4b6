"""Keeping the search columns and the term statistics in step with items and requests."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import F

from flexpool.knowledge import fulltext, text, vectors
from flexpool.knowledge.models import KnowledgeFile, KnowledgeItem, Posting, RequestIndex, TermStat

# How much of a long document goes into the index (characters of original text).
BODY_LIMIT = 400_000
K1, B = fulltext.K1, fulltext.B
DOUBLE_WEIGHTS = fulltext.DOUBLE_WEIGHTS
posting_rows = fulltext.posting_rows
SEARCH_FIELDS = ("search_title", "search_summary", "search_body", "search_length")


def item_words(item: KnowledgeItem, file_texts: Iterable[str] = ()) -> dict[str, str]:
    """Term → the word that gave it, for the statistics (spelling suggestions)."""
    return text.term_words("\n".join([item.title, item.summary, item.body, *file_texts]), limit=BODY_LIMIT)


def item_columns(item: KnowledgeItem, file_texts: Iterable[str] = ()) -> dict[str, str]:
    body = "\n".join([item.body, *file_texts])
    return {
        "search_title": text.normalise(item.title),
        "search_summary": text.normalise(item.summary),
        "search_body": text.normalise(body, limit=BODY_LIMIT),
    }


def request_columns(title: str, description: str) -> dict[str, str]:
    return {
        "search_title": text.normalise(title),
        "search_summary": "",
        "search_body": text.normalise(description, limit=BODY_LIMIT),
    }


def _terms(columns: dict[str, str]) -> set[str]:
    return {t for value in columns.values() for t in value.split()}


def _length(columns: dict[str, str]) -> int:
    return sum(len(value.split()) for value in columns.values())


def _columns_of(obj) -> dict[str, str]:
    return {c: getattr(obj, c) for c in ("search_title", "search_summary", "search_body")}


def change_stats(
    index: str,
    *,
    removed: set[str],
    added: set[str],
    docs: int,
    length: int,
    words: dict[str, str] | None = None,
) -> None:
    """Adjust document frequencies; ``docs``/``length`` change the row with term ''. ``words`` gives
    the word behind a new term (for spelling suggestions)."""
    words = words or {}
    _lock_totals(index)
    if removed:
        TermStat.objects.filter(index=index, term__in=removed).update(df=F("df") - 1)
    if added:
        existing = set(TermStat.objects.filter(index=index, term__in=added).values_list("term", flat=True))
        TermStat.objects.filter(index=index, term__in=existing).update(df=F("df") + 1)
        TermStat.objects.bulk_create(
            [
                TermStat(index=index, term=t[:100], df=1, word=words.get(t, "")[:100])
                for t in added - existing
            ],
            ignore_conflicts=True,
        )
    if docs or length:
        updated = TermStat.objects.filter(index=index, term="").update(
            df=F("df") + docs, total_length=F("total_length") + length
        )
        if not updated:
            TermStat.objects.create(index=index, term="", df=max(docs, 0), total_length=max(length, 0))


@transaction.atomic
def index_item(item: KnowledgeItem, file_texts: Iterable[str] | None = None) -> None:
    """Recompute an item's search columns (from its fields and its files' text) and the statistics."""
    if file_texts is None:
        file_texts = list(item.files.values_list("extracted_text", flat=True))
    old = KnowledgeItem.objects.filter(pk=item.pk).values(*_columns_of(item), "search_length").first()
    file_texts = list(file_texts)
    new = item_columns(item, file_texts)
    for name, value in new.items():
        setattr(item, name, value)
    item.search_length = _length(new)
    KnowledgeItem.objects.filter(pk=item.pk).update(**new, search_length=item.search_length)
    fresh = old is None or (old["search_length"] == 0 and not any(old[c] for c in new))
    old_terms = set() if fresh else _terms({c: old[c] for c in new})
    new_terms = _terms(new)
    change_stats(
        "item",
        removed=old_terms - new_terms,
        added=new_terms - old_terms,
        docs=1 if fresh else 0,
        length=item.search_length - (0 if fresh else old["search_length"]),
        words=item_words(item, file_texts),
    )
    _write_postings(item, new, item.search_length)
    vectors.store(item, file_texts)
    _forget_facets()


def average_length(index: str = "item") -> float:
    row = TermStat.objects.filter(index=index, term="").values_list("df", "total_length").first()
    if not row or row[0] <= 0:
        return 1.0
    return max(row[1] / row[0], 1.0)


def _insert_postings(rows: list[tuple]) -> None:
    if not rows:
        return
    table = Posting._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} (item_id, term, weight, impact) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            cursor.executemany(
                f"INSERT INTO {table} (item_id, term, weight, impact) VALUES (%s, %s, %s, %s)", rows
            )


def _write_postings(item: KnowledgeItem, columns: dict[str, str], length: int) -> None:
    Posting.objects.filter(item_id=item.pk).delete()
    _insert_postings(posting_rows(item.pk, columns, length, average_length()))


def rebuild_postings(chunk: int = 2000) -> int:
    """Recompute every item's postings from the stored columns (after a rebuild or a bulk load)."""
    avg = average_length()
    Posting.objects.all().delete()
    made = 0
    rows: list[tuple] = []
    for pk, *values, length in KnowledgeItem.objects.values_list(
        "pk", *DOUBLE_WEIGHTS, "search_length"
    ).iterator(chunk_size=chunk):
        rows.extend(posting_rows(pk, dict(zip(DOUBLE_WEIGHTS, values, strict=True)), length, avg))
        if len(rows) >= 50_000:
            _insert_postings(rows)
            made += len(rows)
            rows = []
    _insert_postings(rows)
    _forget_facets()
    return made + len(rows)


def _forget_facets() -> None:
    from flexpool.knowledge.facets import forget_facets

    forget_facets()


def forget(index: str, columns: dict[str, str], length: int) -> None:
    """Statistics after a row left the index (called from post_delete)."""
    change_stats(index, removed=_terms(columns), added=set(), docs=-1, length=-length)


@transaction.atomic
def index_request(request) -> None:
    new = request_columns(request.title, request.description)
    length = _length(new)
    existing = RequestIndex.objects.filter(request_id=request.pk).first()
    if existing is None:
        RequestIndex.objects.create(request_id=request.pk, **new, search_length=length)
        change_stats("request", removed=set(), added=_terms(new), docs=1, length=length)
        return
    old = _columns_of(existing)
    if old == new:
        return
    RequestIndex.objects.filter(request_id=request.pk).update(**new, search_length=length)
    change_stats(
        "request",
        removed=_terms(old) - _terms(new),
        added=_terms(new) - _terms(old),
        docs=0,
        length=length - existing.search_length,
    )


@transaction.atomic
def rebuild() -> dict[str, int]:
    """Recompute every search column and all statistics from scratch (command: rebuild_knowledge_index)."""
    from flexpool.demand.models import CapacityRequest

    TermStat.objects.all().delete()
    counts: dict[str, Counter] = {"item": Counter(), "request": Counter()}
    totals = {"item": [0, 0], "request": [0, 0]}
    files: dict[int, list[str]] = {}
    found_words: dict[str, str] = {}
    for item_id, extracted in KnowledgeFile.objects.values_list("item_id", "extracted_text"):
        files.setdefault(item_id, []).append(extracted)
    for item in KnowledgeItem.objects.all().iterator(chunk_size=500):
        columns = item_columns(item, files.get(item.pk, []))
        length = _length(columns)
        KnowledgeItem.objects.filter(pk=item.pk).update(**columns, search_length=length)
        counts["item"].update(_terms(columns))
        for term, word in item_words(item, files.get(item.pk, [])).items():
            found_words.setdefault(term, word)
        totals["item"][0] += 1
        totals["item"][1] += length
    RequestIndex.objects.all().delete()
    rows = []
    for request in CapacityRequest.objects.only("pk", "title", "description").iterator(chunk_size=500):
        columns = request_columns(request.title, request.description)
        length = _length(columns)
        rows.append(RequestIndex(request_id=request.pk, **columns, search_length=length))
        counts["request"].update(_terms(columns))
        totals["request"][0] += 1
        totals["request"][1] += length
    RequestIndex.objects.bulk_create(rows, batch_size=500)
    write_stats(counts, totals, words={"item": found_words})
    rebuild_postings()
    return {"items": totals["item"][0], "requests": totals["request"][0]}


def write_stats(
    counts: dict[str, Counter], totals: dict[str, list[int]], words: dict[str, dict[str, str]] | None = None
) -> None:
    words = words or {}
    stats = [
        TermStat(index=i, term=t[:100], df=n, word=words.get(i, {}).get(t, "")[:100])
        for i, c in counts.items()
        for t, n in c.items()
    ]
    stats += [TermStat(index=i, term="", df=d, total_length=n) for i, (d, n) in totals.items()]
    TermStat.objects.filter(index__in=list(counts)).delete()
    TermStat.objects.bulk_create(stats, batch_size=2000, ignore_conflicts=True)


def rebuild_stats_from_columns() -> None:
    """Recompute the item term statistics from the stored columns (after a bulk load).

    Call `rebuild_postings` afterwards: the postings' impacts use the average length.
    """
    counts: Counter = Counter()
    docs = length = 0
    for columns in KnowledgeItem.objects.values_list(
        "search_title", "search_summary", "search_body"
    ).iterator(chunk_size=2000):
        counts.update({t for value in columns for t in value.split()})
        docs += 1
        length += sum(len(value.split()) for value in columns)
    write_stats({"item": counts}, {"item": [docs, length]})


def _lock_totals(index: str) -> None:
    """Every writer of an index's statistics locks its totals row (term '') first, so two writers
    take the term rows one after the other instead of each holding some the other needs."""
    list(TermStat.objects.select_for_update().filter(index=index, term="").values_list("pk", flat=True))


@dataclass
class NewRequestTerms:
    """What a CSV import's requests add to the request statistics, summed over its batches."""

    counts: Counter = field(default_factory=Counter)
    docs: int = 0
    length: int = 0


def add_request_rows(requests: Iterable, terms: NewRequestTerms) -> None:
    """The search rows of many new requests (one batch of the CSV import), without touching the
    shared statistics: their counts are added to `terms` for `add_request_stats` later."""
    rows = []
    for request in requests:
        columns = request_columns(request.title, request.description)
        length = _length(columns)
        rows.append(RequestIndex(request_id=request.pk, **columns, search_length=length))
        terms.counts.update({t[:100] for t in _terms(columns)})
        terms.docs += 1
        terms.length += length
    RequestIndex.objects.bulk_create(rows, batch_size=2000)


def add_request_stats(terms: NewRequestTerms, *, chunk: int = 1000) -> None:
    """Add an import's terms to the shared statistics in short transactions of `chunk` terms each.

    Each transaction locks the totals row first (as every writer does, so no deadlock) and is
    committed at once, so another user filing a request waits for one chunk at most, not for the
    whole import. New terms are inserted with df 0 (a term another user adds meanwhile is kept),
    then raised by their count.
    """
    items = sorted(terms.counts.items())
    for first in range(0, len(items), chunk):
        part = items[first : first + chunk]
        with transaction.atomic():
            _lock_totals("request")
            TermStat.objects.bulk_create(
                [TermStat(index="request", term=t, df=0) for t, _n in part], ignore_conflicts=True
            )
            by_count: dict[int, list[str]] = {}
            for term, n in part:
                by_count.setdefault(n, []).append(term)
            for n, chunk_terms in sorted(by_count.items()):
                TermStat.objects.filter(index="request", term__in=chunk_terms).update(df=F("df") + n)
    if terms.docs:
        with transaction.atomic():
            change_stats("request", removed=set(), added=set(), docs=terms.docs, length=terms.length)


def discard_request_rows(request_ids: Iterable[int]) -> None:
    """Remove the search rows of requests an import wrote but never published. Their terms were
    never added to the statistics, so this deletes without the post_delete bookkeeping."""
    ids = list(request_ids)
    table = RequestIndex._meta.db_table
    with connection.cursor() as cursor:
        for first in range(0, len(ids), 5000):
            chunk = ids[first : first + 5000]
            cursor.execute(
                f"DELETE FROM {table} WHERE request_id IN ({', '.join(['%s'] * len(chunk))})", chunk
            )
