"""Schema versions and the steps from each to the next, so a store made by an older policy-extract opens.

A step adds the columns the record definitions gained (their SQL derived from
those definitions, as the tables are) and fills them from what the store
already holds. Each upgrade runs in the transaction that opens the store.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import StoreError
from . import spans
from .blobs import BLOBS_TABLE, compress_against_texts
from .fulltext import index_document, search_statements
from .schema import (BINARY_ORDER, DOCUMENTS, OFFSET_TYPE, PAGES, TABLES, TARGETS, TASKS, Table, column_ddl, quoted,
                     span_sql, view_columns, view_statements)

VIEWS = tuple(view_columns(table)[0] for table in (TASKS, TARGETS))
V5_SLICED = ((TASKS, "text", "start", "text_end"), (TARGETS, "evidence", "start", "end"))
V6_SLICED = ((TASKS, "title", "title_start", "title_end"), (TARGETS, "indicator", "indicator_start", "indicator_end"))

if TYPE_CHECKING:
    from .database import Store


@dataclass(frozen=True)
class Migration:
    """What turns a store of version ``to - 1`` into one of version ``to``."""

    to: int
    summary: str
    columns: tuple[tuple[Table, str], ...] = ()  # columns added, as the record definitions give them
    fill: tuple[str, ...] = ()  # SQL that fills them from the rest of the store
    create: Callable[[Store], None] | None = None  # makes new tables, indexes, views or constraints


MIGRATIONS = (
    Migration(
        to=2,
        summary="documents: the parent notice of an attachment, and the page version that brought it",
        columns=((DOCUMENTS, "parent_id"), (DOCUMENTS, "version")),
        fill=(
            f"UPDATE {DOCUMENTS.name} SET version = (SELECT min(p.version) FROM {PAGES.name} p "
            f"WHERE p.doc_id = {DOCUMENTS.name}.doc_id)",
            f"UPDATE {DOCUMENTS.name} SET parent_id = (SELECT parent.doc_id FROM {PAGES.name} child "
            f"JOIN {PAGES.name} parent ON parent.url = child.parent_url AND parent.latest = 1 "
            f"WHERE child.doc_id = {DOCUMENTS.name}.doc_id ORDER BY child.fetched_at LIMIT 1)",
        ),
    ),
    Migration(to=3, summary="the full-text index of the documents (a trigram index: v6 made it a character index)"),
    Migration(to=4, summary="foreign keys", create=lambda store: _add_foreign_keys(store)),
    Migration(to=5, summary="task texts and target evidence read from their document's text, not stored twice",
              columns=((TASKS, "text_end"),), create=lambda store: _slice_texts(store)),
    Migration(to=6, summary="the search index: which characters each document holds, not its trigrams; the source "
                            "of a task or target NULL when it is its document's, and so its title or indicator where its "
                            "text has them; indexes no query needs dropped; raw bytes compressed against the text",
              columns=tuple((table, name) for table, _, *names in V6_SLICED for name in names),
              create=lambda store: (_character_index(store), _inherit_values(store), _find_spans(store),
                                    _blobs_against_texts(store), _drop_indexes(store))),
    Migration(to=7, summary="a task's path: its headings kept as where they stand in the document's text; on "
                            "PostgreSQL, offsets as INTEGER and task and target keys in binary order, which find a "
                            "document's rows, so no doc_id index",
              create=lambda store: (_binary_keys(store), _span_paths(store))),
)
SCHEMA_VERSION = MIGRATIONS[-1].to


def upgrade(store: Store, *, version: int) -> None:
    """Bring a store of ``version`` to SCHEMA_VERSION (inside the caller's transaction)."""
    for view in VIEWS:  # derived from the tables: dropped first (a column a view reads cannot change), made anew
        store.execute(f"DROP VIEW IF EXISTS {view}")
    for migration in MIGRATIONS:
        if migration.to <= version:
            continue
        for table, column in migration.columns:
            _alter(store, f"ALTER TABLE {table.name} ADD COLUMN {column_ddl(table, column, store.dialect)}")
        if migration.create:
            migration.create(store)
        for statement in migration.fill:
            store.execute(statement)
        store.backend.set_schema_version(migration.to)
    _run(store, view_statements(store.dialect))


def _run(store: Store, statements: tuple[str, ...]) -> None:
    for statement in statements:
        store.execute(statement)


def _add_foreign_keys(store: Store) -> None:
    """The tables' foreign keys: ALTER TABLE on PostgreSQL; on SQLite, which cannot add a constraint, the
    table's recorded definition gains it (SQLite's documented way for constraints it does not check)."""
    for table in TABLES:
        constraints = table.foreign_keys(store.dialect)
        if not constraints:
            continue
        if store.dialect == "postgresql":
            for constraint in constraints:
                store.execute(f"ALTER TABLE {table.name} ADD {constraint} NOT VALID")
            continue
        _rewrite_sqlite_table(store, table, lambda sql, added=constraints: (
            sql.rstrip().removesuffix(")").rstrip() + ",\n  " + ",\n  ".join(added) + "\n)"))


def _slice_texts(store: Store, sliced: tuple[tuple[Table, str, str, str], ...] = V5_SLICED) -> None:
    """Text columns that are their document's text from start to end become NULL (and may be)."""
    for table, column, _, _ in sliced:
        _drop_not_null(store, table, column)
    if sliced is V5_SLICED:
        store.execute(f"UPDATE {TASKS.name} SET text_end = start + length(text)")
    for table, column, start, end in sliced:
        span = span_sql("d.text", f"{table.name}.{quoted(start)}", f"{table.name}.{quoted(end)}")
        store.execute(f"UPDATE {table.name} SET {quoted(column)} = NULL WHERE {quoted(column)} = "
                      f"(SELECT {span} FROM {DOCUMENTS.name} d WHERE d.doc_id = {table.name}.doc_id)")


def _find_spans(store: Store) -> None:
    """Where each task's title and target's indicator first stand within the record's span, then those
    words NULL where they stand there (as ``ingest`` finds them: the first place, whole)."""
    find = "strpos" if store.dialect == "postgresql" else "instr"
    for table, column, start, end in V6_SLICED:
        within = span_sql("d.text", f"{table.name}.start", f'{table.name}."end"')
        at = (f"(SELECT {find}({within}, {table.name}.{quoted(column)}) FROM {DOCUMENTS.name} d "
              f"WHERE d.doc_id = {table.name}.doc_id)")
        store.execute(f"UPDATE {table.name} SET {quoted(start)} = start + {at} - 1 "
                      f"WHERE length({quoted(column)}) > 0 AND {at} > 0")
        store.execute(f"UPDATE {table.name} SET {quoted(end)} = {quoted(start)} + length({quoted(column)}) "
                      f"WHERE {quoted(start)} IS NOT NULL")
    _slice_texts(store, V6_SLICED)


def _character_index(store: Store) -> None:
    """The trigram index (v3) dropped, the character index made and, on SQLite, filled."""
    if store.dialect == "postgresql":
        _run(store, tuple(f"DROP INDEX IF EXISTS {DOCUMENTS.name}_{column}_trgm" for column in ("title", "text")))
    else:
        _run(store, (f"DROP TRIGGER IF EXISTS {DOCUMENTS.name}_fts_insert", f"DROP TABLE IF EXISTS {DOCUMENTS.name}_fts"))
    _run(store, search_statements(store.dialect))
    if store.dialect == "sqlite":
        for row in store.execute(f"SELECT rowid, title, text FROM {DOCUMENTS.name} ORDER BY rowid").fetchall():
            index_document(store, rowid=row[0], title=row[1], text=row[2])


def _drop_indexes(store: Store) -> None:
    """targets.task_id, which no query uses; what a key's document prefix does (``Table.document_prefix``)."""
    store.execute(f"DROP INDEX IF EXISTS {TARGETS.name}_task_id")
    for table in (TASKS, TARGETS):
        if store.dialect == "sqlite" and table.prefix_finds("doc_id"):  # PostgreSQL's went in v7
            key = quoted(table.key[0])
            stray = store.execute(f"SELECT count(*) FROM {table.name} "
                                  f"WHERE substr({key}, 1, length(doc_id) + 1) != doc_id || ':'").fetchone()[0]
            if stray:  # every version made keys so; a store whose keys are not cannot be read without the index
                raise StoreError(f"{store.path}: {stray} {table.name} whose key does not start with their doc_id; "
                                 "this store cannot be upgraded")
            store.execute(f"DROP INDEX IF EXISTS {table.name}_doc_id")
        if table.document_prefix and store.dialect == "postgresql":
            _alter(store, f"ALTER TABLE {table.name} DROP CONSTRAINT IF EXISTS {table.name}_rowid_key")


def _binary_keys(store: Store) -> None:
    """PostgreSQL: keys in binary order and offsets as INTEGER (the tables rewritten once), doc_id indexes gone."""
    if store.dialect != "postgresql":
        return
    for table in (TASKS, TARGETS):
        changes = [f"ALTER COLUMN {quoted(table.key[0])} TYPE TEXT {BINARY_ORDER}",
                   *(f"ALTER COLUMN {quoted(column)} TYPE {OFFSET_TYPE}" for column in table.offsets)]
        _alter(store, f"ALTER TABLE {table.name} {', '.join(changes)}")
        store.execute(f"DROP INDEX IF EXISTS {table.name}_doc_id")


def _span_paths(store: Store) -> None:
    """Each task's path as ``ingest`` now writes it: headings as offsets where they stand, none as NULL."""
    _drop_not_null(store, TASKS, "path")
    condition, names = TASKS.document_rows()
    documents = store.execute(f"SELECT doc_id FROM {DOCUMENTS.name} ORDER BY rowid").fetchall()
    for (doc_id,) in documents:
        text = store.execute(f"SELECT text FROM {DOCUMENTS.name} WHERE doc_id = ?", (doc_id,)).fetchone()[0]
        values = {"doc_id": doc_id, "lowest": f"{doc_id}:", "beyond": f"{doc_id};"}
        paths = store.execute(f"SELECT task_id, path FROM {TASKS.name} WHERE {condition} AND path IS NOT NULL",
                              {name: values[name] for name in names}).fetchall()
        for task_id, path in paths:
            kept = spans.encoded(path, text)
            kept = None if kept == dict(TASKS.usual)["path"] else kept
            if kept != path:
                store.execute(f"UPDATE {TASKS.name} SET path = ? WHERE task_id = ?", (kept, task_id))


def _blobs_against_texts(store: Store) -> None:
    store.execute(f"ALTER TABLE {BLOBS_TABLE} ADD COLUMN text_of TEXT")
    compress_against_texts(store)


def _inherit_values(store: Store) -> None:
    """Columns a record shares with its document become NULL where they hold the document's value (and may),
    and so do those that hold their usual value."""
    for table in (TASKS, TARGETS):
        for column in table.inherited:
            _drop_not_null(store, table, column)
            store.execute(f"UPDATE {table.name} SET {quoted(column)} = NULL WHERE {quoted(column)} = "
                          f"(SELECT d.{quoted(column)} FROM {DOCUMENTS.name} d WHERE d.doc_id = {table.name}.doc_id)")
        for column, value in table.usual:
            _drop_not_null(store, table, column)
            store.execute(f"UPDATE {table.name} SET {quoted(column)} = NULL WHERE {quoted(column)} = ?", (value,))


def _drop_not_null(store: Store, table: Table, column: str) -> None:
    if store.dialect == "postgresql":
        _alter(store, f"ALTER TABLE {table.name} ALTER COLUMN {quoted(column)} DROP NOT NULL")
        return
    not_null = re.compile(rf'^(\s*"?{column}"?\s+TEXT)\s+NOT NULL', re.M)
    _rewrite_sqlite_table(store, table, lambda sql: not_null.sub(r"\1", sql, count=1))


def _alter(store: Store, statement: str) -> None:
    """ALTER TABLE; on PostgreSQL after updates, their deferred checks run first: ALTER wants none pending."""
    if store.dialect != "postgresql":
        store.execute(statement)
        return
    store.execute("SET CONSTRAINTS ALL IMMEDIATE")
    store.execute(statement)
    store.execute("SET CONSTRAINTS ALL DEFERRED")


def _rewrite_sqlite_table(store: Store, table: Table, edit: Callable[[str], str]) -> None:
    """Change a SQLite table's recorded definition in a way its stored rows need not follow (constraints).

    SQLite's documented procedure for constraints ALTER TABLE cannot change."""
    sql = store.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table.name,)).fetchone()[0]
    version = store.execute("PRAGMA schema_version").fetchone()[0]
    store.execute("PRAGMA writable_schema = ON")
    store.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (edit(sql), table.name))
    store.execute("PRAGMA writable_schema = OFF")
    store.execute(f"PRAGMA schema_version = {int(version) + 1}")
