"""A column's list page: its notice links with their list dates, and the URL of the next page.

A page with a ``<recordset>`` (Hanweb's ``<script type="text/xml">`` data store, or a
dataproxy.jsp answer) lists its notices in its ``<record><![CDATA[<li>…</li>]]></record>``
entries; any other page lists them as links in its HTML.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from .profiles import Pagination, Profile

RECORDSET = re.compile(r"<recordset\b", re.I)
RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)
DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
PAGE_SUFFIXES = frozenset({"", ".html", ".htm", ".shtml", ".jhtml", ".jsp", ".php", ".aspx",
                           ".pdf", ".doc", ".docx", ".xls", ".xlsx"})


@dataclass(frozen=True, slots=True)
class Entry:
    url: str
    title: str | None
    date: date | None


@dataclass(frozen=True, slots=True)
class ListPage:
    entries: tuple[Entry, ...]
    next_url: str | None


def read_list(html: str, *, url: str, list_url: str, page_number: int, profile: Profile) -> ListPage:
    """The entries of list page number ``page_number`` (1 for ``list_url`` itself), fetched from ``url``."""
    embeds = RECORDSET.search(html) is not None
    records = RECORD.findall(html) if embeds else []
    holder = BeautifulSoup("\n".join(records) if embeds else html, "lxml")
    first: dict[str, Entry] = {}
    for entry in _entries(holder, base=url, profile=profile):
        first.setdefault(entry.url, entry)
    entries = tuple(first.values())
    where = _Where(url=url, list_url=list_url, page_number=page_number)
    page = None if embeds else holder  # the whole page, parsed only when a next link is looked for
    return ListPage(entries, _next_url(profile.pagination, where, html=html, soup=page,
                                       count=len(records) or len(entries)))


def _entries(holder: BeautifulSoup, *, base: str, profile: Profile):
    site = urlsplit(base).netloc
    for anchor in holder.select(profile.links):
        if not anchor.get("href"):
            continue
        url = _absolute(str(anchor["href"]), base)
        if url is None or url == base or not _is_notice(url, site=site, profile=profile):
            continue
        when = _item_date(anchor, profile) or _url_date(url, profile)
        if profile.notice is None and when is None:
            continue  # without a notice pattern only dated links count
        title = str(anchor.get("title") or "").strip() or anchor.get_text(" ", strip=True) or None
        yield Entry(url, title, when)


def _absolute(href: str, base: str) -> str | None:
    try:
        url, _ = urldefrag(urljoin(base, href.strip()))
        return url if urlsplit(url).scheme in ("http", "https") else None
    except ValueError:  # "http://[/x.html": not a URL
        return None


def _is_notice(url: str, *, site: str, profile: Profile) -> bool:
    parts = urlsplit(url)
    if profile.notice is not None:
        return profile.notice.search(parts.path) is not None
    return parts.netloc == site and PurePosixPath(parts.path).suffix.lower() in PAGE_SUFFIXES


def _item_date(anchor: Tag, profile: Profile) -> date | None:
    """The date beside the link in its entry element, when that element holds this one link only."""
    item = next((parent for parent in anchor.parents if parent.name in profile.items), anchor.parent)
    if item is None or len(item.select("a[href]")) > 1:
        return None
    if profile.date:
        element = item.select_one(profile.date)
        return _date(element.get_text(" ")) if element is not None else None
    return _date(item.get_text(" ").replace(anchor.get_text(" "), " ", 1))


def _url_date(url: str, profile: Profile) -> date | None:
    match = profile.url_date.search(urlsplit(url).path) if profile.url_date else None
    return _valid_date(match["y"], match["m"], match["d"]) if match else None


def _date(text: str) -> date | None:
    match = DATE.search(text)
    return _valid_date(*match.groups()) if match else None


def _valid_date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:  # 2020-13-45, 31 February: a number that only looked like a date
        return None


@dataclass(frozen=True, slots=True)
class _Where:
    url: str
    list_url: str
    page_number: int


def _next_url(pagination: Pagination, where: _Where, *, html: str, soup: BeautifulSoup | None,
              count: int) -> str | None:
    if count == 0 or pagination.kind == "none":
        return None
    if pagination.kind == "pattern":
        return _next_by_pattern(pagination, where, html=html)
    if pagination.kind == "records":
        return _next_by_records(pagination, where, html=html, count=count)
    link = (soup or BeautifulSoup(html, "lxml")).select_one(pagination.selector)
    href = _absolute(str(link["href"]), where.url) if link is not None and link.get("href") else None
    return href if href != where.url else None


def _next_by_pattern(pagination: Pagination, where: _Where, *, html: str) -> str | None:
    pages = pagination.pages.search(html) if pagination.pages else None
    if pages is not None and where.page_number >= int(pages.group(1)):
        return None
    stem = PurePosixPath(urlsplit(where.list_url).path).stem or "index"
    return urljoin(where.list_url, pagination.template.format(n=pagination.first + where.page_number - 1, stem=stem))


def _next_by_records(pagination: Pagination, where: _Where, *, html: str, count: int) -> str | None:
    haystack = f"{where.url}\n{html}"
    params = {name: pattern.search(haystack) for name, pattern in pagination.params}
    if any(match is None for match in params.values()):
        return None
    current = pagination.start.search(where.url) if pagination.start else None
    start = (int(current.group(1)) if current else 1) + count
    total = pagination.total.search(html) if pagination.total else None
    if total is not None and start > int(total.group(1)):
        return None
    values = {name: match.group(1) for name, match in params.items() if match is not None}
    return urljoin(where.url, pagination.template.format(start=start, end=start + pagination.group - 1,
                                                         perpage=pagination.perpage, **values))
