"""The canonical lines of a page, independent of any extractor, and the
normalization every comparison uses.

HTML is cut into lines at block-level elements and ``<br>``; every table cell
is its own line. A plain-text page is its own lines (some are Markdown: a
leading ``# `` or ``> `` marker is dropped). A line whose normalized form is
empty is not a line.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import opencc
from bs4 import BeautifulSoup, Comment

HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml"})
DROPPED = ("script", "style", "noscript", "template", "head", "title", "select",
           "option", "button", "iframe")
# Elements that start and end a line: the common block elements of government
# pages, plus the rarer ones (dl … hr) so their text never glues to a neighbour.
BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
          "table", "section", "article", "header", "footer", "nav", "ul", "ol", "dd",
          "dt", "blockquote", "pre", "center", "form", "dl", "main", "aside", "figure",
          "figcaption", "address", "caption", "hr")
BREAK = "\x1e"  # record separator: marks a line break while the tree is flattened
MARKDOWN_MARKER = re.compile(r"^(#{1,6}|>)\s+")  # a Markdown heading or quote marker, not content


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def normalize(text: str) -> str:
    """The comparison form of a string: t2s, then NFKC, then no whitespace at all."""
    folded = unicodedata.normalize("NFKC", _t2s().convert(text))
    return "".join(folded.split())


def page_lines(path: Path) -> list[str]:
    """The canonical lines of the page at ``path``."""
    raw = path.read_text(encoding="utf-8")
    lines = html_lines(raw) if path.suffix.lower() in HTML_SUFFIXES else text_lines(raw)
    return [line for line in lines if normalize(line)]


def text_lines(text: str) -> list[str]:
    """The stripped lines, without a leading Markdown heading or quote marker."""
    return [MARKDOWN_MARKER.sub("", line.strip()) for line in text.splitlines() if line.strip()]


def html_lines(html: str) -> list[str]:
    """Lines broken at block elements and ``<br>``, whitespace collapsed, empty ones dropped."""
    soup = BeautifulSoup(html, "lxml")
    for element in soup.find_all(DROPPED):
        element.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for br in soup.find_all("br"):
        br.replace_with(BREAK)
    for block in soup.find_all(BLOCKS):
        block.insert_before(BREAK)
        block.insert_after(BREAK)
    flat = soup.get_text()
    return [" ".join(chunk.split()) for chunk in flat.split(BREAK) if chunk.split()]
