"""No HTML page of the corpus loses its main text when cleaned.

The page's main text is measured here on its own terms, independently of the cleaner:
the paragraphs (runs of text between block elements) of at least MIN_PARAGRAPH Han
characters outside links, <nav>, <header>, <footer>, scripts and form controls, with
inline CSS not trusted (templates hide <body> until their script runs). A page keeps a
paragraph when the paragraph's Han characters appear, in order, in the cleaned text's.
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
HAN = re.compile("[\u4e00-\u9fff]+")
HTML_START = re.compile(rb"\s*(<!doctype html|<html|<\?xml)", re.I)
NOT_MAIN = frozenset("script style noscript template head title select option textarea button iframe svg "
                     "a nav header footer".split())
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
    """The page's main-text paragraphs, as Han characters only (see the module's docstring)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030", errors="replace")
    root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", text))
    paragraphs: list[str] = []
    run: list[str] = []

    def cut() -> None:
        han = _han("".join(run))
        run.clear()
        if len(han) >= MIN_PARAGRAPH:
            paragraphs.append(han)

    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else None
        if closing or tag is None or tag in NOT_MAIN:
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


def test_the_corpus_has_html_pages_of_every_folder_with_pages():
    assert len(PAGES) >= 40
    assert {"docs", "pool"} <= {path.parent.name for path in PAGES}


@pytest.mark.parametrize("path", PAGES, ids=[f"{p.parent.name}/{p.name}" for p in PAGES])
def test_cleaned_text_keeps_most_of_the_main_text(path: Path):
    paragraphs = main_paragraphs(path)
    cleaned = _han(read_cached(path).text)
    lost = [p for p in paragraphs if p not in cleaned]
    total = sum(map(len, paragraphs))
    kept = total - sum(map(len, lost))
    assert kept >= MIN_KEPT * total, (
        f"{path.parent.name}/{path.name}: the cleaned text keeps {kept} of {total} Han characters of the "
        f"page's main text; first lost paragraph: {lost[0][:40]}")
