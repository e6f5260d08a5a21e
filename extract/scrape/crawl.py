"""Crawl a column: walk its list pages, collect notice links with their list dates, fetch the new ones.

A notice already stored is not asked for again unless its list date is newer
than the stored copy or ``refresh`` is set (then it is asked conditionally).
A dead link is reported and the crawl goes on. State is kept in the database:
running the same crawl again after an interruption continues it.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from ..batch import internal_error
from ..errors import ExtractError, FetchError
from ..load.decode import decode
from ..store.ingest import latest_page
from ..store.rows import CrawlLink
from .listing import ListPage, read_list
from .notice import Scraper
from .profiles import AUTO, Profile, choose
from .state import CrawlState


DEFAULT_MAX_PAGES = 1000  # list pages one crawl walks when --max-pages is not given


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    site: str = AUTO
    since: date | None = None  # list entries dated before this are left out, and the walk stops at them
    max_pages: int | None = None  # list pages to walk at most (None: DEFAULT_MAX_PAGES)
    limit: int | None = None  # notices to fetch in this run at most; the walk pauses when that many are queued
    refresh: bool = False  # ask again (conditionally) for notices already stored


@dataclass
class CrawlReport:
    resumed: bool
    site: str | None = None
    list_pages: int = 0
    links: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    failed: list[str] = field(default_factory=list)
    finished: bool = False
    asked: int = 0  # notices fetched (not merely found known) in this run
    walk_stopped: str | None = None  # why the walk ended before the list did
    notes: list[str] = field(default_factory=list)  # what the user should know, short of a failure


def crawl(scraper: Scraper, list_url: str, *, options: CrawlOptions, profiles: tuple[Profile, ...],
          on_link: Callable[[str, str], None] = lambda url, outcome: None) -> CrawlReport:
    """Crawl (or resume crawling) ``list_url``; ``on_link`` hears of each link settled."""
    state, resumed = CrawlState.open(scraper.store, list_url)
    report = CrawlReport(resumed=resumed)
    while True:  # walk until --limit links wait, fetch them; again until the list or the limit ends
        _walk(scraper, state, options=options, profiles=profiles, report=report)
        report.site = state.run.site
        report.finished = _fetch_pending(scraper, state, options=options, report=report, on_link=on_link)
        if not report.finished or state.run.cursor is None:
            break
    if report.finished:
        state.finish()
    return report


def _walk(scraper: Scraper, state: CrawlState, *, options: CrawlOptions, profiles: tuple[Profile, ...],
          report: CrawlReport) -> None:
    """Walk list pages from the cursor: to the list's end or its bound, or until --limit links wait."""
    max_pages = options.max_pages or DEFAULT_MAX_PAGES
    while state.run.cursor is not None:
        if state.run.pages_walked >= max_pages:
            report.walk_stopped = f"stopped walking the list at {max_pages} pages (--max-pages)"
            state.end_walk()
            return
        if options.limit is not None and state.pending_count() >= options.limit - report.asked:
            return  # enough to fetch in this run: the walk goes on from the cursor next time
        cursor, number = state.run.cursor, state.run.pages_walked + 1
        try:
            capture = scraper.list_page(cursor)
            html = decode(capture.body, source=cursor, declared=capture.charset).text
        except ExtractError as err:
            if number == 1:
                raise
            if not isinstance(err, FetchError) or err.status != 404:  # a 404 past the first page: the list ended
                _fail(scraper, report, str(err))
            state.end_walk()
            return
        profile = _profile(state, options, profiles, html)
        listing = read_list(html, url=capture.source, list_url=state.run.list_url, page_number=number,
                            profile=profile)
        if not listing.entries and number == 1 and options.site == AUTO and profile is not profiles[-1]:
            listing = _fall_back(state, profiles[-1], html, url=capture.source, tried=profile, report=report,
                                 listing=listing)
        fresh = [e for e in listing.entries if options.since is None or e.date is None or e.date >= options.since]
        reached_since = len(fresh) < len(listing.entries)  # lists run newest first: the rest is older still
        new = state.record_page(fresh, found_on=cursor, next_url=None if reached_since else listing.next_url)
        report.list_pages += 1
        report.links += new


def _fall_back(state: CrawlState, fallback: Profile, html: str, *, url: str, tried: Profile, report: CrawlReport,
               listing: ListPage) -> ListPage:
    """The list as the fallback (generic) profile reads it, when that finds links the chosen one did not."""
    other = read_list(html, url=url, list_url=state.run.list_url, page_number=1, profile=fallback)
    if not other.entries:
        return listing
    state.set_site(fallback.name)
    report.notes.append(f"{state.run.list_url}: profile {tried.name} finds no notice links here, the "
                        f"{fallback.name} profile finds {len(other.entries)}: crawling with {fallback.name} "
                        "(--site chooses)")
    return other


def _profile(state: CrawlState, options: CrawlOptions, profiles: tuple[Profile, ...], html: str) -> Profile:
    """The profile asked for, or chosen on the first list page; kept in the state for a resume."""
    chosen = choose(profiles, state.run.site or options.site, path=urlsplit(state.run.list_url).path, page=html)
    if chosen.name != state.run.site:
        state.set_site(chosen.name)
    return chosen


def _fetch_pending(scraper: Scraper, state: CrawlState, *, options: CrawlOptions, report: CrawlReport,
                   on_link: Callable[[str, str], None]) -> bool:
    """Fetch the links still pending; False when the run's limit stopped it before the end."""
    since = options.since.isoformat() if options.since else None
    left_out = 0
    for link in state.pending():
        if since and link.list_date and link.list_date < since:  # queued by an earlier run without this --since
            outcome, left_out = "skipped", left_out + 1
        elif not options.refresh and _is_known(scraper, link):
            outcome = "known"
        elif options.limit is not None and report.asked >= options.limit:
            return False
        else:
            report.asked += 1
            outcome = _fetch(scraper, report, link)
        state.settle(link.url, outcome)
        report.outcomes[outcome.split(":")[0]] += 1
        on_link(link.url, outcome)
    if left_out:
        report.notes.append(f"resumed crawl: --since {since} applied to the links queued before ({left_out} left out)")
    return True


def _fetch(scraper: Scraper, report: CrawlReport, link: CrawlLink) -> str:
    try:
        return scraper.notice(link.url).outcome
    except FetchError as err:
        _fail(scraper, report, str(err))
        return f"failed: {err.message}"
    except Exception as err:  # noqa: BLE001 - one link's crash is settled as that link's failure
        message = internal_error(err)
        _fail(scraper, report, f"{link.url}: {message}")
        return f"failed: {message}"


def _is_known(scraper: Scraper, link: CrawlLink) -> bool:
    """Stored already, and not listed as newer than the stored copy."""
    previous = latest_page(scraper.store, link.url)
    return previous is not None and (link.list_date is None or link.list_date <= previous.fetched_at[:10])


def _fail(scraper: Scraper, report: CrawlReport, message: str) -> None:
    report.failed.append(message)
    scraper.report(message)
