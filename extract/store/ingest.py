"""Pages into the store: clean, extract, then write the page version and its records in one transaction.

The same content at the same URL is stored once; changed content at a URL
becomes a new version and the old one is kept. A document (keyed by the hash
of the bytes it was read from) is stored once, whichever page brought it first.
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Literal

from ..batch import internal_error
from ..errors import InputError, StoreError
from ..load.sources import Source, read_bytes
from ..pipeline import process as run_pipeline
from ..result import Result
from .blobs import blob, put_blob
from .database import Store
from .fulltext import index_document
from .rows import DocumentText, PageVersion, TargetIndicatorSpan, TaskTextEnd, TaskTitleSpan
from .schema import DOCUMENTS, PAGES, TARGETS, TASKS, Table, record_from, row_values

Outcome = Literal["new", "changed", "unchanged"]


@dataclass(frozen=True, slots=True)
class Capture:
    """A page's bytes as fetched (or a file's as read), with what the server said about them."""

    url: str  # the key of its versions: the URL asked for, or the file's URI
    source: str  # the URL after redirects, or the file name as given
    kind: str
    body: bytes
    fetched_at: str
    suffix: str = ""
    charset: str | None = None
    status: int | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    parent_url: str | None = None


@dataclass(frozen=True, slots=True)
class Processed:
    """A capture cleaned and extracted, or the reason it could not be."""

    capture: Capture
    result: Result | None
    error: str | None = None


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def process(capture: Capture) -> Processed:
    """Clean and extract a capture; an unreadable one keeps its bytes and the reason."""
    try:
        result = run_pipeline(capture.body, name=capture.source, suffix=capture.suffix, encoding=capture.charset)
    except InputError as err:
        return Processed(capture, None, err.message)
    except Exception as err:  # noqa: BLE001 - a crash on one page keeps its bytes and the reason, as any failure
        return Processed(capture, None, internal_error(err))
    return Processed(capture, result)


def ingest_source(store: Store, source: Source, *, max_bytes: int, encoding: str | None = None) -> Outcome:
    """Store a local file (or standard input); an unreadable one raises InputError and stores nothing."""
    capture = file_capture(source, max_bytes=max_bytes, encoding=encoding)
    if is_stored(store, capture):
        touch(store, capture.url, checked_at=capture.fetched_at)
        return "unchanged"
    processed = process(capture)
    if processed.error is not None:
        raise InputError(source.name, processed.error)
    return store_pages(store, [processed])[0]


def file_capture(source: Source, *, max_bytes: int, encoding: str | None = None) -> Capture:
    """A local file (or standard input) as a capture, keyed by its file URI."""
    body = read_bytes(source, max_bytes=max_bytes)
    url = source.path.resolve().as_uri() if source.path else f"stdin:{content_hash(body)}"
    return Capture(url=url, source=source.name, kind="file", body=body, fetched_at=now(),
                   suffix=source.suffix, charset=encoding)


def latest_page(store: Store, url: str) -> PageVersion | None:
    found = store.rows(f"SELECT * FROM {PAGES.name} WHERE url = ? AND latest = 1", (url,))
    return record_from(PageVersion, found[0]) if found else None


def stored_capture(store: Store, page: PageVersion) -> Capture:
    """A stored page version as a capture again (its bytes from ``blobs``)."""
    body = blob(store, page.content_hash)
    return Capture(url=page.url, source=page.source, kind=page.kind, body=body, fetched_at=page.fetched_at,
                   charset=page.encoding, status=page.status, content_type=page.content_type, etag=page.etag,
                   last_modified=page.last_modified, parent_url=page.parent_url)


def is_stored(store: Store, capture: Capture) -> bool:
    """Whether the latest version at the capture's URL has the same bytes (no need to process it)."""
    previous = latest_page(store, capture.url)
    return previous is not None and previous.content_hash == content_hash(capture.body)


def store_pages(store: Store, items: Sequence[Processed]) -> tuple[Outcome, ...]:
    """Write the items (a notice and its attachments, say) together: all of them or, on any error, none."""
    with store.transaction():
        return tuple(_store_one(store, item) for item in items)


def touch(store: Store, url: str, *, checked_at: str) -> None:
    """Record that the latest version at ``url`` was confirmed unchanged (an HTTP 304)."""
    with store.transaction():
        store.execute(f"UPDATE {PAGES.name} SET checked_at = ? WHERE url = ? AND latest = 1", (checked_at, url))


def _store_one(store: Store, item: Processed) -> Outcome:
    capture = item.capture
    digest = content_hash(capture.body)
    previous = latest_page(store, capture.url)
    if previous is not None and previous.content_hash == digest:
        store.execute(f"UPDATE {PAGES.name} SET checked_at = ?, etag = ?, last_modified = ? "
                      "WHERE url = ? AND latest = 1",
                      (capture.fetched_at, capture.etag, capture.last_modified, capture.url))
        return "unchanged"
    version = previous.version + 1 if previous else 1
    if item.result is not None:
        _store_result(store, item.result, parent_id=_parent_id(store, capture.parent_url), version=version)
    put_blob(store, digest, capture.body, doc_id=item.result.document.doc_id if item.result else None)
    store.execute(f"UPDATE {PAGES.name} SET latest = 0 WHERE url = ?", (capture.url,))
    store.insert(PAGES, row_values(_page_version(item, digest, version=version)))
    return "changed" if previous else "new"


def _parent_id(store: Store, parent_url: str | None) -> str | None:
    """The doc_id of the notice an attachment was linked from (stored before it, in the same transaction)."""
    parent = latest_page(store, parent_url) if parent_url else None
    return parent.doc_id if parent else None


def _store_result(store: Store, result: Result, *, parent_id: str | None, version: int) -> None:
    document = result.document
    text = DocumentText(text=document.text, encoding=document.encoding, problems=document.problems,
                        stored_at=now())
    metadata = dataclasses.replace(document.metadata, parent_id=parent_id, version=version)
    rowid = store.insert(DOCUMENTS, row_values(metadata, text), ignore=True)
    if not rowid:
        return  # the same cleaned text is already stored, with its records
    index_document(store, rowid=rowid, title=metadata.title, text=document.text)
    stored = {"text": document.text, "source": metadata.source}
    for task in result.tasks:
        own_words = TaskTextEnd(task.start + len(task.text))
        title = TaskTitleSpan(*_span(document.text, task.title, task.start, task.end))
        _insert_record(store, TASKS, TASKS.sliced_out(row_values(task, own_words, title), stored))
    for target in result.targets:
        indicator = TargetIndicatorSpan(*_span(document.text, target.indicator, target.start, target.end))
        _insert_record(store, TARGETS, TARGETS.sliced_out(row_values(target, indicator), stored))


def _span(text: str, words: str, start: int, end: int) -> tuple[int | None, int | None]:
    """Where ``words`` first stand whole in ``text`` between ``start`` and ``end``; (None, None) if not there."""
    at = text.find(words, start, end) if words else -1
    return (at, at + len(words)) if at >= 0 else (None, None)


def _insert_record(store: Store, table: Table, values: dict[str, object]) -> None:
    """Insert a task or target, whose key starts with its document's: how the store finds it back."""
    key = str(values[table.key[0]])
    if not key.startswith(f"{values['doc_id']}:"):
        raise StoreError(f"{table.name}: {key} does not start with its doc_id {values['doc_id']}: (not a record_id)")
    store.insert(table, values)


def _page_version(item: Processed, digest: str, *, version: int) -> PageVersion:
    capture = item.capture
    document = item.result.document if item.result else None
    return PageVersion(
        url=capture.url, version=version, kind=capture.kind, source=capture.source,
        parent_url=capture.parent_url, fetched_at=capture.fetched_at, checked_at=capture.fetched_at,
        status=capture.status, content_type=capture.content_type,
        encoding=document.encoding if document else capture.charset, content_hash=digest,
        size=len(capture.body), etag=capture.etag, last_modified=capture.last_modified,
        doc_id=document.doc_id if document else None, error=item.error, latest=True,
    )
