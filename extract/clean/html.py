"""HTML to a Page: main content found, walked into lines and tables."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from lxml import etree

from ..chars import han_count
from ..errors import RuleTableError
from ..lexicon import Column, read_table
from .page import Block, Line, Page, RawCell, RawTable
from .tree import (Element, body_or_root, drop, first, has_text, is_element, parse_document, text_of,
                   text_runs)

DROPPED = frozenset(
    "script style noscript iframe object embed svg canvas template select option button input "
    "textarea head title meta link map area audio video source img".split()
)
BLOCKS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary ul "
    "table tbody thead tfoot tr td th caption".split()
)
HEADINGS = {f"h{n}": n for n in range(1, 7)}
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# CSS Text: a line break between two wide (East Asian) characters is removed, not turned into a space.
WIDE_BREAK = re.compile("(?<=[\u3000-\u9fff\uff00-\uffef])[ \t]*[\r\n]\\s*(?=[\u3000-\u9fff\uff00-\uffef])")
MIN_MAIN_HAN = 10
SIMPLE_SELECTOR = re.compile(r"([#.])(-?[A-Za-z_][\w-]*)")
# A table inside a cell of a row of the table (_rows, _cells): the outer one lays a page out.
NESTED_TABLE = etree.XPath("boolean((tr | tbody/tr | thead/tr | tfoot/tr)/*[self::td or self::th]//table)")
INTERNAL_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[(.*?)\]\s*>", re.I | re.S)
ENTITY_NAME = re.compile(r"<!ENTITY\s+(?:%\s+)?([\w.:-]+)", re.I)
# The share of the page's main text a content container must hold to be taken as the body.
MAIN_SHARE = 0.5
# Sentence punctuation: a run of text holding some is prose; menus, labels and link lists hold none.
PROSE_MARK = re.compile("[，。；,;]")
NOT_MAIN_TEXT = frozenset({"a", "nav", "header", "footer"})
# A hidden element holding more than this share of the page's text is shown by the page's script
# (templates hide <body> until their script has run): it is kept.
REVEALED_SHARE = 0.5


def parse_html(html: str) -> Page:
    root = parse_document(_without_internal_subset(html))
    meta_tags = _meta_tags(root)
    title = _html_title(root, meta_tags)
    _drop_invisible(root)
    main = find_main(root)
    blocks = tuple(_walk_blocks(main))
    chrome = _chrome_lines(root, main)
    return Page(blocks=blocks, chrome=chrome, meta_tags=meta_tags, title=title)


def _without_internal_subset(html: str) -> str:
    """The page without a DOCTYPE's internal subset (``[<!ENTITY …>]``), nor references to the entities
    it declares: HTML parsers show both as text, and expanding them is how entity bombs work."""
    match = INTERNAL_SUBSET.search(html, 0, 100_000)
    if match is None:
        return html
    rest = html[:match.start()] + "<!DOCTYPE html>" + html[match.end():]
    names = ENTITY_NAME.findall(match.group(1))
    return re.sub("&(?:" + "|".join(map(re.escape, names)) + ");", "", rest) if names else rest


def find_main(root: Element) -> Element:
    """The element holding the body: a known CMS container, else the densest block.

    A container is taken only when it holds most of the page's main text (the Han text outside
    links, navigation, header and footer), so that a template's small block of the same class
    (an empty attachment box, the title strip) never stands in for the body.
    """
    main_text: int | None = None
    found = _first_matches(root, _content_selectors())
    containers = [found[selector] for selector in _content_selectors() if selector in found]
    for element in containers:
        main_text = _main_text_size(body_or_root(root)) if main_text is None else main_text
        if han_count(text_of(element)) >= max(MIN_MAIN_HAN, MAIN_SHARE * main_text):
            return element
    prose = _holding_most_prose(root, containers)
    return prose if prose is not None else _densest(root)


def _holding_most_prose(root: Element, containers: list[Element]) -> Element | None:
    """The first container holding most of the page's prose when none holds most of its text: a short
    body in a template whose menus, search form and service lists (outside <nav>) outweigh it."""
    if not containers:
        return None
    page = _main_prose_size(body_or_root(root))
    return next((element for element in containers
                 if _prose_size(element) >= max(MIN_MAIN_HAN, MAIN_SHARE * page)), None)


def _first_matches(root: Element, selectors: tuple[str, ...]) -> dict[str, Element]:
    """The first element (in document order) each selector (``#id`` or ``.class``) matches, all in one
    walk over the elements, which stops when every selector has matched."""
    ids: dict[str, list[str]] = {}
    classes: dict[str, list[str]] = {}
    found: dict[str, Element] = {}
    for selector in selectors:
        simple = SIMPLE_SELECTOR.fullmatch(selector)
        if simple is not None:
            (ids if simple.group(1) == "#" else classes).setdefault(simple.group(2), []).append(selector)
    left = sum(map(len, ids.values())) + sum(map(len, classes.values()))
    for tag in root.iter(etree.Element) if left else ():
        id_, class_ = tag.get("id"), tag.get("class")
        if id_ is None and class_ is None:
            continue
        hits = [*ids.get(id_ or "", ()), *(s for name in (class_ or "").split() for s in classes.get(name, ()))]
        for selector in hits:
            if selector not in found:
                found[selector] = tag
                left -= 1
        if not left:
            break
    return found


def _main_text_size(root: Element) -> int:
    """Han characters of the page's main text: text outside links, <nav>, <header> and <footer>."""
    return _outside_chrome(root, lambda element: han_count(text_of(element)))


def _main_prose_size(root: Element) -> int:
    """Han characters of the page's prose outside links, <nav>, <header> and <footer>."""
    return _outside_chrome(root, _prose_size)


def _outside_chrome(root: Element, size: Callable[[Element], int]) -> int:
    outermost = [tag for tag in root.iterdescendants(*NOT_MAIN_TEXT)
                 if not any(parent.tag in NOT_MAIN_TEXT for parent in tag.iterancestors())]
    return size(root) - sum(size(tag) for tag in outermost)


def _prose_size(element: Element) -> int:
    """Han characters of the element's runs of text that hold sentence punctuation."""
    return sum(han_count(run) for run in text_runs(element) if PROSE_MARK.search(run))


def _densest(root: Element) -> Element:
    """The deepest element that holds most of the page's Han text outside links.

    Data tables count as leaves: the main element is never a part of one.
    """
    counts: dict[Element, int] = {}
    root = body_or_root(root)
    total = _count_text_outside_links(root, counts)
    best = root
    if not total:
        return root
    for element in root.iterdescendants():
        if counts.get(element, 0) >= 0.75 * total:
            best = element
    return best


def _count_text_outside_links(root: Element, counts: dict[Element, int]) -> int:
    """Han characters under each element outside links, data tables counted whole; walked without recursion.

    The elements themselves are the keys: lxml keeps one Python object per element while it is referenced.
    """
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(child for child in node if is_element(child) and child.tag != "a"
                     and not (child.tag == "table" and is_data_table(child)))
    for node in reversed(order):  # children before their parents
        total = han_count(node.text) if node.text else 0
        for child in node:
            if is_element(child) and child.tag != "a":
                total += counts[child] if child in counts else counts.setdefault(child, han_count(text_of(child)))
            if child.tail:
                total += han_count(child.tail)
        counts[node] = total
    return counts[root]


def _walk_blocks(root: Element, *, skip: Element | None = None) -> list[Block]:
    builder = _Builder(skip=skip)
    if root.tag in BLOCKS:
        builder.element(root)
    else:
        builder.walk(root)
    builder.flush()
    return builder.blocks


@dataclass(frozen=True, slots=True)
class _End:
    """Where an element's children end: the line is cut there (and a heading's level reset)."""

    heading: bool


class _Builder:
    """Walks a DOM, cutting lines at block elements and <br>, keeping data tables whole.

    lxml's iterwalk goes through the tree (without recursion, so no nesting depth can exhaust Python's
    stack) and skips the subtrees that are not read.
    """

    def __init__(self, *, skip: Element | None = None) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.skip = skip
        self.level = 0

    def walk(self, node: Element) -> None:
        """The element's contents: its text and what is under it."""
        self._run(node, own=False)

    def element(self, tag: Element) -> None:
        """The element itself, as one of its parent's children."""
        self._run(tag, own=True)

    def _run(self, root: Element, *, own: bool) -> None:
        walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
        ends: list[_End | None] = []  # what ends each element open on the way down
        for event, node in walker:
            if event == "start":
                descend, end = self._open(node) if own or node is not root else (True, None)
                ends.append(end)
                if not descend:
                    walker.skip_subtree()
                elif node.text:
                    self.buffer.append(node.text)
                continue
            if event == "end":
                end = ends.pop()
                if end is not None:
                    self.flush()
                    self.level = 0 if end.heading else self.level
            if node is not root and node.tail:  # the text after an element, a comment or a processing instruction
                self.buffer.append(node.tail)

    def _open(self, tag: Element) -> tuple[bool, _End | None]:
        """Handle an element's start: whether its children are walked, and what ends them."""
        name = tag.tag
        if name in DROPPED or tag is self.skip:
            return False, None
        if name == "br":
            self.flush()
            return False, None
        if name == "table" and is_data_table(tag):
            self.flush()
            caption = first(tag, "caption")
            if caption is not None and html_text(text_of(caption)):
                self.blocks.append(Line(html_text(text_of(caption))))
            self.blocks.append(parse_table(tag))
            return False, None
        if name in HEADINGS:
            self.flush()
            self.level = HEADINGS[name]
            return True, _End(heading=True)
        if name in BLOCKS:
            self.flush()
            return True, _End(heading=False)
        return True, None

    def flush(self) -> None:
        text = html_text("".join(self.buffer))
        self.buffer.clear()
        if text:
            self.blocks.append(Line(text, self.level))


def html_text(raw: str) -> str:
    """Text of an HTML text run as a browser would lay it out on one line."""
    # split() cuts at the runs of white space (\s) and drops those at the ends: the runs collapse to one space
    return " ".join((WIDE_BREAK.sub("", raw) if "\n" in raw or "\r" in raw else raw).split())


def is_data_table(table: Element) -> bool:
    """A table of data (rows and columns of cells), not one used for page layout: no table inside a cell,
    and two rows at least with two cells holding text."""
    if NESTED_TABLE(table):
        return False
    filled = (row for row in _rows(table) if sum(1 for cell in _cells(row) if has_text(cell)) >= 2)
    return next(filled, None) is not None and next(filled, None) is not None


def parse_table(table: Element) -> RawTable:
    rows = []
    for row in _rows(table):
        cells = tuple(RawCell(text=_cell_text(cell), rowspan=_span(cell, "rowspan"), colspan=_span(cell, "colspan"))
                      for cell in _cells(row))
        if cells:
            rows.append(cells)
    return RawTable(rows=tuple(rows))


def _rows(table: Element) -> list[Element]:
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("tbody", "thead", "tfoot"):
            rows.extend(c for c in child if c.tag == "tr")
    return rows


def _cells(row: Element) -> list[Element]:
    return [c for c in row if c.tag in ("td", "th")]


def _cell_text(cell: Element) -> str:
    if len(cell) == 0:  # text alone: one line at most
        return html_text(cell.text or "")
    lines = [b.text for b in _walk_blocks(cell) if isinstance(b, Line)]
    return " ".join(lines)


def _span(cell: Element, attribute: str) -> int:
    if cell.get(attribute) is None:
        return 1
    match = re.match(r"\s*(\d+)", str(cell.get(attribute) or ""))
    return max(1, min(int(match.group(1)), 1000)) if match else 1


def _chrome_lines(root: Element, main: Element) -> tuple[str, ...]:
    """Lines outside the main element, each table row as one line."""
    lines = []
    for block in _walk_blocks(body_or_root(root), skip=main):
        if isinstance(block, Line):
            lines.append(block.text)
        else:
            lines += [" ".join(cell.text for cell in row) for row in block.rows]
    return tuple(lines)


def _meta_tags(root: Element) -> dict[str, str]:
    tags = {}
    for meta in root.iter("meta"):
        name = meta.get("name") or meta.get("property")
        content = meta.get("content")
        if isinstance(name, str) and isinstance(content, str) and content.strip():
            tags[name.strip()] = content.strip()
    return tags


def _html_title(root: Element, meta_tags: dict[str, str]) -> str | None:
    for key in ("ArticleTitle", "og:title"):
        if meta_tags.get(key):
            return meta_tags[key]
    title = next(root.iter("title"), None)
    if title is not None and len(title) == 0 and title.text:
        return html_text(title.text)
    return None


def _drop_invisible(root: Element) -> None:
    """Drop scripts, styles, media and other unseen elements, then hidden elements the page's script
    does not show. Comments stay: no text is read from them."""
    for element in [*root.iter(*DROPPED, "meta")]:
        drop(element)
    styled, hidden = [], []
    for tag in root.iter(etree.Element):  # one walk reads both attributes
        style = tag.get("style")
        if style is not None and _hides(style):
            styled.append(tag)
        if tag.get("hidden") is not None:
            hidden.append(tag)
    unseen = styled + hidden
    page = han_count(text_of(root)) if unseen else 0  # a page hiding nothing (most do) is not counted
    for tag in unseen:
        if not _revealed_by_script(tag, page=page):
            drop(tag)


def _hides(style: str) -> bool:
    """Whether a style attribute hides its element. HIDDEN_STYLE is searched only in a style holding "none" or
    "hidden" (in any case: lower() folds the letters as re.I does, but for the İ and ı re.I reads as i), as
    few do: a search ignoring case tries every position of the style."""
    lowered = style.lower()
    if "none" not in lowered and "hidden" not in lowered and "\u0130" not in style and "\u0131" not in style:
        return False
    return HIDDEN_STYLE.search(style) is not None


def _revealed_by_script(tag: Element, *, page: int) -> bool:
    """A hidden element the page's script shows: the page itself, or most of its text."""
    return tag.tag in ("html", "body") or han_count(text_of(tag)) > REVEALED_SHARE * page


@cache
def _content_selectors() -> tuple[str, ...]:
    rows = read_table("content_selectors.tsv", (Column("selector"), Column("note", required=False)))
    selectors = tuple(row["selector"] for row in rows)
    wrong = [f"content_selectors.tsv: selector {s!r} is neither #id nor .class"
             for s in selectors if SIMPLE_SELECTOR.fullmatch(s) is None]
    if wrong:
        raise RuleTableError(wrong)
    return selectors
