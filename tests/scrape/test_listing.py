from datetime import date
from urllib.parse import parse_qsl, urlsplit

import pytest

from extract.scrape.listing import read_list
from extract.scrape.profiles import AUTO, builtin_profiles, choose

from devkit.pages import COLUMN, hanweb_column, hanweb_proxy, notices

BASE = "http://127.0.0.1:8000"


def profile(name):
    return choose(builtin_profiles(), name, path="", page="")


def query(url):
    return dict(parse_qsl(urlsplit(url).query))


def test_hanweb_column_records_give_links_dates_and_the_dataproxy_page():
    listed = notices(50)
    page = read_list(hanweb_column(listed[:45], total=50).decode(), url=BASE + COLUMN, list_url=BASE + COLUMN,
                     page_number=1, profile=profile("hanweb"))
    assert [e.url for e in page.entries] == [BASE + n.path for n in listed[:45]]
    assert page.entries[0].date == date(2021, 6, 30) and page.entries[0].title == "通知0"
    assert query(page.next_url) == {"startrecord": "46", "endrecord": "90", "perpage": "15",
                                    "columnid": "4975", "unitid": "3245", "webid": "3"}


def test_hanweb_dataproxy_pages_go_on_until_the_total():
    listed = notices(100)
    url = BASE + "/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15&columnid=4975&unitid=3245&webid=3"
    page = read_list(hanweb_proxy(listed[45:90], total=100).decode(), url=url, list_url=BASE + COLUMN,
                     page_number=2, profile=profile("hanweb"))
    assert len(page.entries) == 45 and query(page.next_url)["startrecord"] == "91"
    last = read_list(hanweb_proxy(listed[90:], total=100).decode(), url=page.next_url, list_url=BASE + COLUMN,
                     page_number=3, profile=profile("hanweb"))
    assert len(last.entries) == 10 and last.next_url is None


TRS_PAGE = ("<ul><li><a href=\"./202012/t20201204_123.html\">关于印发某方案的通知</a><span>2020-12-04</span></li>"
            "<li><a href=\"./202011/t20201130_99.html\">另一份通知</a></li></ul>"
            "<a href=\"../index.html\">返回首页</a><script>createPageHTML(3, {index}, \"index\", \"html\");</script>")


@pytest.mark.parametrize("index, number, expected", [(0, 1, "index_1.html"), (1, 2, "index_2.html"), (2, 3, None)],
                         ids=["first", "middle", "last"])
def test_trs_pages_follow_index_n_up_to_the_page_count(index, number, expected):
    list_url = BASE + "/xxgk/tzgg/index.html"
    page = read_list(TRS_PAGE.format(index=index), url=list_url, list_url=list_url, page_number=number,
                     profile=profile("trs"))
    assert page.next_url == (BASE + "/xxgk/tzgg/" + expected if expected else None)


def test_trs_dates_come_from_the_list_or_else_the_url():
    list_url = BASE + "/xxgk/tzgg/index.html"
    page = read_list(TRS_PAGE.format(index=0), url=list_url, list_url=list_url, page_number=1, profile=profile("trs"))
    assert [(e.url, e.date) for e in page.entries] == [
        (BASE + "/xxgk/tzgg/202012/t20201204_123.html", date(2020, 12, 4)),
        (BASE + "/xxgk/tzgg/202011/t20201130_99.html", date(2020, 11, 30))]


GENERIC_PAGE = ("<div class=\"nav\"><a href=\"/index.html\">首页</a><a href=\"/about.html\">关于我们</a></div>"
                "<table><tr><td><a href=\"/notice/a.html\">关于做好防汛工作的通知</a></td><td>2023年6月1日</td></tr>"
                "<tr><td><a href=\"http://elsewhere.example/b.html\">外站</a></td><td>2023-05-30</td></tr>"
                "<tr><td><a href=\"/notice/c.html\">2023年5月工作要点</a></td><td>2023/05/20</td></tr></table>"
                "<p><a href=\"/notice/a.html\">关于做好防汛工作的通知</a> <a href=\"/notice/d.html\">另一篇</a> 2023-01-01</p>"
                "<a href=\"list_2.html\">下一页</a>")


def test_generic_lists_take_dated_links_to_the_same_site_and_follow_the_next_page_link():
    url = BASE + "/notice/list.html"
    page = read_list(GENERIC_PAGE, url=url, list_url=url, page_number=1, profile=profile("generic"))
    assert [(e.url, e.date) for e in page.entries] == [(BASE + "/notice/a.html", date(2023, 6, 1)),
                                                       (BASE + "/notice/c.html", date(2023, 5, 20))]
    assert page.next_url == BASE + "/notice/list_2.html"


def test_an_empty_list_page_ends_the_walk():
    url = BASE + "/xxgk/index.html"
    page = read_list("<html><body><p>暂无信息</p></body></html>", url=url, list_url=url, page_number=1,
                     profile=profile("trs"))
    assert page.entries == () and page.next_url is None


@pytest.mark.parametrize("path, page, expected", [
    (COLUMN, "<script>dataproxy.jsp?columnid=1</script>", "hanweb"),
    (COLUMN, "<ul><li><a href=\"/art/2020/1/2/art_1_2.html\">x</a></li></ul>", "hanweb-static"),
    ("/xxgk/index.html", "<script>createPageHTML(5, 0, \"index\", \"html\")</script>", "trs"),
    ("/zhengce/zuixin.htm", "<a href=\"/zhengce/content/2019-01/21/content_5359620.htm\">x</a>", "govcn"),
    ("/news/list.aspx", "<a href=\"/news/1.aspx\">x</a> 2023-01-01", "generic"),
], ids=["hanweb", "hanweb-static", "trs", "govcn", "generic"])
def test_auto_picks_the_profile_by_url_and_first_page(path, page, expected):
    assert choose(builtin_profiles(), AUTO, path=path, page=page).name == expected
