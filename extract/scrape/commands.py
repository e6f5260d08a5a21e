"""The fetch and crawl commands: thin wrappers over extract.scrape."""
from __future__ import annotations

import functools
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import click

from ..batch import internal_error
from ..errors import ExtractError, FetchError
from ..options import db_option, fail, max_size_option
from ..store.commands import INTERRUPTED, outcome_summary
from ..store.database import Store
from .crawl import DEFAULT_MAX_PAGES, CrawlOptions, CrawlReport, crawl
from .http import CONTACT_ENVIRONMENT, DEFAULT_CONTACT, Fetcher
from .notice import Scraper
from .politeness import DEFAULT_DEADLINE, Politeness
from .profiles import AUTO, builtin_profiles, is_known


@dataclass(frozen=True, slots=True)
class Fetching:
    """The fetch options of a command, gathered."""

    politeness: Politeness
    max_bytes: int
    contact: str
    other_hosts: bool = False


def fetching_options(function):
    """The shared politeness options; the command receives them as one ``fetching`` argument."""
    options = [
        click.option("--rate", type=click.FloatRange(min=0), default=1.0, show_default=True, metavar="PER_S",
                     help="Requests per second to one host (0: no limit; robots.txt Crawl-delay wins if slower)."),
        click.option("--timeout", type=click.FloatRange(min=0.01), default=30.0, show_default=True, metavar="S",
                     help="Seconds to wait for a connection or for the next bytes of an answer."),
        click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True, metavar="N",
                     help="Further tries after a timeout, a 5xx or a 429 (with back-off; Retry-After honoured)."),
        max_size_option("pages and attachments"),
        click.option("--deadline", type=click.FloatRange(min=0.1), default=DEFAULT_DEADLINE, show_default=True,
                     metavar="S", help="Seconds one request may take as a whole (connection, headers and body)."),
        click.option("--other-hosts", is_flag=True,
                     help="Follow redirects and fetch attachments on other hosts too (default: the same site only)."),
        click.option("--ignore-robots", is_flag=True, help="Do not obey robots.txt (only with the site's leave)."),
        click.option("--contact", default=DEFAULT_CONTACT, envvar=CONTACT_ENVIRONMENT, show_envvar=True,
                     metavar="URL_OR_EMAIL", help="How the site can reach you; sent in the User-Agent."),
    ]

    @functools.wraps(function)
    def command(*args, rate: float, timeout: float, retries: int, max_bytes: int, deadline: float,
                other_hosts: bool, ignore_robots: bool, contact: str, **kwargs):
        politeness = Politeness(rate=rate, timeout=timeout, retries=retries, obey_robots=not ignore_robots,
                                deadline=deadline)
        fetching = Fetching(politeness, max_bytes=max_bytes, contact=contact, other_hosts=other_hosts)
        return function(*args, fetching=fetching, **kwargs)

    for option in reversed(options):
        command = option(command)
    return command


@contextmanager
def _scraper(db: str | Path, fetching: Fetching, problems: list[str], *, starts: tuple[str, ...]) -> Iterator[Scraper]:
    fetcher = Fetcher(fetching.politeness, contact=fetching.contact, max_bytes=fetching.max_bytes,
                      other_hosts=fetching.other_hosts)
    for url in starts:
        fetcher.start(url)

    def report(message: str) -> None:
        problems.append(message)
        click.echo(f"policy-extract: {message}", err=True)

    try:
        with Store.open(db) as store:
            yield Scraper(fetcher, store, report=report)
    except KeyboardInterrupt:
        fail(INTERRUPTED)
    except ExtractError as err:
        fail(str(err))
    except Exception as err:  # noqa: BLE001 - a crash outside any one link: one line, not a traceback
        fail(internal_error(err))
    finally:
        fetcher.close()


@click.command()
@click.argument("urls", nargs=-1, required=True)
@db_option
@fetching_options
def fetch(urls: tuple[str, ...], db: str | Path, fetching: Fetching) -> None:
    """Fetch notice pages (and the Word, Excel and PDF files they link), extract and store them.

    A page fetched before is asked for conditionally (ETag / Last-Modified);
    changed content becomes a new version. Prints one line per URL: what
    became of it (new, changed, unchanged), the URL and the document id.

    \b
    Examples:
      policy-extract fetch https://www.jiangxi.gov.cn/art/2020/3/3/art_5870_1520277.html
    """
    problems: list[str] = []
    outcomes = Counter[str]()
    with _scraper(db, fetching, problems, starts=urls) as scraper:
        for url in urls:
            try:
                stored = scraper.notice(url)
            except FetchError as err:
                scraper.report(str(err))
                continue
            except Exception as err:  # noqa: BLE001 - one URL's crash must not end the run
                scraper.report(f"{url}: {internal_error(err)}")
                continue
            outcomes[stored.outcome] += 1
            click.echo(f"{stored.outcome}\t{url}\t{stored.doc_id or ''}")
    click.echo(outcome_summary("fetched", outcomes, len(problems)), err=True)
    sys.exit(1 if problems else 0)


@click.command("crawl")
@click.argument("list_url")
@click.option("--site", default=AUTO, show_default=True, metavar="PROFILE",
              help="Site profile from extract/scrape/data/sites.yaml (hanweb, hanweb-static, trs, govcn, generic); "
                   "auto picks by the list's URL and first page.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Leave out notices listed before this date; the walk stops at a page of older ones. "
                   "On a resumed crawl it also applies to the links queued before (skipped).")
@click.option("--max-pages", type=click.IntRange(min=1), metavar="N",
              help=f"Walk at most N list pages [default: {DEFAULT_MAX_PAGES}].")
@click.option("--limit", type=click.IntRange(min=1), metavar="N",
              help="Fetch at most N notices in this run; the same command later goes on from there.")
@click.option("--refresh", is_flag=True, help="Ask again for notices already stored (unchanged ones cost a 304).")
@db_option
@fetching_options
def crawl_command(list_url: str, site: str, since, max_pages: int | None, limit: int | None, refresh: bool,
                  db: str | Path, fetching: Fetching) -> None:
    """Walk a column's list pages and fetch the notices not stored yet.

    An interrupted crawl (Ctrl-C, a crash, --limit) continues where it
    stopped when run again. Prints one line per notice link: what became of
    it (new, changed, unchanged, known, skipped, failed) and its URL. When the
    auto-picked profile finds no notice links on the first list page but the
    generic one does, the crawl goes on with generic and says so.

    \b
    Examples:
      policy-extract crawl https://www.jiangxi.gov.cn/col/col4975/index.html --since 2020-01-01
      policy-extract crawl https://example.gov.cn/xxgk/index.html --site trs --max-pages 5
    """
    profiles = builtin_profiles()
    if not is_known(profiles, site):
        fail(f"unknown site profile {site!r}; choose {AUTO} or one of {', '.join(p.name for p in profiles)}", code=2)
    options = CrawlOptions(site=site, since=since.date() if since else None, max_pages=max_pages, limit=limit,
                           refresh=refresh)
    problems: list[str] = []
    with _scraper(db, fetching, problems, starts=(list_url,)) as scraper:
        report = crawl(scraper, list_url, options=options, profiles=profiles,
                       on_link=lambda url, outcome: click.echo(f"{outcome}\t{url}"))
    for note in report.notes:
        click.echo(f"policy-extract: note: {note}", err=True)
    click.echo(_crawl_summary(report), err=True)
    sys.exit(1 if problems else 0)


def _crawl_summary(report: CrawlReport) -> str:
    walked = f"{'resumed' if report.resumed else 'crawled'} with profile {report.site}: " \
             f"{report.list_pages} list page{'s' if report.list_pages != 1 else ''} read, " \
             f"{report.links} link{'s' if report.links != 1 else ''} found"
    settled = ", ".join(f"{n} {outcome}" for outcome, n in sorted(report.outcomes.items()))
    text = walked + (f"; {settled}" if settled else "")
    if report.walk_stopped:
        text += f"; {report.walk_stopped}"
    if not report.finished:
        text += "; stopped at --limit: run the same command again to go on"
    return text
