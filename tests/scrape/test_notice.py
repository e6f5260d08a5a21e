import pytest

from extract.errors import FetchError
from tests.corpus import REPO

from devkit.pages import GBK_NOTICE, variant
from devkit.site import Route

FIXTURES = REPO / "tests" / "fixtures"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
WITH_ATTACHMENTS = ("<html><head><meta charset=\"utf-8\"><title>关于印发清溪镇工作方案的通知</title></head><body>"
                    "<div class=\"nav\"><a href=\"/help.pdf\">帮助</a></div><div id=\"zoom\">"
                    "<p>关于印发清溪镇工作方案的通知</p><p>各村（社区）：</p><p>现将方案印发给你们，请认真贯彻执行。</p>"
                    "<p>附件：<a href=\"/files/notice.docx\">1.工作方案</a> <a href=\"/files/targets.xlsx\">2.目标分解表</a>"
                    " <a href=\"/files/missing.pdf\">3.名单</a></p></div></body></html>").encode()


def text_of(store, url):
    return store.rows("SELECT d.text, d.encoding FROM documents d JOIN pages p USING (doc_id) WHERE p.url = ?",
                      (url,))[0]


@pytest.mark.parametrize("content_type", ["text/html; charset=gb2312", "text/html"], ids=["header", "meta-only"])
def test_a_gbk_page_is_stored_without_mojibake(scraper, site, store, content_type):
    url = site.add("/gbk.html", Route(GBK_NOTICE.encode("gbk"), content_type=content_type))
    scraper.notice(url)
    stored = text_of(store, url)
    assert "朱镕喆同志负责督导" in stored["text"] and stored["encoding"] == "gb18030"


def test_attachments_in_the_body_are_stored_with_the_notice(scraper, site, store, problems):
    site.add("/files/notice.docx", Route((FIXTURES / "qingxi_notice.docx").read_bytes(), content_type=DOCX))
    site.add("/files/targets.xlsx", Route((FIXTURES / "qingxi_targets.xlsx").read_bytes(), content_type=XLSX))
    url = site.add("/notice.html", Route(WITH_ATTACHMENTS))
    assert scraper.notice(url).outcome == "new"
    pages = store.rows("SELECT url, kind, parent_url, doc_id IS NOT NULL AS read FROM pages ORDER BY rowid")
    assert pages == [
        {"url": url, "kind": "notice", "parent_url": None, "read": 1},
        {"url": site.url + "/files/notice.docx", "kind": "attachment", "parent_url": url, "read": 1},
        {"url": site.url + "/files/targets.xlsx", "kind": "attachment", "parent_url": url, "read": 1},
    ]
    assert problems == [f"attachment of {url}: {site.url}/files/missing.pdf: HTTP 404"]
    assert site.requests("/help.pdf") == []


def test_a_redirected_notice_is_stored_under_its_url_with_the_final_source(scraper, site, store):
    site.add("/art/2021/1/1/art_1_1.html", Route(variant("jxgov-005.html", 0)))
    url = site.add("/old.html", Route(location="/art/2021/1/1/art_1_1.html"))
    scraper.notice(url)
    assert store.rows("SELECT url, source FROM pages") == [{"url": url, "source": site.url + "/art/2021/1/1/art_1_1.html"}]
    assert store.rows("SELECT source FROM documents") == [{"source": site.url + "/art/2021/1/1/art_1_1.html"}]


def test_a_page_without_validators_fetched_again_is_unchanged(scraper, site, store):
    url = site.add("/a.html", Route(variant("govcn-004.html", 0)))
    assert scraper.notice(url).outcome == "new"
    assert scraper.notice(url).outcome == "unchanged"
    assert store.execute("SELECT count(*) FROM pages").fetchone()[0] == 1


def test_an_unreadable_notice_keeps_its_bytes_and_is_reported(scraper, site, store, problems):
    url = site.add("/scan.pdf", Route(b"%PDF-1.4 broken", content_type="application/pdf"))
    assert scraper.notice(url).doc_id is None
    assert store.rows("SELECT kind, error IS NOT NULL AS failed FROM pages") == [{"kind": "notice", "failed": 1}]
    assert problems and problems[0].startswith(f"{url}: stored, but not readable")


def test_a_dead_notice_raises(scraper, site):
    with pytest.raises(FetchError, match="HTTP 404"):
        scraper.notice(site.url + "/none.html")
