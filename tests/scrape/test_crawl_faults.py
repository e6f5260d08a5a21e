"""Faults in the middle of a crawl or fetch: one link's trouble is that link's, never the run's."""
from datetime import date

import pytest
from click.testing import CliRunner

from extract.cli import main
from extract.scrape.crawl import CrawlOptions, crawl
from extract.scrape.http import Fetcher
from extract.scrape.notice import Scraper
from extract.scrape.profiles import builtin_profiles

from devkit.pages import notices, serve_hanweb
from devkit.site import Route

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


def notice_linking(paths):
    links = " ".join(f"<a href=\"{p}\">附件{i}</a>" for i, p in enumerate(paths))
    return ("<html><head><meta charset=\"utf-8\"><title>关于印发工作方案的通知</title></head><body><div id=\"zoom\">"
            "<p>关于印发工作方案的通知</p><p>各村（社区）：</p><p>现将方案印发给你们，请认真贯彻执行。</p>"
            f"<p>附件：{links}</p></div></body></html>").encode()


def test_attachments_of_a_notice_are_capped_in_number(scraper, site, store, problems):
    paths = [f"/files/a{i}.pdf" for i in range(30)]
    for path in paths:
        site.add(path, Route(b"%PDF-1.4 not really", content_type="application/pdf"))
    url = site.add("/notice.html", Route(notice_linking(paths)))
    scraper.notice(url)
    assert store.execute("SELECT count(*) FROM pages WHERE kind = 'attachment'").fetchone()[0] == 20
    assert site.requests("/files/a20.pdf") == []
    assert f"attachments of {url}: 30 linked, the first 20 fetched" in problems


def test_attachments_of_a_notice_are_capped_in_total_bytes(store, site, fetcher_for, problems):
    paths = [f"/files/a{i}.pdf" for i in range(5)]
    for path in paths:
        site.add(path, Route(b"%PDF-1.4 " + bytes(400_000), content_type="application/pdf"))
    url = site.add("/notice.html", Route(notice_linking(paths)))
    Scraper(fetcher_for(), store, report=problems.append, attachment_bytes=1_000_000).notice(url)
    assert store.execute("SELECT count(*) FROM pages WHERE kind = 'attachment'").fetchone()[0] == 2
    assert [p.split("/files/")[1][:6] for p in problems] == ["a2.pdf", "a3.pdf", "a4.pdf"]
    assert all("too large" in p for p in problems)


def test_attachments_stop_when_the_total_is_spent(store, site, fetcher_for, problems):
    paths = [f"/files/a{i}.pdf" for i in range(4)]
    for path in paths:
        site.add(path, Route(b"%PDF-1.4 " + bytes(500_000), content_type="application/pdf"))
    url = site.add("/notice.html", Route(notice_linking(paths)))
    Scraper(fetcher_for(), store, report=problems.append, attachment_bytes=1_000_018).notice(url)
    assert store.execute("SELECT count(*) FROM pages WHERE kind = 'attachment'").fetchone()[0] == 2
    assert problems == [f"attachments of {url}: 1000018 bytes fetched, the other 2 left out"]


def test_attachments_on_another_host_are_not_fetched_unless_asked(store, site, fetcher_for, problems):
    site.add("/files/a.pdf", Route(b"%PDF-1.4 not really", content_type="application/pdf"))
    elsewhere = site.url.replace("127.0.0.1", "localhost") + "/files/a.pdf"
    url = site.add("/notice.html", Route(notice_linking([elsewhere])))
    Scraper(fetcher_for(), store, report=problems.append).notice(url)
    assert site.requests("/files/a.pdf") == []
    assert any("on another host, not fetched" in p for p in problems)
    fetcher = fetcher_for()
    fetcher.other_hosts = True
    Scraper(fetcher, store, report=problems.append).notice(url + "?again")
    assert len(site.requests("/files/a.pdf")) == 1


def serve_endless(site):
    """A list whose every page links ten new notices and a next page, for ever; the notices all exist."""
    def page(query):
        n = int(query.get("page", "1"))
        rows = "".join(f"<tr><td><a href=\"/news/{n}-{i}.html\">通知{n}-{i}</a></td><td>2021-06-{1 + i:02d}</td></tr>"
                       for i in range(10))
        return Route(f"<html><body><table>{rows}</table><a href=\"list.aspx?page={n + 1}\">下一页</a>"
                     "</body></html>".encode())

    def notice(query):
        return Route(notice_linking([]))

    site.add("/news/list.aspx", page)
    for n in range(1, 60):
        for i in range(10):
            site.add(f"/news/{n}-{i}.html", notice)
    return site.url + "/news/list.aspx?page=1"


def test_limit_bounds_the_walk_of_an_endless_list(scraper, site, store):
    url = serve_endless(site)
    report = crawl(scraper, url, options=CrawlOptions(site="generic", limit=3), profiles=builtin_profiles())
    assert not report.finished and report.outcomes == {"new": 3}
    assert report.list_pages == 1
    assert store.execute("SELECT count(*) FROM crawl_links").fetchone()[0] == 10
    again = crawl(scraper, url, options=CrawlOptions(site="generic", limit=12), profiles=builtin_profiles())
    assert again.resumed and again.outcomes == {"new": 12} and again.list_pages == 1


def test_an_endless_list_is_walked_to_the_default_bound(scraper, site, store, monkeypatch):
    monkeypatch.setattr("extract.scrape.crawl.DEFAULT_MAX_PAGES", 4)
    url = serve_endless(site)
    report = crawl(scraper, url, options=CrawlOptions(site="generic"), profiles=builtin_profiles())
    assert report.finished and report.list_pages == 4 and report.outcomes == {"new": 40}
    assert report.walk_stopped == "stopped walking the list at 4 pages (--max-pages)"


def serve_col_with_generic_links(site, listed):
    """A /col/colN/index.html list (which auto-picks a Hanweb profile) whose notices have another shape."""
    rows = []
    for i, notice in enumerate(listed):
        site.add(f"/news/n{i}.aspx", Route(notice.body))
        rows.append(f"<tr><td><a href=\"/news/n{i}.aspx\">{notice.title}</a></td><td>{notice.day:%Y-%m-%d}</td></tr>")
    body = f"<html><body><table>{''.join(rows)}</table></body></html>"
    return site.add("/col/col77/index.html", Route(body.encode()))


def test_a_profile_that_finds_no_links_falls_back_to_generic_and_says_so(scraper, site, problems):
    listed = notices(3)
    url = serve_col_with_generic_links(site, listed)
    report = crawl(scraper, url, options=CrawlOptions(), profiles=builtin_profiles())
    assert report.site == "generic" and report.outcomes == {"new": 3}
    assert report.notes == [f"{url}: profile hanweb-static finds no notice links here, the generic profile "
                            "finds 3: crawling with generic (--site chooses)"]
    assert problems == []


def test_a_resumed_crawl_applies_a_new_since_to_the_links_queued_before(scraper, site, store):
    listed = notices(10)  # 2021-06-30 back to 2021-06-21
    column = serve_hanweb(site, listed, embedded=10)
    first = crawl(scraper, column, options=CrawlOptions(limit=2), profiles=builtin_profiles())
    assert not first.finished
    again = crawl(scraper, column, options=CrawlOptions(since=date(2021, 6, 27)), profiles=builtin_profiles())
    assert again.resumed and again.finished
    assert again.outcomes == {"new": 2, "skipped": 6}
    assert again.notes == ["resumed crawl: --since 2021-06-27 applied to the links queued before (6 left out)"]
