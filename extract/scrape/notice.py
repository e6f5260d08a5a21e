"""One notice: fetch it (conditionally when stored before) and its attachments, clean and extract
them, and store them together in one transaction."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from ..errors import FetchError, InputError
from ..load.decode import decode
from ..read import HTML_SUFFIXES
from ..store.database import Store
from ..store.ingest import (Capture, Outcome, Processed, is_stored, latest_page, process, store_pages,
                            stored_capture, touch)
from ..store.rows import PageVersion
from .http import Fetcher, Response, Validators, same_site
from .links import attachment_links

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
MAX_ATTACHMENTS = 20  # per notice
MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024  # all attachments of a notice together (they are held until stored)


@dataclass(frozen=True, slots=True)
class Stored:
    """What became of a page: new, changed (a new version) or unchanged, and its document."""

    url: str
    outcome: Outcome
    doc_id: str | None


class Scraper:
    """Fetches pages into the store; trouble with an attachment goes to ``report`` and the notice is kept.

    A notice's attachments are bounded in number and in total bytes, and fetched from the
    notice's own site only, unless the fetcher follows other hosts.
    """

    def __init__(self, fetcher: Fetcher, store: Store, *, report: Callable[[str], None],
                 max_attachments: int = MAX_ATTACHMENTS, attachment_bytes: int = MAX_ATTACHMENT_BYTES) -> None:
        self.fetcher = fetcher
        self.store = store
        self.report = report
        self.max_attachments = max_attachments
        self.attachment_bytes = attachment_bytes

    def list_page(self, url: str) -> Capture:
        """A list page's bytes, fetched and stored without extraction; on a 304 the stored ones."""
        previous = latest_page(self.store, url)
        response = self.fetcher.get(url, validators=_validators(previous))
        if response.not_modified and previous is not None:
            touch(self.store, url, checked_at=response.fetched_at)
            return stored_capture(self.store, previous)
        capture = _capture(response, kind="list")
        store_pages(self.store, [Processed(capture, None)])
        return capture

    def notice(self, url: str) -> Stored:
        """Fetch a notice and its attachments into the store; raises FetchError when the notice cannot be had."""
        previous = latest_page(self.store, url)
        response = self.fetcher.get(url, validators=_validators(previous))
        if response.not_modified and previous is not None:
            touch(self.store, url, checked_at=response.fetched_at)
            return Stored(url, "unchanged", previous.doc_id)
        item = self._processed(_capture(response, kind="notice"))
        if item.error is not None:
            self.report(f"{url}: stored, but not readable: {item.error}")
        items = [item, *self._attachments(response, item)]
        outcomes = store_pages(self.store, items)
        doc_id = item.result.document.doc_id if item.result else (previous.doc_id if previous else None)
        return Stored(url, outcomes[0], doc_id)

    def _attachments(self, response: Response, item: Processed) -> list[Processed]:
        if item.result is None or not _is_html(response):
            return []
        try:
            html = decode(response.body, source=response.final_url, declared=response.charset).text
        except InputError:
            return []  # an office file served as text/html: it has no links to follow
        items, budget = [], self.attachment_bytes
        links = self._allowed(response, attachment_links(html, base=response.final_url))
        for number, link in enumerate(links):
            if budget <= 0:
                self.report(f"attachments of {response.url}: {self.attachment_bytes} bytes fetched, "
                            f"the other {len(links) - number} left out")
                break
            previous = latest_page(self.store, link)
            try:
                attachment = self.fetcher.get(link, validators=_validators(previous),
                                              max_bytes=min(self.fetcher.max_bytes, budget))
            except FetchError as err:
                self.report(f"attachment of {response.url}: {err}")
                continue
            budget -= len(attachment.body)
            if not attachment.not_modified:
                items.append(self._processed(_capture(attachment, kind="attachment", parent=response.url)))
        return items

    def _allowed(self, response: Response, links: tuple[str, ...]) -> tuple[str, ...]:
        """The links to fetch: on the notice's site (unless other hosts are followed), at most max_attachments."""
        if not self.fetcher.other_hosts:
            for link in links:
                if not same_site(response.final_url, link):
                    self.report(f"attachment of {response.url}: {link} is on another host, not fetched "
                                "(--other-hosts fetches it)")
            links = tuple(link for link in links if same_site(response.final_url, link))
        if len(links) > self.max_attachments:
            self.report(f"attachments of {response.url}: {len(links)} linked, the first {self.max_attachments} "
                        "fetched")
        return links[:self.max_attachments]

    def _processed(self, capture: Capture) -> Processed:
        return Processed(capture, None) if is_stored(self.store, capture) else process(capture)


def _validators(previous: PageVersion | None) -> Validators | None:
    return Validators(previous.etag, previous.last_modified) if previous is not None else None


def _capture(response: Response, *, kind: str, parent: str | None = None) -> Capture:
    suffix = PurePosixPath(urlsplit(response.final_url).path).suffix.lower()
    if response.content_type in HTML_TYPES and suffix not in HTML_SUFFIXES:
        suffix = ".html"
    return Capture(url=response.url, source=response.final_url, kind=kind, body=response.body,
                   fetched_at=response.fetched_at, suffix=suffix, charset=response.charset,
                   status=response.status, content_type=response.content_type, etag=response.etag,
                   last_modified=response.last_modified, parent_url=parent)


def _is_html(response: Response) -> bool:
    suffix = PurePosixPath(urlsplit(response.final_url).path).suffix.lower()
    return response.content_type in HTML_TYPES or suffix in HTML_SUFFIXES
