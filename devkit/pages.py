"""Pages for the local site: list pages of the CMS families written here, notice pages from the real corpus.

Each real page can be served under several URLs with a small variation (a
sentence added to its body), so that every URL holds a distinct notice.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from .paths import CORPUS

from .site import LocalSite, Route

# Real notice pages that clean and extract quickly (jxgov-006 and govcn-006 are the slow ones).
REAL_PAGES = tuple(f"jxgov-{n:03d}.html" for n in (3, 5, 7, 11)) + tuple(f"govcn-{n:03d}.html" for n in (2, 4, 7, 8))
MAIN_OPENING = re.compile(rb"<[^>]*\bid=[\"']?(?:zoom|UCAP-CONTENT)\b[^>]*>")
COLUMN = "/col/col4975/index.html"
PROXY = "/module/web/jpage/dataproxy.jsp"
NEXTGROUP = ("/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=3&path=/&columnid=4975&unitid=3245"
             "&webname=%E6%B1%9F%E8%A5%BF&permissiontype=0")
# A notice of our own in GBK, with characters outside GB2312 (镕, 喆) that only GB18030/GBK decoding keeps.
GBK_NOTICE = ("<html><head><meta charset=\"gb2312\"><title>关于开展河道清理工作的通知</title></head><body>"
              "<div id=\"zoom\"><p>关于开展河道清理工作的通知</p><p>各镇人民政府：</p>"
              "<p>一、工作目标</p><p>2021年底前，完成河道清理35条，朱镕喆同志负责督导。</p>"
              "<p>二、工作要求</p><p>各镇要按时报送进度。</p></div></body></html>")


@cache
def real_page(name: str) -> bytes:
    return (CORPUS / "docs" / name).read_bytes()


def variant(name: str, n: int) -> bytes:
    """Real page ``name`` with a sentence naming ``n`` added at the start of its body (n=0: as saved)."""
    page = real_page(name)
    if n == 0:
        return page
    match = MAIN_OPENING.search(page)
    assert match, f"{name}: no main container"
    return page[:match.end()] + f"<p>本文第{n}次转载。</p>".encode() + page[match.end():]


@dataclass(frozen=True)
class Notice:
    path: str
    title: str
    day: date
    body: bytes


def notices(count: int, *, start: date = date(2021, 6, 30), pages: Sequence[str] = REAL_PAGES) -> list[Notice]:
    """``count`` distinct notices, newest first, one a day, under Hanweb-style URLs."""
    found = []
    for i in range(count):
        day = start - timedelta(days=i)
        name = pages[i % len(pages)]
        path = f"/art/{day.year}/{day.month}/{day.day}/art_4975_{100000 + i}.html"
        found.append(Notice(path, f"通知{i}", day, variant(name, i // len(pages))))
    return found


def hanweb_record(notice: Notice) -> str:
    return (f"<record><![CDATA[<li><a href=\"{notice.path}\" title=\"{notice.title}\" target=\"_blank\">"
            f"{notice.title}</a><span>{notice.day.isoformat()}</span></li>]]></record>")


def hanweb_column(listed: Sequence[Notice], *, total: int) -> bytes:
    records = "\n".join(hanweb_record(n) for n in listed)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政策文件</title></head><body>"
            f"<div class=\"nav\"><a href=\"/index.html\">首页</a> <a href=\"/col/col4926/index.html\">政务公开</a></div>"
            f"<div id=\"3245\"><script type=\"text/xml\"><datastore><nextgroup><![CDATA[<a href=\"{NEXTGROUP}\">"
            f"</a>]]></nextgroup><recordset>\n{records}\n</recordset></datastore></script>"
            f"<script language=\"javascript\" src=\"/module/web/jpage/jpage.js\"></script>"
            f"<script>var totalRecord = {total};</script></div></body></html>").encode()


def hanweb_proxy(listed: Sequence[Notice], *, total: int) -> bytes:
    records = "\n".join(hanweb_record(n) for n in listed)
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><datastore><totalrecord>{total}</totalrecord>"
            f"<totalpage>{(total + 14) // 15}</totalpage><recordset>\n{records}\n</recordset></datastore>").encode()


def serve_hanweb(site: LocalSite, listed: list[Notice], *, embedded: int = 45, validators: bool = True) -> str:
    """A Hanweb column listing ``listed``: the first ``embedded`` in the column page, the rest by dataproxy.jsp.

    Returns the column's URL. Notice pages carry an ETag and Last-Modified when ``validators``.
    """
    total = len(listed)

    def proxy(query: dict[str, str]) -> Route:
        first, last = int(query["startrecord"]), int(query["endrecord"])
        assert query["columnid"] == "4975" and query["unitid"] == "3245" and query["webid"] == "3"
        return Route(hanweb_proxy(listed[first - 1:last], total=total), content_type="text/xml; charset=utf-8",
                     etag=f'"proxy{first}"')

    site.add(PROXY, proxy)
    for i, notice in enumerate(listed):
        extra = {"etag": f'"n{i}"', "last_modified": "Mon, 01 Mar 2021 00:00:00 GMT"} if validators else {}
        site.add(notice.path, Route(notice.body, **extra))
    return site.add(COLUMN, Route(hanweb_column(listed[:embedded], total=total), etag='"column"'))


def serve_trs(site: LocalSite, listed: list[Notice], *, per_page: int) -> str:
    """A TRS column at /xxgk/tzgg/: index.html, index_1.html, …, notices at ./YYYYMM/tYYYYMMDD_N.html."""
    pages = (len(listed) + per_page - 1) // per_page
    for index in range(pages):
        chunk = list(enumerate(listed))[index * per_page:(index + 1) * per_page]
        items = []
        for i, notice in chunk:
            relative = f"./{notice.day:%Y%m}/t{notice.day:%Y%m%d}_{1000 + i}.html"
            site.add(f"/xxgk/tzgg/{relative[2:]}", Route(notice.body))
            items.append(f"<li><a href=\"{relative}\" target=\"_blank\">{notice.title}</a>"
                         f"<span>{notice.day.isoformat()}</span></li>")
        body = (f"<html><head><meta charset=\"utf-8\"><title>通知公告</title></head><body>"
                f"<div class=\"nav\"><a href=\"/\">首页</a></div><ul class=\"list\">{''.join(items)}</ul>"
                f"<script>createPageHTML({pages}, {index}, \"index\", \"html\");</script></body></html>")
        site.add(f"/xxgk/tzgg/index{'_' + str(index) if index else ''}.html", Route(body.encode()))
    return site.url + "/xxgk/tzgg/index.html"


def serve_govcn(site: LocalSite, listed: list[Notice], *, per_page: int) -> str:
    """A gov.cn-style list, /zhengce/zuixin.htm then zuixin_1.htm, …, with no page count: the next one is a 404."""
    for index in range((len(listed) + per_page - 1) // per_page):
        items = []
        for i, notice in list(enumerate(listed))[index * per_page:(index + 1) * per_page]:
            path = f"/zhengce/content/{notice.day:%Y-%m}/{notice.day:%d}/content_{5359620 + i}.htm"
            site.add(path, Route(notice.body))
            items.append(f"<li><h4><a href=\"{path}\">{notice.title}</a><span class=\"date\">"
                         f"{notice.day.isoformat()}</span></h4></li>")
        body = (f"<html><head><meta charset=\"utf-8\"><title>最新政策</title></head><body><div class=\"list\">"
                f"<ul>{''.join(items)}</ul></div></body></html>")
        site.add(f"/zhengce/zuixin{'_' + str(index) if index else ''}.htm", Route(body.encode()))
    return site.url + "/zhengce/zuixin.htm"


def serve_generic(site: LocalSite, listed: list[Notice], *, per_page: int) -> str:
    """A list of no known family: dated table rows, and a 下一页 link."""
    pages = (len(listed) + per_page - 1) // per_page
    for index in range(pages):
        rows = []
        for i, notice in list(enumerate(listed))[index * per_page:(index + 1) * per_page]:
            site.add(f"/news/n{i}.aspx", Route(notice.body))
            rows.append(f"<tr><td><a href=\"n{i}.aspx\">{notice.title}</a></td><td>{notice.day:%Y年%m月%d日}</td></tr>")
        after = f"<a href=\"list.aspx?page={index + 2}\">下一页</a>" if index + 1 < pages else ""
        body = (f"<html><body><div class=\"menu\"><a href=\"/index.aspx\">首页</a></div><table>{''.join(rows)}"
                f"</table>{after}</body></html>")
        site.add(f"/news/list.aspx?page={index + 1}", Route(body.encode()))
    return site.url + "/news/list.aspx?page=1"
