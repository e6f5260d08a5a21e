"""No HTML page of the corpus loses its main text when cleaned.

The page's main text is measured here on its own terms, independently of the cleaner:
the paragraphs (runs of text between block elements) of at least MIN_PARAGRAPH Han
characters outside links, <nav>, <header>, <footer>, pop-up dialogs, scripts and form controls, with
inline CSS not trusted (templates hide <body> until their script runs). A page keeps a
paragraph when the paragraph's Han characters appear, in order, in the cleaned text's.
Most of the text must be kept on every page, and no paragraph of prose may be lost.
The held-out documents are never read.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import lxml.html
import opencc
import pytest

from tests.corpus import CORPUS, read_cached

FOLDERS = ("seeds", "docs", "pool")
MIN_PARAGRAPH = 20
MIN_KEPT = 0.8
MIN_LOST = 20
SHINGLE = 10
PROSE = re.compile("[，。；！？,;!?]")
HAN = re.compile("[\u4e00-\u9fff]+")
HTML_START = re.compile(rb"\s*(<!doctype html|<html|<\?xml)", re.I)
NOT_MAIN = frozenset("script style noscript template head title select option textarea button iframe svg "
                     "a nav header footer".split())
POPUP = re.compile(r"(^|[\s_-])(alert|modal|dialog|popup)", re.I)
BREAKS = frozenset("address article aside blockquote body br center dd div dl dt figure form h1 h2 h3 h4 h5 h6 "
                   "li ol p pre section table td th tr ul".split())


def html_pages() -> list[Path]:
    pages = []
    for folder in FOLDERS:
        for path in sorted((CORPUS / folder).glob("*")):
            if path.suffix.lower() in (".html", ".htm") or (
                    path.suffix.lower() == ".txt" and HTML_START.match(path.read_bytes()[:512])):
                pages.append(path)
    return pages


PAGES = html_pages() if CORPUS.is_dir() else []
pytestmark = pytest.mark.skipif(not PAGES, reason=f"the shared corpus is not at {CORPUS}")


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _han(text: str) -> str:
    return "".join(HAN.findall(_t2s().convert(text)))


def main_paragraphs(path: Path) -> list[str]:
    """The page's main-text paragraphs as written (see the module's docstring)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030", errors="replace")
    root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", text))
    paragraphs: list[str] = []
    run: list[str] = []

    def cut() -> None:
        paragraph = " ".join("".join(run).split())
        run.clear()
        if len(_han(paragraph)) >= MIN_PARAGRAPH:
            paragraphs.append(paragraph)

    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else None
        if closing or tag is None or tag in NOT_MAIN or POPUP.search(element.get("class") or ""):
            if tag in BREAKS and closing:
                cut()
            run.append(element.tail or "")
            continue
        if tag in BREAKS:
            cut()
        run.append(element.text or "")
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    cut()
    return paragraphs


def lost_paragraphs(paragraphs: list[str], cleaned: str) -> list[str]:
    """The prose paragraphs (with sentence punctuation, which a footer's line of labels has not) of which at
    least MIN_LOST Han characters stand in no run of SHINGLE characters of the cleaned text's Han characters.
    Runs rather than whole paragraphs, so that a hidden copy of the body in one block, or a paragraph the
    cleaner splits, counts as kept."""
    runs = {cleaned[i:i + SHINGLE] for i in range(len(cleaned) - SHINGLE + 1)}
    lost = []
    for paragraph in filter(PROSE.search, paragraphs):
        han = _han(paragraph)
        covered = [False] * len(han)
        for i in range(len(han) - SHINGLE + 1):
            if han[i:i + SHINGLE] in runs:
                covered[i:i + SHINGLE] = [True] * SHINGLE
        if covered.count(False) >= MIN_LOST:
            lost.append(paragraph)
    return lost


def test_the_corpus_has_html_pages_of_every_folder_with_pages():
    assert len(PAGES) >= 40
    assert {"docs", "pool"} <= {path.parent.name for path in PAGES}


@pytest.mark.parametrize("path", PAGES, ids=[f"{p.parent.name}/{p.name}" for p in PAGES])
def test_cleaned_text_keeps_most_of_the_main_text(path: Path):
    paragraphs = [_han(p) for p in main_paragraphs(path)]
    cleaned = _han(read_cached(path).text)
    lost = [p for p in paragraphs if p not in cleaned]
    total = sum(map(len, paragraphs))
    kept = total - sum(map(len, lost))
    assert kept >= MIN_KEPT * total, (
        f"{path.parent.name}/{path.name}: the cleaned text keeps {kept} of {total} Han characters of the "
        f"page's main text; first lost paragraph: {lost[0][:40]}")


@pytest.mark.parametrize("path", PAGES, ids=[f"{p.parent.name}/{p.name}" for p in PAGES])
def test_cleaned_text_loses_no_paragraph_of_the_main_text(path: Path):
    lost = lost_paragraphs(main_paragraphs(path), _han(read_cached(path).text))
    assert not lost, f"{path.parent.name}/{path.name}: the cleaned text lost " + " | ".join(p[:40] for p in lost)


def test_the_check_names_a_lost_paragraph_but_not_a_footer_a_dialog_or_a_hidden_copy(tmp_path: Path):
    first = "第一条 各街道应当在每个社区设置至少一处日间照料站点，每处面积不少于三百平方米。"
    second = "第二条 区卫生部门负责为站点提供医疗技术支持，并组织每年两次的护理人员培训工作。"
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><body><div id='main'><p>{first}</p><p>{second}</p></div>"
        f"<div style='display:none'>{first}{second}</div>"
        "<div class='alert-box'><p>您即将离开本网站前往其他网站浏览页面，请问是否继续访问？</p></div>"
        "<div class='foot'>主办单位：某某市人民政府办公厅 版权所有 网站标识码一二三四五</div></body></html>",
        encoding="utf-8")
    paragraphs = main_paragraphs(page)
    assert lost_paragraphs(paragraphs, _han(first + second)) == []
    assert lost_paragraphs(paragraphs, _han(second)) == [first, first + second]  # the hidden copy lost it too


if __name__ == "__main__":  # python -m tests.test_corpus_main_text PAGE ...: the paragraphs each page loses
    import sys

    import extract
    for name in sys.argv[1:]:
        for paragraph in lost_paragraphs(main_paragraphs(Path(name)), _han(extract.read(Path(name)).text)):
            print(f"{name}\t{paragraph}")
