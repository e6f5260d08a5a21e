"""Records back out of the store, in the shape ``extract.export`` writes.

Documents come in the order they were stored, each with its tasks and targets
in the order the extractor gave them, so an export of the store gives the same
records as ``extract`` on the same inputs.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import StoreError
from ..export import write
from ..records import Metadata, Target, Task
from .database import Store
from .schema import DOCUMENTS, PAGES, TARGETS, TASKS, Table, record_from

ALLOWED_ACTIONS = frozenset({sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION})


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document read back: its record and its cleaned text (what the export writers use)."""

    metadata: Metadata
    text: str


@dataclass(frozen=True, slots=True)
class StoredResult:
    """A document and its records as stored; it reads like an ``extract.result.Result``."""

    document: StoredDocument
    tasks: tuple[Task, ...]
    targets: tuple[Target, ...]


def stored_results(store: Store, *, where: str | None = None, all_versions: bool = False,
                   since: str | None = None) -> Iterator[StoredResult]:
    """The stored documents with their records; by default only those of the latest version of each page.

    ``where`` is an SQL condition on the documents table, e.g. ``region like '%钟楼%'``; ``since``
    (YYYY-MM-DD) keeps the documents stored on or after that day.
    """
    conditions = [] if all_versions else [f"doc_id IN (SELECT doc_id FROM {PAGES.name} WHERE latest = 1)"]
    if since:
        conditions.append("stored_at >= :since")
    if where:
        check_condition(store, where)
        conditions.append(f"doc_id IN (SELECT doc_id FROM {DOCUMENTS.name} WHERE (\n{where}\n))")
    sql = f"SELECT * FROM {DOCUMENTS.name}" + (" WHERE " + " AND ".join(conditions) if conditions else "")
    for row in store.rows(sql + " ORDER BY rowid", {"since": since} if since else ()):
        metadata = record_from(Metadata, row)
        yield StoredResult(StoredDocument(metadata, str(row["text"])),
                           _records(store, TASKS, Task, metadata.doc_id),
                           _records(store, TARGETS, Target, metadata.doc_id))


def check_condition(store: Store, where: str) -> None:
    """Refuse a --where condition that does not compile, or that would do more than read."""
    store.connection.set_authorizer(_read_only)
    try:
        store.connection.execute(f"EXPLAIN SELECT doc_id FROM {DOCUMENTS.name} WHERE (\n{where}\n)")
    except sqlite3.Error as err:
        raise StoreError(f"bad --where condition {where!r}: {err} "
                         f"(it is SQL on the documents table, e.g. \"region like '%钟楼%'\")") from err
    finally:
        store.connection.set_authorizer(None)


def export_store(store: Store, destination: Path | None, *, fmt: str, records: str, where: str | None = None,
                 all_versions: bool = False, excel: bool = False, stdout: IO[str] | None = None,
                 since: str | None = None) -> int:
    """Write the stored records with ``extract.export.write``; returns how many were written."""
    results = stored_results(store, where=where, all_versions=all_versions, since=since)
    return write(results, destination, fmt=fmt, records=records, excel=excel,  # type: ignore[arg-type]
                 stdout=stdout)


def _records(store: Store, table: Table, record_type: type, doc_id: str) -> tuple:
    rows = store.rows(f"SELECT * FROM {table.name} WHERE doc_id = ? ORDER BY rowid", (doc_id,))
    return tuple(record_from(record_type, row) for row in rows)


def _read_only(action: int, *_: object) -> int:
    return sqlite3.SQLITE_OK if action in ALLOWED_ACTIONS else sqlite3.SQLITE_DENY
