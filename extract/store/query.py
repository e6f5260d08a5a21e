"""Records back out of the store, in the shape ``extract.export`` writes.

Documents come in the order they were stored, each with its tasks and targets
in the order the extractor gave them, so an export of the store gives the same
records as ``extract`` on the same inputs.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO

from ..errors import StoreError
from ..export import write
from ..records import Metadata, Target, Task
from .database import Store
from .limits import DEFAULT_QUERY_SECONDS, QueryTimeout
from .schema import DOCUMENTS, PAGES, TARGETS, TASKS, Table, record_from


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


def stored_results(store: Store, *, where: str | None = None, since: datetime | None = None,
                   all_versions: bool = False, query_seconds: float = DEFAULT_QUERY_SECONDS) -> Iterator[StoredResult]:
    """The stored documents with their records; by default only those of the latest version of each page.

    ``where`` is an SQL condition on the documents table, e.g. ``region like '%钟楼%'``;
    ``since`` keeps the documents stored at or after that moment. The query that
    selects the documents is stopped after ``query_seconds``.
    """
    conditions = [] if all_versions else [f"doc_id IN (SELECT doc_id FROM {PAGES.name} WHERE latest = 1)"]
    parameters: tuple[str, ...] = ()
    if since is not None:
        conditions.append("stored_at >= ?")
        parameters = (stored_time(since),)
    if where:
        check_condition(store, where)
        conditions.append(f"doc_id IN (SELECT doc_id FROM {DOCUMENTS.name} WHERE (\n{where}\n))")
    sql = f"SELECT * FROM {DOCUMENTS.name}" + (" WHERE " + " AND ".join(conditions) if conditions else "")
    try:
        with store.backend.time_limit(query_seconds):
            found = store.rows(sql + " ORDER BY rowid", parameters)
    except QueryTimeout as err:
        raise StoreError(f"--where condition {where!r}: {err}" if where else f"{store.path}: {err}") from err
    except StoreError as err:
        if not where:
            raise
        raise StoreError(f"bad --where condition {where!r}: {err}") from err
    for row in found:
        metadata = record_from(Metadata, row)
        yield StoredResult(StoredDocument(metadata, str(row["text"])),
                           records_of(store, TASKS, Task, row), records_of(store, TARGETS, Target, row))


def check_condition(store: Store, where: str) -> None:
    """Refuse a --where condition that does not compile, or that would do more than read."""
    try:
        store.backend.check_read_only(f"SELECT doc_id FROM {DOCUMENTS.name} WHERE (\n{where}\n)")
    except ValueError as err:
        raise StoreError(f"bad --where condition {where!r}: {err} "
                         f"(it is SQL on the documents table, e.g. \"region like '%钟楼%'\")") from err


def stored_time(moment: datetime) -> str:
    """A moment as the store writes ``stored_at`` (UTC, ISO 8601), so that the text compares as the time does."""
    aware = moment if moment.tzinfo else moment.astimezone()
    return aware.astimezone(timezone.utc).isoformat(timespec="seconds")


def export_store(store: Store, destination: Path | None, *, fmt: str, records: str, where: str | None = None,
                 since: datetime | None = None, all_versions: bool = False,
                 query_seconds: float = DEFAULT_QUERY_SECONDS, excel: bool = False,
                 stdout: IO[str] | None = None) -> int:
    """Write the stored records with ``extract.export.write``; returns how many were written. A bad ``where``
    is refused before anything is written (standard output included)."""
    if where:
        check_condition(store, where)
    results = stored_results(store, where=where, since=since, all_versions=all_versions,
                             query_seconds=query_seconds)
    return write(results, destination, fmt=fmt, records=records, excel=excel,  # type: ignore[arg-type]
                 stdout=stdout)


def records_of(store: Store, table: Table, record_type: type, document: Mapping[str, object], *,
               keep: Callable[[dict[str, object]], bool] | None = None) -> tuple:
    """A document's records of one kind, in the order stored; ``document`` (its row) gives back the columns
    stored as NULL for being its text or its values (``Table.sliced_in``).

    ``keep`` picks rows (as read, whole) before they are made records.
    """
    condition, names = table.document_rows()
    doc_id = str(document["doc_id"])
    values = {"doc_id": doc_id, "lowest": f"{doc_id}:", "beyond": f"{doc_id};"}
    rows = (table.sliced_in(row, document) for row in store.rows(
        f"SELECT * FROM {table.name} WHERE {condition} ORDER BY rowid", {name: values[name] for name in names}))
    return tuple(record_from(record_type, row) for row in rows if keep is None or keep(row))
