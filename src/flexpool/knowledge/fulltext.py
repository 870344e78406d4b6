"""The two full-text engines behind one interface: SQLite FTS5 and PostgreSQL tsvector/GIN.

Both index the same pre-stemmed columns (``search_title``, ``search_summary``, ``search_body``),
made by `flexpool.knowledge.text.normalise`. SQLite tokenises them with ``unicode61`` (no further
stemming or accent folding), PostgreSQL with the ``simple`` configuration (lower case, no stemming),
so a term is the same token in both and a query matches the same rows in both.

This module only *matches* and returns a candidate window ordered by the engine's own rank (bm25
on SQLite, ts_rank on PostgreSQL); the final ranking is computed in Python from the candidates'
columns (`flexpool.knowledge.search`), so both engines give the same order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flexpool.knowledge.text import Query


@dataclass(frozen=True)
class IndexSpec:
    name: str  # "item" or "request": also the TermStat.index value
    table: str
    pk: str
    fts: str  # SQLite FTS5 table


ITEMS = IndexSpec("item", "knowledge_knowledgeitem", "id", "knowledge_item_fts")
REQUESTS = IndexSpec("request", "knowledge_requestindex", "request_id", "knowledge_request_fts")
SPECS = (ITEMS, REQUESTS)
COLUMNS = ("search_title", "search_summary", "search_body")


def _sqlite_install(spec: IndexSpec) -> list[str]:
    cols = ", ".join(COLUMNS)
    new = ", ".join(f"new.{c}" for c in COLUMNS)
    old = ", ".join(f"old.{c}" for c in COLUMNS)
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {spec.fts} USING fts5({cols}, content='{spec.table}', "
        f"content_rowid='{spec.pk}', tokenize='unicode61 remove_diacritics 0')",
        f"CREATE TRIGGER IF NOT EXISTS {spec.fts}_ai AFTER INSERT ON {spec.table} BEGIN "
        f"INSERT INTO {spec.fts}(rowid, {cols}) VALUES (new.{spec.pk}, {new}); END",
        f"CREATE TRIGGER IF NOT EXISTS {spec.fts}_ad AFTER DELETE ON {spec.table} BEGIN "
        f"INSERT INTO {spec.fts}({spec.fts}, rowid, {cols}) VALUES ('delete', old.{spec.pk}, {old}); END",
        f"CREATE TRIGGER IF NOT EXISTS {spec.fts}_au AFTER UPDATE ON {spec.table} BEGIN "
        f"INSERT INTO {spec.fts}({spec.fts}, rowid, {cols}) VALUES ('delete', old.{spec.pk}, {old}); "
        f"INSERT INTO {spec.fts}(rowid, {cols}) VALUES (new.{spec.pk}, {new}); END",
        f"INSERT INTO {spec.fts}({spec.fts}) VALUES ('rebuild')",
    ]


def _postgres_install(spec: IndexSpec) -> list[str]:
    vector = " || ".join(
        f"setweight(to_tsvector('simple'::regconfig, {column}), '{weight}')"
        for column, weight in zip(COLUMNS, "ABC", strict=True)
    )
    return [
        f"ALTER TABLE {spec.table} ADD COLUMN IF NOT EXISTS search_vector tsvector "
        f"GENERATED ALWAYS AS ({vector}) STORED",
        f"CREATE INDEX IF NOT EXISTS {spec.table}_search_gin ON {spec.table} USING gin (search_vector)",
    ]


def install(connection: Any) -> None:
    """Create the engine's index. Safe to run again (also after a table rebuild on SQLite)."""
    if connection.vendor == "sqlite":
        statements = [s for spec in SPECS for s in _sqlite_install(spec)]
    elif connection.vendor == "postgresql":
        statements = [s for spec in SPECS for s in _postgres_install(spec)]
    else:  # pragma: no cover
        raise NotImplementedError(f"Kennisbank-zoeken ondersteunt {connection.vendor} niet.")
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def uninstall(connection: Any) -> None:
    with connection.cursor() as cursor:
        for spec in SPECS:
            if connection.vendor == "sqlite":
                for suffix in ("ai", "ad", "au"):
                    cursor.execute(f"DROP TRIGGER IF EXISTS {spec.fts}_{suffix}")
                cursor.execute(f"DROP TABLE IF EXISTS {spec.fts}")
            elif connection.vendor == "postgresql":
                cursor.execute(f"DROP INDEX IF EXISTS {spec.table}_search_gin")
                cursor.execute(f"ALTER TABLE {spec.table} DROP COLUMN IF EXISTS search_vector")


# Matching ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Where:
    """Extra conditions on the indexed table, as SQL over alias ``t`` with %s parameters."""

    sql: str = "1=1"
    params: tuple = ()


def _fts5_expression(query: Query, mode: str) -> str:
    groups = ["(" + " AND ".join(f'"{t}"' for t in group) + ")" for group in query.groups]
    return (" AND " if mode == "all" else " OR ").join(groups)


def _tsquery_expression(query: Query, mode: str) -> str:
    groups = ["(" + " & ".join(group) + ")" for group in query.groups]
    return (" & " if mode == "all" else " | ").join(groups)


def _safe(query: Query) -> Query:
    # Terms are [a-z0-9] after normalisation; anything else is dropped so no query syntax gets in.
    groups = tuple(
        g for g in (tuple(t for t in group if t.isalnum() and t.isascii()) for group in query.groups) if g
    )
    return Query(groups)


def candidates(
    connection: Any, spec: IndexSpec, query: Query, *, mode: str, where: Where, limit: int
) -> list[int]:
    """Ids of matching rows (all groups, or any group), best first by the engine's rank."""
    query = _safe(query)
    if not query:
        return []
    if connection.vendor == "sqlite":
        sql = (
            f"SELECT t.{spec.pk} FROM {spec.fts} JOIN {spec.table} t ON t.{spec.pk} = {spec.fts}.rowid "
            f"WHERE {spec.fts} MATCH %s AND ({where.sql}) "
            f"ORDER BY bm25({spec.fts}, 3.0, 1.5, 1.0), t.{spec.pk} LIMIT %s"
        )
        params = [_fts5_expression(query, mode), *where.params, limit]
    else:
        sql = (
            f"SELECT t.{spec.pk} FROM {spec.table} t, to_tsquery('simple', %s) q "
            f"WHERE t.search_vector @@ q AND ({where.sql}) "
            f"ORDER BY ts_rank(t.search_vector, q) DESC, t.{spec.pk} LIMIT %s"
        )
        params = [_tsquery_expression(query, mode), *where.params, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def year_sql(connection: Any, column: str) -> str:
    if connection.vendor == "sqlite":
        return f"CAST(strftime('%%Y', {column}) AS INTEGER)"
    return f"CAST(EXTRACT(YEAR FROM {column}) AS INTEGER)"


def grouped_counts(
    connection: Any, spec: IndexSpec, query: Query | None, *, mode: str, where: Where, columns: list[str]
) -> list[tuple]:
    """Counts of matching rows per combination of `columns` (SQL expressions over alias ``t``).

    One pass over the matches gives every facet at once; the caller adds them up per facet.
    """
    select = ", ".join(columns)
    if query is None:
        sql = f"SELECT {select}, COUNT(*) FROM {spec.table} t WHERE ({where.sql}) GROUP BY {select}"
        params: list = [*where.params]
    else:
        query = _safe(query)
        if not query:
            return []
        if connection.vendor == "sqlite":
            sql = (
                f"SELECT {select}, COUNT(*) FROM {spec.fts} JOIN {spec.table} t "
                f"ON t.{spec.pk} = {spec.fts}.rowid WHERE {spec.fts} MATCH %s AND ({where.sql}) "
                f"GROUP BY {select}"
            )
            params = [_fts5_expression(query, mode), *where.params]
        else:
            sql = (
                f"SELECT {select}, COUNT(*) FROM {spec.table} t "
                f"WHERE t.search_vector @@ to_tsquery('simple', %s) AND ({where.sql}) GROUP BY {select}"
            )
            params = [_tsquery_expression(query, mode), *where.params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
