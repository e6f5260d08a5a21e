"""PDF text lines, placed on their pages, into body lines: running heads and page numbers dropped,
lines wrapped by the page joined back into paragraphs.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from statistics import median

from ..chars import join_pieces
from ..clean.page import Block, Line, RawTable

DIGITS = re.compile(r"\d+")
PAGE_NUMBER = re.compile(r"^[-—–－~\s]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－~\s]*$")
# A line opening with one of these starts a new paragraph even after a full line.
HEADING_START = re.compile("^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百]+[章节条])")
EDGE_LINES = 2
MIN_RUNNING_PAGES = 2
FULL_LINE_SLACK = 2.0  # in character widths: a line ending this close to the right edge wrapped
MIN_EDGE_LINES = 3  # lines ending together that make a page's own right edge, and at least this share of them:
EDGE_SHARE = 1 / 3
INDENT_SLACK = 0.5
MAX_INDENT = 2.5  # in character widths: paragraphs open indented by two characters
TITLE_SIZE_RATIO = 1.25
TITLE_GAP_RATIO = 1.8
MIN_MEASURED_TEXT = 4


@dataclass(frozen=True, slots=True)
class TextLine:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass(frozen=True, slots=True)
class PlacedTable:
    table: RawTable
    top: float


PageItem = TextLine | PlacedTable


def drop_running_lines(pages: list[list[PageItem]]) -> list[list[PageItem]]:
    """Pages without their running heads and feet: lines near the top or bottom repeated on most pages
    (digits ignored, so "- 3 -" and "第3页" repeat), and page numbers standing alone at either end."""
    edges = [_edge_lines(page) for page in pages]
    counts = Counter(key for page_edges in edges for key in {_key(line) for line in page_edges})
    running = {key for key, n in counts.items() if n >= MIN_RUNNING_PAGES and 2 * n > len(pages)}
    return [[item for item in page if not _is_running(item, page_edges, running)]
            for page, page_edges in zip(pages, edges)]


def _is_running(item: PageItem, edges: list[TextLine], running: set[str]) -> bool:
    if not isinstance(item, TextLine) or not any(item is edge for edge in edges):
        return False
    at_end = item is edges[0] or item is edges[-1]
    return _key(item) in running or (at_end and PAGE_NUMBER.match(item.text) is not None)


def body_blocks(pages: list[list[PageItem]]) -> list[Block]:
    """Lines and tables in reading order, wrapped lines joined into one Line per paragraph."""
    lines = [item for page in pages for item in page if isinstance(item, TextLine)]
    if not lines:
        return [item.table for page in pages for item in page]
    document = _Geometry.of(lines)
    blocks: list[Block] = []
    previous: TextLine | None = None
    for page in pages:
        geometry = document.on_page([item for item in page if isinstance(item, TextLine)])
        for item in page:
            if isinstance(item, PlacedTable):
                blocks.append(item.table)
                previous = None
                continue
            previous = _place(blocks, geometry, previous, item)
    return blocks


def _place(blocks: list[Block], geometry: _Geometry, previous: TextLine | None, item: TextLine) -> TextLine:
    """Add ``item`` to the blocks, joined to the last line where it goes on with its paragraph; it is the
    next item's previous line."""
    level = 1 if item.size >= TITLE_SIZE_RATIO * geometry.body_size else 0
    if previous is not None and geometry.continues(previous, item, level=level):
        last = blocks[-1]
        blocks[-1] = Line(join_pieces(last.text, item.text), last.level)
    else:
        blocks.append(Line(item.text, level))
    return item


@dataclass(frozen=True, slots=True)
class _Geometry:
    left: float
    right: float
    char_width: float
    body_size: float

    @classmethod
    def of(cls, lines: list[TextLine]) -> _Geometry:
        """Margins of the text, the width of a character, and the font size most of the text is set in."""
        measured = [line for line in lines if len(line.text) >= MIN_MEASURED_TEXT] or lines
        sizes: Counter[float] = Counter()
        for line in lines:
            sizes[round(line.size, 1)] += len(line.text)
        return cls(left=min(line.x0 for line in lines), right=max(line.x1 for line in lines),
                   char_width=median((line.x1 - line.x0) / len(line.text) for line in measured),
                   body_size=sizes.most_common(1)[0][0])

    def on_page(self, lines: list[TextLine]) -> _Geometry:
        """The page's own right edge, where many of its lines end (a page of a landscape annex is wider than
        the portrait body, whose full lines end short of it); else the document's."""
        slack = FULL_LINE_SLACK * self.char_width
        needed = max(MIN_EDGE_LINES, len(lines) * EDGE_SHARE)
        edge = next((line.x1 for line in sorted(lines, key=lambda line: -line.x1)
                     if sum(line.x1 - slack <= other.x1 <= line.x1 for other in lines) >= needed), None)
        return self if edge is None else replace(self, right=edge)

    def continues(self, previous: TextLine, line: TextLine, *, level: int) -> bool:
        """Whether ``line`` goes on with the paragraph of ``previous``."""
        if level:
            title_like = previous.size >= TITLE_SIZE_RATIO * self.body_size
            near = 0 <= line.top - previous.bottom <= TITLE_GAP_RATIO * (line.bottom - line.top)
            return title_like and near and abs(previous.size - line.size) < 0.5
        if previous.size >= TITLE_SIZE_RATIO * self.body_size:
            return False
        anchored = previous.x0 <= self.left + MAX_INDENT * self.char_width
        wrapped = anchored and previous.x1 >= self.right - FULL_LINE_SLACK * self.char_width
        at_margin = line.x0 <= self.left + INDENT_SLACK * self.char_width
        return wrapped and at_margin and not HEADING_START.match(line.text)


def _edge_lines(page: list[PageItem]) -> list[TextLine]:
    lines = [item for item in page if isinstance(item, TextLine)]
    if len(lines) <= 2 * EDGE_LINES:
        return lines
    return lines[:EDGE_LINES] + lines[-EDGE_LINES:]


def _key(line: TextLine) -> str:
    return DIGITS.sub("#", line.text.replace(" ", ""))
