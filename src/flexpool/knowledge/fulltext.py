"""The two full-text engines behind one interface: SQLite FTS5 and PostgreSQL tsvector/GIN.

Both index the same pre-stemmed columns (``search_title``, ``search_summary``, ``search_body``),
made by `flexpool.knowledge.text.normalise`. SQLite tokenises them with ``unicode61`` (no further
stemming or accent folding), PostgreSQL with the ``simple`` configuration (lower case, no stemming),
so a term is the same token in both and a query matches the same rows in both.

This module *matches* (counts and facets for items, candidates for requests, ordered by the engine's
own rank: bm25 on SQLite, ts_rank on PostgreSQL) and chooses item candidates from the postings table
(`impact_candidates`: plain SQL over plain columns, so the same rows on both engines). The final
ranking is computed in Python (`flexpool.knowledge.search`), so both engines give the same order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from flexpool.knowledge.text import Query


@dataclass(frozen=True)
class IndexSpec:
    name: str  # "item" or "request": also the TermStat.index value
    table: str
    pk: str
    fts: str  # SQLite FTS5 table
    # An index holding the pk and every column that filters and facets read (SQLite is told to
    # use it when counting, so it never reads the wide rows; see `facet_counts`), and its columns.
    narrow_index: str | None = None
    narrow_columns: tuple[str, ...] = ()
    # PostgreSQL's facet count plans the text condition apart from the visibility and filters (see
    # `facet_counts`); False plans them together, as before, the baseline of
    # bench/knowledge/facet_plans.py.
    text_planned_apart: bool = True


ITEMS = IndexSpec(
    "item",
    "knowledge_knowledgeitem",
    "id",
    "knowledge_item_fts",
    "item_search_narrow",
    # Those of the model's index "item_search_narrow" (knowledge/models.py).
    (
        "id", "visibility", "pool_id", "created_by_id", "kind", "domain_id", "phase", "municipality_id",
        "published_on", "search_length",
    ),
)  # fmt: skip
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
    return query.only(lambda t: t.isalnum() and t.isascii())


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


# Candidates from the postings ----------------------------------------------------------------------

# BM25F parameters (also used by `flexpool.knowledge.search`). Field weights times two, so the
# weighted term frequency of a posting is an integer: title 3, summary 1.5, body 1.
K1, B = 1.2, 0.75
DOUBLE_WEIGHTS = {"search_title": 6, "search_summary": 3, "search_body": 2}
IMPACT_SCALE = 1_000_000


def posting_rows(item_id: int, columns: dict[str, str], length: int, avg_length: float) -> list[tuple]:
    """(item_id, term, weight, impact) for each distinct term of an item's normalised columns."""
    weights: Counter = Counter()
    for column, double in DOUBLE_WEIGHTS.items():
        for term in columns[column].split():
            weights[term[:100]] += double
    norm = K1 * (1 - B + B * (length or 1) / (avg_length or 1.0))
    rows = []
    for term, weight in weights.items():
        tf = weight / 2
        rows.append((item_id, term, weight, round(IMPACT_SCALE * tf * (K1 + 1) / (tf + norm))))
    return rows


POSTINGS = "knowledge_posting"


def _weight_sql(item: str) -> str:
    return f"(SELECT q.weight FROM {POSTINGS} q WHERE q.item_id = {item} AND q.term = %s)"


def _driver(
    spec: IndexSpec, term: str, columns: list[str], required: list[str], where: Where, limit: int,
    depth: int | None,
) -> tuple[str, list]:  # fmt: skip
    """One term's items, highest impact first, that pass `where` and hold every `required` term.

    Selects id, length and the weight of each term in `columns` (NULL where the item lacks it).
    With a `depth`, only the term's `depth` highest-impact items are looked at; without, its whole
    list (the caller does that for the rarest term only, so every full match can be found).

    The conditions are correlated scalar subqueries on purpose: both engines then walk the term's
    index in impact order and stop at the limit (PostgreSQL would turn a join or EXISTS into a hash
    join over every row).
    """
    select = ["p.item_id", f"(SELECT t.search_length FROM {spec.table} t WHERE t.{spec.pk} = p.item_id)"]
    params: list = []
    for column in columns:
        if column == term:
            select.append("p.weight")
        else:
            select.append(_weight_sql("p.item_id"))
            params.append(column)
    if depth is None:
        source, conditions = f"{POSTINGS} p", ["p.term = %s"]
        params.append(term)
    else:
        source = (
            f"(SELECT item_id, weight, impact FROM {POSTINGS} WHERE term = %s "
            f"ORDER BY impact DESC, item_id LIMIT %s) p"
        )
        conditions = []
        params.extend([term, depth])
    # Rarest required term first: most items are ruled out by the first probe.
    conditions += [f"{_weight_sql('p.item_id')} IS NOT NULL" for _ in required]
    conditions.append(
        f"(SELECT 1 FROM {spec.table} t WHERE t.{spec.pk} = p.item_id AND ({where.sql})) IS NOT NULL"
    )
    sql = (
        f"SELECT {', '.join(select)} FROM {source} WHERE {' AND '.join(conditions)} "
        f"ORDER BY p.impact DESC, p.item_id LIMIT %s"
    )
    return sql, [*params, *required, *where.params, limit]


def impact_candidates(
    connection: Any,
    spec: IndexSpec,
    query: Query,
    *,
    mode: str,
    where: Where,
    df: dict[str, int],
    limit: int,
    depth: int,
    exact_below: int = 0,
    drivers: list[str] | None = None,
) -> dict[int, tuple[int, dict[str, int]]]:
    """Candidate items from the postings: {id: (length in terms, {term: weight})}.

    When the query matches at most `exact_below` rows (before visibility), all of them are the
    candidates, so the ranking is exact. The match set is the same on both engines.

    Each query term "drives" a walk down its items by impact (the term's BM25 weight in that item),
    so no query has to order all matching rows. Mode "all": every term must occur; the rarest term
    walks its whole list (so nothing that matches is missed), the others their `depth` best items.
    Mode "any": each term's best items (of the `drivers` only, when given), the limit shared out
    over them. One statement, the
    same on both engines; the weights come along, so ranking needs no further query (except for
    long "any" queries such as the intake suggestions, see `term_weights`).
    """
    query = _safe(query)
    terms = query.terms
    if not terms:
        return {}
    # An "any" query matches at least as many rows as its most common term: when the statistics
    # already say that is more than `exact_below`, the engine is not asked (PostgreSQL builds the
    # whole bitmap of a common term before it can stop at the limit: 50 ms for a common part such
    # as "pool" at 100,000 items).
    surely_many = mode == "any" and max((df.get(t, 0) for t in terms), default=0) > exact_below
    if exact_below and not surely_many:
        # Few matches (the engine intersects its own index quickly): take them all and rank
        # exactly; this also spares a long walk when the rarest term is common but the
        # combination is not.
        ids = match_ids(connection, spec, query, mode=mode, limit=exact_below + 1)
        if len(ids) <= exact_below:
            return weights_of(connection, spec, sorted(ids), terms, where)
    # In mode "any" only the `drivers` (default: every term) walk their lists; the weights of all
    # terms come along for the ranking.
    walked = [t for t in terms if drivers is None or t in drivers] if mode == "any" else terms
    by_rarity = sorted(walked, key=lambda t: (df.get(t, 0), t))
    share = limit if mode == "all" else max(limit // len(walked), 25)
    columns = terms if mode == "all" or len(terms) <= 4 else []
    parts, params = [], []
    for position, term in enumerate(by_rarity):
        required = [t for t in by_rarity if t != term] if mode == "all" else []
        sql, args = _driver(spec, term, columns, required, where, share, None if position == 0 else depth)
        parts.append(f"SELECT * FROM ({sql}) d{position}")
        params.extend(args)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ".join(parts), params)
        rows = cursor.fetchall()
    found: dict[int, tuple[int, dict[str, int]]] = {}
    for item_id, length, *weights in rows:
        found[item_id] = (length, {t: w for t, w in zip(columns, weights, strict=True) if w})
    if not columns and found:
        for item_id, term, weight in term_weights(connection, sorted(found), terms):
            found[item_id][1][term] = weight
    return found


def match_ids(connection: Any, spec: IndexSpec, query: Query, *, mode: str, limit: int) -> list[int]:
    """Up to `limit` ids of matching rows, in no particular order (no ranking, no visibility)."""
    query = _safe(query)
    if not query:
        return []
    if connection.vendor == "sqlite":
        sql = f"SELECT rowid FROM {spec.fts} WHERE {spec.fts} MATCH %s LIMIT %s"
        params = [_fts5_expression(query, mode), limit]
    else:
        sql = f"SELECT {spec.pk} FROM {spec.table} WHERE search_vector @@ to_tsquery('simple', %s) LIMIT %s"
        params = [_tsquery_expression(query, mode), limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def given_rows(ids: list[int], table: str, pk: str = "id") -> tuple[str, list[int]]:
    """SQL that reads the given rows of `table` (as ``t``) by key, to be followed by conditions
    (``AND ...``). A list of ids joined by key rather than ``t.id IN (...)``: next to the OR of the
    visibility conditions, SQLite would read every visible row through those conditions' indexes
    instead (7 ms against 0.1 ms at 100,000 items)."""
    values = ", ".join(["(%s)"] * len(ids))
    return (
        f"WITH given(id) AS (VALUES {values}) SELECT {{columns}} FROM given CROSS JOIN {table} t "
        f"WHERE t.{pk} = given.id",
        list(ids),
    )


def weights_of(
    connection: Any, spec: IndexSpec, ids: list[int], terms: list[str], where: Where
) -> dict[int, tuple[int, dict[str, int]]]:
    """{id: (length, {term: weight})} of the given rows that pass `where`."""
    if not ids or not terms:
        return {}
    columns = ", ".join(_weight_sql(f"t.{spec.pk}") for _ in terms)
    rows_sql, id_params = given_rows(ids, spec.table, spec.pk)
    sql = rows_sql.format(columns=f"t.{spec.pk}, t.search_length, {columns}") + f" AND ({where.sql})"
    with connection.cursor() as cursor:
        cursor.execute(sql, [*id_params, *terms, *where.params])
        rows = cursor.fetchall()
    return {
        pk: (length, {t: w for t, w in zip(terms, weights, strict=True) if w})
        for pk, length, *weights in rows
    }


def term_weights(connection: Any, ids: list[int], terms: list[str]) -> list[tuple[int, str, int]]:
    """(item id, term, weight) of the given items for the given terms."""
    if not ids or not terms:
        return []
    sql = (
        f"SELECT item_id, term, weight FROM {POSTINGS} WHERE item_id IN ({', '.join(['%s'] * len(ids))}) "
        f"AND term IN ({', '.join(['%s'] * len(terms))})"
    )
    # PostgreSQL would AND a bitmap of the items' postings with one of every posting of the terms
    # (165,000 rows for a six-word question at 100,000 items: 29 ms); the key (item, term) alone
    # finds the same rows in 4.5 ms. SQLite already uses the key (the helper does nothing there).
    with planned_without(connection, "enable_bitmapscan"), connection.cursor() as cursor:
        cursor.execute(sql, [*ids, *terms])
        return cursor.fetchall()


def year_sql(connection: Any, column: str) -> str:
    if connection.vendor == "sqlite":
        return f"CAST(strftime('%%Y', {column}) AS INTEGER)"
    return f"CAST(EXTRACT(YEAR FROM {column}) AS INTEGER)"


def index_scans_preferred(connection: Any) -> AbstractContextManager[None]:
    """On PostgreSQL: plan the statements inside without a sequential scan where an index can
    serve. Matching a text against every row looks cheap to the planner, but each check reads the
    row's search vector from its out-of-line storage: at 100,000 items counting the facets of
    "isolatie subsidie" (10,000 matches) took 300 ms by sequential scan and 10–50 ms through the
    GIN index."""
    return planned_without(connection, "enable_seqscan")


@contextmanager
def planned_without(connection: Any, setting: str) -> Iterator[None]:
    """On PostgreSQL: plan the statements inside with the planner's `setting` (such as
    ``enable_seqscan``) off, within a transaction (one of its own when the caller holds none), so
    the setting cannot reach other statements, not even behind a pooler that gives each
    transaction another server connection. The earlier value returns on leaving, inside the
    caller's transaction too."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(using=connection.alias):
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting(%s), set_config(%s, 'off', true)", [setting, setting])
            previous = cursor.fetchone()[0]
        yield  # on an error the rollback (to the savepoint) restores the value
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config(%s, %s, true)", [setting, previous])


def facet_counts(
    connection: Any, spec: IndexSpec, query: Query | None, *, mode: str, where: Where, columns: list[str]
) -> tuple[list[Counter], int]:
    """Counts of the matching rows per value of each of `columns` (SQL expressions over alias
    ``t``; NULL values are not counted), and the number of matching rows, in one pass over the
    matches, with a few hundred rows returned whatever the number of matches.

    PostgreSQL counts each column apart in that pass (GROUPING SETS). SQLite has no grouping sets:
    it keeps the matches' columns in a temporary table and groups that once per column, a third
    faster than one grouping per combination added up in Python (docs/benchmarks/knowledge.md).
    """
    counters: list[Counter] = [Counter() for _ in columns]
    on_sqlite = connection.vendor == "sqlite"
    table = f"{spec.table} t"
    if on_sqlite and spec.narrow_index:
        # By default SQLite looks each match up in the table, whose rows hold the text: twice the
        # time of the same lookups in the narrow index.
        table += f" INDEXED BY {spec.narrow_index}"
    if query is None:
        matches, params = f"FROM {table} WHERE ({where.sql})", [*where.params]
    else:
        query = _safe(query)
        if not query:
            return counters, 0
        if on_sqlite:
            matches = (
                f"FROM {spec.fts} JOIN {table} ON t.{spec.pk} = {spec.fts}.rowid "
                f"WHERE {spec.fts} MATCH %s AND ({where.sql})"
            )
            params = [_fts5_expression(query, mode), *where.params]
        else:
            text_matches = "search_vector @@ to_tsquery('simple', %s)"
            if spec.text_planned_apart:
                # The text condition is planned on its own (OFFSET 0 keeps the subquery apart), so
                # the matches come from the GIN index, as SQLite's come from FTS5. Planned together
                # with the visibility, PostgreSQL may walk the visibility index and test the text of
                # every visible row: four times slower for a query that most items match
                # (docs/benchmarks/knowledge.md).
                columns_read = ", ".join(spec.narrow_columns) or "*"
                matching = f"SELECT {columns_read} FROM {spec.table} WHERE {text_matches} OFFSET 0"
                matches = f"FROM ({matching}) t WHERE ({where.sql})"
            else:
                matches = f"FROM {table} WHERE t.{text_matches} AND ({where.sql})"
            params = [_tsquery_expression(query, mode), *where.params]
    if on_sqlite:
        kept = ", ".join(f"{c} AS c{i}" for i, c in enumerate(columns))
        per_column = " UNION ALL ".join(
            f"SELECT {i}, c{i}, COUNT(*) FROM m GROUP BY c{i}" for i in range(len(columns))
        )
        sql = (
            f"WITH m AS MATERIALIZED (SELECT {kept} {matches}) "
            f"{per_column} UNION ALL SELECT -1, NULL, COUNT(*) FROM m"
        )
    else:
        select = ", ".join(columns)
        sets = ", ".join(f"({c})" for c in columns)
        sql = f"SELECT {select}, GROUPING({select}), COUNT(*) {matches} GROUP BY GROUPING SETS ({sets}, ())"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    total = 0
    if not on_sqlite:
        everything = (1 << len(columns)) - 1  # GROUPING() of the empty set: no column grouped
        for *values, not_grouped, count in rows:
            if not_grouped == everything:
                total = count
                continue
            # One column is grouped in this row: the bit that is not set (leftmost column first).
            index = len(columns) - (everything ^ not_grouped).bit_length()
            if values[index] is not None:
                counters[index][values[index]] += count
        return counters, total
    for index, value, count in rows:
        if index < 0:
            total = count
        elif value is not None:
            counters[index][value] += count
    return counters, total
