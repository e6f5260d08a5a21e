"""Faults in the middle of a crawl or fetch: one link's trouble is that link's, never the run's."""
import pytest
from click.testing import CliRunner

from extract.cli import main
from extract.scrape.crawl import CrawlOptions, crawl
from extract.scrape.http import Fetcher
from extract.scrape.profiles import builtin_profiles

from .pages import notices, serve_generic, serve_hanweb
from .site import Route

FAST = ["--rate", "0", "--retries", "1", "--timeout", "2"]


def crash_on(monkeypatch, path, error):
    """Inject ``error`` when the fetcher is asked for ``path``: the fault of a defect not yet known."""
    original = Fetcher.get

    def get(self, url, **kwargs):
        if url.endswith(path):
            raise error
        return original(self, url, **kwargs)

    monkeypatch.setattr(Fetcher, "get", get)


@pytest.mark.parametrize("error", [MemoryError(), RecursionError("maximum recursion depth exceeded"),
                                   ValueError("Invalid IPv6 URL")], ids=lambda e: type(e).__name__)
def test_a_link_that_crashes_is_settled_failed_and_the_crawl_goes_on(scraper, site, store, problems, monkeypatch,
                                                                      error):
    listed = notices(6)
    column = serve_hanweb(site, listed, embedded=6)
    crash_on(monkeypatch, listed[1].path, error)
    report = crawl(scraper, column, options=CrawlOptions(), profiles=builtin_profiles())
    assert report.finished and report.outcomes == {"new": 5, "failed": 1}
    settled = store.rows("SELECT url, outcome FROM crawl_links WHERE url LIKE ?", (f"%{listed[1].path}",))
    assert settled[0]["outcome"].startswith("failed: internal error")
    assert any(listed[1].path in p and type(error).__name__ in p for p in problems)


def test_a_list_with_a_broken_link_is_walked(scraper, site, store):
    listed = notices(3)
    for notice in listed:
        site.add(notice.path, Route(notice.body))
    rows = "".join(f"<tr><td><a href=\"{n.path}\">{n.title}</a></td><td>{n.day:%Y-%m-%d}</td></tr>" for n in listed)
    broken = "<tr><td><a href=\"http://[/x.html\">坏链接</a></td><td>2021-06-29</td></tr>"
    url = site.add("/news/list.html", Route(f"<html><body><table>{broken}{rows}</table></body></html>".encode()))
    report = crawl(scraper, url, options=CrawlOptions(site="generic"), profiles=builtin_profiles())
    assert report.finished and report.outcomes == {"new": 3}


def test_fetch_goes_on_after_a_crash(site, monkeypatch, tmp_path):
    listed = notices(2)
    urls = [site.add(n.path, Route(n.body)) for n in listed]
    crash_on(monkeypatch, listed[0].path, RecursionError("maximum recursion depth exceeded"))
    result = CliRunner().invoke(main, ["fetch", *urls, *FAST, "--db", str(tmp_path / "f.db")])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"new\t{urls[1]}\t")
    assert "internal error (RecursionError" in result.stderr and "Traceback" not in result.stderr
    assert "fetched 1 document (1 new), 1 failed" in result.stderr
