"""What the store keeps beside the records: page versions, document text and crawl state.

Each is one typed definition; the store's tables are derived from these and
from ``extract.records`` through ``fields_of``, never from a column list.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageVersion:
    """One version of a page as fetched (or a file as read); its bytes are in ``blobs``."""

    url: str
    version: int
    kind: str  # list, notice, attachment or file
    source: str  # the URL after redirects, or the file name as given: the document's source
    parent_url: str | None
    fetched_at: str
    checked_at: str
    status: int | None
    content_type: str | None
    encoding: str | None
    content_hash: str
    size: int
    etag: str | None
    last_modified: str | None
    doc_id: str | None
    error: str | None
    latest: bool


@dataclass(frozen=True, slots=True)
class DocumentText:
    """The cleaned text kept beside the document record, so it can be searched and re-read."""

    text: str
    encoding: str
    problems: tuple[str, ...]
    stored_at: str


@dataclass(frozen=True, slots=True)
class CrawlRun:
    """One crawl of a list: where its walk of the list pages stands."""

    crawl_id: int
    list_url: str
    site: str | None
    cursor: str | None  # the next list page to read; None once the walk is over
    pages_walked: int
    started_at: str
    finished_at: str | None


@dataclass(frozen=True, slots=True)
class CrawlLink:
    """A notice link a crawl found on a list page, and what became of it."""

    crawl_id: int
    url: str
    title: str | None
    list_date: str | None
    found_on: str
    outcome: str | None  # None while pending


@dataclass(frozen=True, slots=True)
class TaskTextEnd:
    """Where a task's own words end in its document's text: they are read from there, not stored twice."""

    text_end: int | None


@dataclass(frozen=True, slots=True)
class TaskTitleSpan:
    """Where a task's title stands in its document's text (None: not there whole); read from there, not stored."""

    title_start: int | None
    title_end: int | None


@dataclass(frozen=True, slots=True)
class TargetIndicatorSpan:
    """Where a target's indicator stands in its document's text (None: not there whole); read from there."""

    indicator_start: int | None
    indicator_end: int | None
