from collections import Counter
from datetime import date

import pytest

from extract.export import rows
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.scrape.crawl import CrawlOptions, crawl
from extract.scrape.notice import Scraper
from extract.scrape.profiles import builtin_profiles
from extract.store.query import stored_results
from tests.store.expected import as_stored

from devkit.pages import COLUMN, PROXY, notices, serve_generic, serve_govcn, serve_hanweb, serve_trs
from devkit.site import Route

COUNT = 20
EMBEDDED = 10  # in the column page; the other 10 come from dataproxy.jsp


def run(scraper, list_url, **options):
    return crawl(scraper, list_url, options=CrawlOptions(**options), profiles=builtin_profiles())


def notice_hits(site):
    return Counter(hit.path for hit in site.requests() if hit.path.startswith("/art/"))


def count(store, sql):
    return store.execute(sql).fetchone()[0]


@pytest.fixture
def listed():
    return notices(COUNT)


@pytest.fixture
def column(site, listed):
    return serve_hanweb(site, listed, embedded=EMBEDDED)


def test_a_crawl_stores_every_notice_once(scraper, site, column, listed, store):
    report = run(scraper, column)
    assert report.finished and report.site == "hanweb" and report.outcomes == {"new": COUNT}
    assert notice_hits(site) == {n.path: 1 for n in listed}
    assert count(store, "SELECT count(*) FROM pages WHERE kind = 'notice'") == COUNT
    assert count(store, "SELECT count(DISTINCT doc_id) FROM pages WHERE kind = 'notice'") == COUNT
    assert count(store, "SELECT count(*) FROM documents") == COUNT


def test_the_store_gives_the_records_of_extract_on_the_same_pages(scraper, site, column, listed, store):
    run(scraper, column)
    expected = [extract_document(document_from_bytes(n.body, name=site.url + n.path, suffix=".html",
                                                     encoding="utf-8")) for n in listed]
    assert list(rows(stored_results(store), "all")) == list(rows(map(as_stored, expected), "all"))


def test_a_recrawl_asks_only_for_the_list_and_gets_a_304(scraper, site, column):
    run(scraper, column)
    before = len(site.requests())
    report = run(scraper, column)
    again = site.requests()[before:]
    assert [(hit.path.split("?")[0], hit.status) for hit in again] == [(COLUMN, 304), (PROXY, 304)]
    assert report.outcomes == {"known": COUNT}


def test_a_refresh_asks_again_conditionally_and_stores_nothing_new(scraper, site, column, store):
    run(scraper, column)
    before = len(site.requests())
    report = run(scraper, column, refresh=True)
    answers = Counter(hit.status for hit in site.requests()[before:] if hit.path.startswith("/art/"))
    assert answers == {304: COUNT} and report.outcomes == {"unchanged": COUNT}
    assert count(store, "SELECT count(*) FROM pages WHERE kind = 'notice'") == COUNT


def test_a_changed_page_becomes_a_new_version_and_the_old_is_kept(scraper, site, column, listed, store):
    run(scraper, column)
    changed = listed[10]  # its body says 本文第1次转载
    site.routes[changed.path] = Route(changed.body.replace("转载".encode(), "转发".encode(), 1), etag='"v2"')
    report = run(scraper, column, refresh=True)
    assert report.outcomes == {"unchanged": COUNT - 1, "changed": 1}
    versions = store.rows("SELECT version, latest FROM pages WHERE url = ? ORDER BY version", (site.url + changed.path,))
    assert versions == [{"version": 1, "latest": 0}, {"version": 2, "latest": 1}]
    assert count(store, "SELECT count(*) FROM documents") == COUNT + 1
    assert len(list(stored_results(store))) == COUNT


def test_a_dead_link_is_reported_and_the_crawl_goes_on(scraper, site, column, listed, store, problems):
    del site.routes[listed[5].path]
    report = run(scraper, column)
    assert report.finished and report.outcomes == {"new": COUNT - 1, "failed": 1}
    assert problems == report.failed == [f"{site.url}{listed[5].path}: HTTP 404"]
    assert count(store, "SELECT count(*) FROM documents") == COUNT - 1


def test_robots_disallow_keeps_the_crawl_off_those_pages(scraper, site, column, listed, problems):
    site.add("/robots.txt", Route(b"User-agent: *\nDisallow: /art/2021/6/30/\n", content_type="text/plain"))
    report = run(scraper, column)
    assert listed[0].path not in notice_hits(site)
    assert report.outcomes == {"new": COUNT - 1, "failed": 1} and "robots.txt disallows" in problems[0]


def test_a_killed_crawl_resumes_where_it_stopped(store, fetcher_for, site, column, listed):
    class Killed(BaseException):
        pass

    class Dying(Scraper):
        left = 7

        def notice(self, url):
            if self.left == 0:
                raise Killed
            self.left -= 1
            return super().notice(url)

    with pytest.raises(Killed):
        run(Dying(fetcher_for(), store, report=print), column)
    assert count(store, "SELECT count(*) FROM documents") == 7
    report = run(Scraper(fetcher_for(), store, report=print), column)
    assert report.resumed and report.finished and report.list_pages == 0
    assert report.outcomes == {"new": COUNT - 7}
    assert notice_hits(site) == {n.path: 1 for n in listed}
    assert count(store, "SELECT count(*) FROM documents") == COUNT


def test_limit_stops_the_run_and_the_next_run_goes_on(scraper, site, column):
    first = run(scraper, column, limit=8)
    assert not first.finished and first.outcomes == {"new": 8}
    second = run(scraper, column)
    assert second.resumed and second.finished and second.outcomes == {"new": COUNT - 8}


def test_since_leaves_out_older_notices_and_stops_the_walk(scraper, site, column, listed):
    report = run(scraper, column, since=date(2021, 6, 26))
    assert report.links == 5 and report.list_pages == 1 and report.outcomes == {"new": 5}
    assert not any(hit.path.startswith("/module/") for hit in site.requests())


def test_max_pages_bounds_the_walk(scraper, site, column):
    report = run(scraper, column, max_pages=1)
    assert report.list_pages == 1 and report.outcomes == {"new": EMBEDDED}


def test_a_trs_column_is_walked_page_by_page(scraper, site, store):
    listed = notices(7)
    list_url = serve_trs(site, listed, per_page=3)
    report = run(scraper, list_url)
    assert report.site == "trs" and report.list_pages == 3 and report.outcomes == {"new": 7}
    assert [h.path for h in site.requests() if "index" in h.path] == [
        "/xxgk/tzgg/index.html", "/xxgk/tzgg/index_1.html", "/xxgk/tzgg/index_2.html"]


def test_a_govcn_list_is_walked_until_its_next_page_is_missing(scraper, site, problems):
    report = run(scraper, serve_govcn(site, notices(5), per_page=3))
    assert report.site == "govcn" and report.list_pages == 2 and report.outcomes == {"new": 5}
    assert site.requests("/zhengce/zuixin_2.htm")[0].status == 404 and problems == []


def test_a_list_of_no_known_family_is_walked_by_its_next_page_link(scraper, site):
    report = run(scraper, serve_generic(site, notices(5), per_page=2))
    assert report.site == "generic" and report.list_pages == 3 and report.outcomes == {"new": 5}


def test_a_next_link_that_goes_round_in_circles_ends_the_walk(scraper, site):
    listed = notices(2)
    site.add("/news/n0.aspx", Route(listed[0].body))
    site.add("/news/n1.aspx", Route(listed[1].body))
    site.add("/news/a.aspx", Route("<table><tr><td><a href=\"n0.aspx\">甲</a></td><td>2021-06-30</td></tr></table>"
                                   "<a href=\"b.aspx\">下一页</a>".encode()))
    site.add("/news/b.aspx", Route("<table><tr><td><a href=\"n1.aspx\">乙</a></td><td>2021-06-29</td></tr></table>"
                                   "<a href=\"a.aspx\">下一页</a>".encode()))
    report = run(scraper, site.url + "/news/a.aspx")
    assert report.list_pages == 3 and report.outcomes == {"new": 2}


def test_a_dead_list_url_is_an_error(scraper, site):
    from extract.errors import FetchError
    with pytest.raises(FetchError, match="HTTP 404"):
        run(scraper, site.url + "/col/col1/index.html")
