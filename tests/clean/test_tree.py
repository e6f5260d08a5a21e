"""The lxml tree holds the text BeautifulSoup finds in the same page, for pages that trip up one of them."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from lxml import etree

from extract.clean.html import parse_html
from extract.clean.page import Line
from extract.clean.tree import TOO_DEEP, parse_document, text_of

PAGES = {
    "blank runs between blocks": "<html><body><div>\n  <p>一</p> \n <p>二</p>\t</div></body></html>",
    "pre keeps its blanks": "<body><pre>  \n  </pre><p> </p><textarea>\n</textarea></body>",
    "ruby text left out": "<body><p>漢<ruby>字<rt>zi</rt><rp>(</rp></ruby>典</p></body>",
    "text after the html element": "<html><body><p>正文</p></body></html><p>尾部</p>",
    "deeper than libxml2's tree": "<div>" * 3000 + "<p>深处的文字</p>" + "</div>" * 3000,
    "control characters": "<body><p>甲\x0b乙\x01丙&#12;丁</p><p>\x0c \n</p></body>",
    "names lxml cannot hold": "<body><jsp:include page='x'/><p :class='a' id='b'>内容</p></body>",
    "comments between runs": "<body><p>中<!-- x -->\n<!-- y -->文</p></body>",
    "blank tails inside and outside pre": "<body><pre><b>粗</b>  \n  <i>斜</i>\t</pre>\n<div><!-- 注 -->  \n  "
                                           "<p>段</p> \t </div>\r\n<textarea> <b>\n</b> </textarea></body>",
    "stray end tags": "<body><p>一</b>二</div>三</p></span><p>四</body>",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_text_is_the_text_beautifulsoup_finds(name):
    page = PAGES[name]
    assert text_of(parse_document(page)) == BeautifulSoup(page, "lxml").get_text()


def test_a_meta_tag_after_the_html_element_is_read():
    page = parse_html('<html><body><p>正文</p></body></html><meta name="ArticleTitle" content="关于开展检查的通知">')
    assert page.meta_tags == {"ArticleTitle": "关于开展检查的通知"} and page.title == "关于开展检查的通知"


def test_text_three_thousand_elements_deep_is_read():
    page = parse_html("<html><body>" + "<div>" * 3000 + "<p>到2025年完成改造任务。</p>" + "</div>" * 3000 + "</body></html>")
    assert [b.text for b in page.blocks if isinstance(b, Line)] == ["到2025年完成改造任务。"]


@pytest.mark.parametrize(("levels", "too_deep"), [(2046, False), (2047, True), (2100, True)])
def test_a_tree_is_too_deep_from_libxml2s_last_level(levels, too_deep):
    root = element = etree.Element("document")
    for _ in range(levels - 1):
        element = etree.SubElement(element, "div")
    assert TOO_DEEP(root) is too_deep
