"""Main-content selection: a template's container is the body only when it holds the page's text."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from extract.clean.html import _first_matches, parse_html
from extract.clean.tree import parse_document, text_of
from extract.clean.page import Line

BODY = "".join(f"<p>第{n}条 各单位应当按照本办法做好相关服务管理工作并定期报告进展情况。</p>" for n in range(1, 9))


def _lines(html: str) -> list[str]:
    return [block.text for block in parse_html(html).blocks if isinstance(block, Line)]


def test_a_body_hidden_until_the_script_runs_is_kept():
    page = f'<html><body style="visibility: hidden"><div id="main">{BODY}</div></body></html>'
    lines = _lines(page)
    assert len(lines) == 8
    assert lines[0].startswith("第1条")


def test_a_wrapper_hidden_until_the_script_runs_is_kept_but_a_hidden_tab_is_dropped():
    page = (f'<html><body><div style="display:none">隐藏的二维码说明文字</div>'
            f'<div style="display: none"><div class="box">{BODY}</div></div></body></html>')
    lines = _lines(page)
    assert len(lines) == 8
    assert "隐藏的二维码说明文字" not in lines


@pytest.mark.parametrize("style", ["DISPLAY : NONE", "Visibility:Hidden", "visibility:h\u0130dden",
                                   "visibility:h\u0131dden", "color:red;display:none;"])
def test_a_style_hides_in_any_case_as_css_reads_it(style):
    page = f'<html><body><div>{BODY}<div style="{style}">隐藏的二维码说明文字</div></div></body></html>'
    assert "隐藏的二维码说明文字" not in _lines(page)


@pytest.mark.parametrize("style", ["display:block", "visibility:visible", "font-family:none-such"])
def test_a_style_that_does_not_hide_keeps_its_text(style):
    page = f'<html><body><div>{BODY}<div style="{style}">另一段说明文字</div></div></body></html>'
    assert "另一段说明文字" in _lines(page)


def test_a_content_class_holding_only_the_title_is_not_the_body():
    # The template's first .article-content holds the title strip; the body sits in another block.
    page = (f'<html><body><nav><a href="/">首页</a></nav><div class="article-content">关于印发服务管理办法的通知标题</div>'
            f'<div class="text">{BODY}</div><footer>主办单位:某某市人民政府办公室</footer></body></html>')
    lines = _lines(page)
    assert sum(line.startswith("第") for line in lines) == 8
    assert "主办单位:某某市人民政府办公室" not in lines


def test_a_content_class_holding_the_body_is_taken():
    page = (f'<html><body><div class="side">相关阅读栏目的说明文字较长一些</div>'
            f'<div class="article-content">{BODY}</div></body></html>')
    assert _lines(page) == _lines(f"<html><body><div>{BODY}</div></body></html>")


def test_content_selectors_are_matched_as_soupsieve_matches_them_in_one_walk():
    markup = ('<body><div class="nav content"><p id="zoom">一</p></div><div id="content" class="x  TRS_Editor">'
              '<span class="article-content">二</span></div><div class="TRS_Editor">三</div><p id="Zoom2">四</p>'
              '<div class="\tnav\n">五</div></body>')
    soup = BeautifulSoup(markup, "lxml")
    selectors = ("#zoom", "#Zoom", ".TRS_Editor", ".article-content", "#content", ".content", ".nav")
    found = _first_matches(parse_document(markup), selectors)

    def ours(element) -> tuple[str, str, tuple[str, ...]] | None:
        return None if element is None else (element.get("id"), text_of(element), tuple(element.get("class", "").split()))

    def soupsieve(element) -> tuple[str, str, tuple[str, ...]] | None:
        return None if element is None else (element.get("id"), element.get_text(), tuple(element.get("class", ())))

    assert [ours(found.get(s)) for s in selectors] == [soupsieve(soup.select_one(s)) for s in selectors]
    assert text_of(found["#zoom"]) == "一" and found[".TRS_Editor"].get("id") == "content" and "#Zoom" not in found


def test_a_short_body_outweighed_by_a_portal_header_is_still_the_body():
    # A portal header of switches and menus (not in <nav>), a search box's hot words and service lists
    # hold more text than a one-paragraph notice; the content container still holds the prose.
    switches = "".join(f"<div><span>{w}</span></div>" for w in (
        "居民网页", "语言选择", "简体中文", "繁體中文", "English", "手机端", "关注 · 手机版", "无障碍浏览", "长者模式"))
    services = "".join(f"<li><span>{w}</span></li>" for w in (
        "办事服务大厅", "政务数据开放", "信用信息公示", "智能问答助手", "空气质量指数", "花粉指数预报", "市级机构名录"))
    page = (f'<html><body><div class="top">{switches}<div>搜索热词:社保医保居住证营商环境助企纾困</div></div>'
            '<div class="article-content"><p>某某区民政局关于开展社区长者服务周活动的通知</p>'
            "<p>各街道:现定于五月第二周开展社区长者服务周活动,请各街道组织不少于3场上门服务。</p></div>"
            f"<ul>{services}</ul></body></html>")
    lines = _lines(page)
    assert lines == ["某某区民政局关于开展社区长者服务周活动的通知",
                     "各街道:现定于五月第二周开展社区长者服务周活动,请各街道组织不少于3场上门服务。"]
