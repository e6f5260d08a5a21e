"""The outline of a cleaned document: 一、/(一)/1./(1)/①, 第一章/第一条, and annexes, as a tree. The headings a line
opens with are read by extract/headings.py; a section's run-in items by extract/runin_items.py; where the document's
closing ends its last item by extract/document_closing.py."""
from __future__ import annotations

import re

from .chars import DATE_NUMERALS, han_count
from .document import Section, Table
from .document_closing import leave_the_closing_out
from .headings import MARKERS, MAX_TITLE, OutlineNode, line_heading
from .lines import lines_outside
from .runin_items import add_runin_items, end_inline_points

DECIMAL_FAMILIES = frozenset({"decimal", "decimal3"})
FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar)\b", re.I)  # a file's name, not an annex's title
RANK = {"plain": -1} | {family: rank for rank, (family, _) in enumerate(MARKERS)} | {"runin": len(MARKERS)}
PLAIN_PUNCTUATION = re.compile(r"[。;；,，:：!?！？]")
DATE_LINE = re.compile(f"^[(（]?[\\d{DATE_NUMERALS}]{{2,4}} ?年")
MIN_PARAGRAPH = 40
CAPTION_LINE = re.compile(r"^[图表] ?\d{1,3}")  # 图1、某线路网规划图: a figure's or table's caption, no heading
# the families of an article's items (项): a paragraph after the last of them is the article's (款)
ITEM_FAMILIES = frozenset({"paren_chinese", "chinese", "arabic", "paren_arabic", "circled"})


def parse_outline(text: str, tables: tuple[Table, ...] = (), *, flattened: tuple[tuple[int, int], ...] = ()) -> Section:
    """The outline tree of ``text``; lines inside tables are never headings, nor are those of the ``flattened``
    spans, tables read from the text's lines (一、南昌市(8个) over a table's rows is their group's cell).

    Ranks follow the standard order of official documents (GB/T 9704):
    第一章 > 第一节 > 第一条 > 一、 > (一) > 1. > 1.1 > 1.1.1 > (1) > ①; an annex (附件1) starts
    a new branch at the top.
    """
    root = OutlineNode("", "root", 0, "", "", 0, 0, len(text))
    stack: list[OutlineNode] = [root]
    last_number: dict[str, int] = {}
    lines = [(start, line) for start, _, line in lines_outside(text, [*((t.start, t.end) for t in tables), *flattened])]
    for i, (start, line) in enumerate(lines):
        heading = line_heading(line, start) or _plain_heading(lines, i)
        if heading is None or (heading.family in DECIMAL_FAMILIES and _contents_entry(lines, i)):
            continue
        if heading.family == "annex":
            if _lists_files(heading, lines, i):
                continue  # 附件: above a link to 某某图.pdf: a page's list of attached files, no annex text
            _title_from_next_line(heading, lines, i)
            del stack[1:]
        else:
            depth = _parent_depth(stack, heading, last_number.get(heading.family, 0))
            if depth is None:
                continue
            del stack[depth + 1:]
        last_number[heading.family] = heading.number
        stack[-1].children.append(heading)
        stack.append(heading)
    _close(root, len(text))
    add_runin_items(root, lines, [start for start, _ in lines])
    _close(root, len(text))
    end_inline_points(root, text)
    _give_articles_their_paragraphs(root, text)
    leave_the_closing_out(root, text, tables)
    return _freeze(root)


def _give_articles_their_paragraphs(node: OutlineNode, text: str) -> None:
    """An article's items (项: (一)…(五)) are one paragraph each, as laws and rules are drafted: a paragraph
    after the last item is the article's next paragraph (款), which speaks of the whole article, not of that
    item. Where every item but the last is one line, the last item ends with its first line; the words after
    it, up to the next article, are the article's own (index.tail_span)."""
    for child in node.children:
        _give_articles_their_paragraphs(child, text)
    if node.family != "article" or not node.children or node.children[-1].children:
        return
    *items, last = node.children
    if any(item.family not in ITEM_FAMILIES for item in node.children) \
            or any("\n" in text[item.start:item.end].strip() for item in items):
        return
    first_end = text.find("\n", last.start, last.end)
    if first_end >= 0 and text[first_end:last.end].strip():
        last.end = first_end + 1


def _parent_depth(stack: list[OutlineNode], heading: OutlineNode, previous: int) -> int | None:
    """Index in the open sections of the heading's parent, or None if it is no heading.

    A first item of a new list must be numbered 1 or 2, or continue the numbering
    of the previous list of its kind (documents often number (一)…(二十) across
    sections); a paragraph that merely starts with "3." is not a heading.
    """
    rank = RANK[heading.family]
    depth = len(stack) - 1
    while depth > 0 and stack[depth].family != "annex" and RANK[stack[depth].family] >= rank:
        depth -= 1
    first = 1 if heading.family in DECIMAL_FAMILIES else 2  # a list of 1.1 clauses opens with x.1 (never 3.2 公里)
    if (heading.family != "plain" and heading.number > first and heading.number != previous + 1
            and not any(c.family == heading.family for c in stack[depth].children)):  # the siblings last:
        return None  # a section may hold thousands, and most headings are numbered as expected
    return depth


def _lists_files(annex: OutlineNode, lines: list[tuple[int, str]], i: int) -> bool:
    """A bare 附件 line above the name of a file (- 某某布局图.pdf (pdf)), no heading: the page lists its
    attached files there, and the text after it is no annex."""
    return annex.title == annex.heading and i + 1 < len(lines) and FILE_NAME.search(lines[i + 1][1]) is not None \
        and line_heading(lines[i + 1][1], lines[i + 1][0]) is None


def _title_from_next_line(annex: OutlineNode, lines: list[tuple[int, str]], i: int) -> None:
    """A bare 附件 / 附件2 line is followed by the annex's title (2026年民生实事项目)."""
    if annex.title != annex.heading or i + 1 >= len(lines):
        return
    start, line = lines[i + 1]
    if (len(line) <= MAX_TITLE and han_count(line) >= 4 and not PLAIN_PUNCTUATION.search(line)
            and line_heading(line, start) is None):
        annex.title = line
        annex.body_start = start + len(line)


def _plain_heading(lines: list[tuple[int, str]], i: int) -> OutlineNode | None:
    """An unnumbered heading between paragraphs (过去五年工作回顾)."""
    start, line = lines[i]
    if not 4 <= len(line) <= MAX_TITLE or PLAIN_PUNCTUATION.search(line) or DATE_LINE.match(line) \
            or CAPTION_LINE.match(line):
        return None
    if han_count(line) < 4 or i == 0 or i + 1 >= len(lines):
        return None
    if not (_is_paragraph(lines[i - 1][1]) and _is_paragraph(lines[i + 1][1])):
        return None
    return OutlineNode("", "plain", 1, line, line, start, start + len(line))


def _contents_entry(lines: list[tuple[int, str]], i: int) -> bool:
    """A line of a table of contents (1.1 编制目的 followed by 1.2 等级划分): a title alone, and the next
    line another title alone."""
    following = lines[i + 1][1] if i + 1 < len(lines) else ""
    return not PLAIN_PUNCTUATION.search(lines[i][1]) and len(following) <= MAX_TITLE and not (
        PLAIN_PUNCTUATION.search(following))


def _is_paragraph(line: str) -> bool:
    return len(line) >= MIN_PARAGRAPH and bool(PLAIN_PUNCTUATION.search(line))


def _close(node: OutlineNode, end: int) -> None:
    node.end = end
    for child, following in zip(node.children, [*node.children[1:], None]):
        _close(child, following.start if following else end)


def _freeze(node: OutlineNode) -> Section:
    return Section(marker=node.marker, family=node.family, number=node.number, title=node.title,
                   heading=node.heading, start=node.start, end=node.end, body_start=node.body_start,
                   children=tuple(_freeze(c) for c in node.children))


def outline_paths(section: Section) -> dict[int, tuple[str, ...]]:
    """Heading path of every section, keyed by its start offset."""
    paths: dict[int, tuple[str, ...]] = {}

    def visit(node: Section, path: tuple[str, ...]) -> None:
        for child in node.children:
            child_path = (*path, child.heading if len(child.heading) <= MAX_TITLE else child.marker + child.title)
            paths[child.start] = child_path
            visit(child, child_path)

    visit(section, ())
    return paths
