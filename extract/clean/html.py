"""HTML to a Page: main content found, walked into lines and tables."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bs4 import (BeautifulSoup, Comment, Declaration, Doctype, NavigableString, PageElement, ProcessingInstruction,
                 Tag)

from ..lexicon import Column, read_table
from .page import Block, Line, Page, RawCell, RawTable

HAN = re.compile("[\u4e00-\u9fff]")
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
SPACE_RUN = re.compile(r"\s+")
MIN_MAIN_HAN = 10
SIMPLE_SELECTOR = re.compile(r"([#.])(-?[A-Za-z_][\w-]*)")
INTERNAL_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[(.*?)\]\s*>", re.I | re.S)
ENTITY_NAME = re.compile(r"<!ENTITY\s+(?:%\s+)?([\w.:-]+)", re.I)
# The share of the page's main text a content container must hold to be taken as the body.
MAIN_SHARE = 0.5
NOT_MAIN_TEXT = frozenset({"a", "nav", "header", "footer"})
# A hidden element holding more than this share of the page's text is shown by the page's script
# (templates hide <body> until their script has run): it is kept.
REVEALED_SHARE = 0.5


def parse_html(html: str) -> Page:
    soup = BeautifulSoup(_without_internal_subset(html), "lxml")
    meta_tags = _meta_tags(soup)
    title = _html_title(soup, meta_tags)
    _drop_invisible(soup)
    main = find_main(soup)
    blocks = tuple(_walk_blocks(main))
    chrome = _chrome_lines(soup, main)
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


def find_main(soup: BeautifulSoup) -> Tag:
    """The element holding the body: a known CMS container, else the densest block.

    A container is taken only when it holds most of the page's main text (the Han text outside
    links, navigation, header and footer), so that a template's small block of the same class
    (an empty attachment box, the title strip) never stands in for the body.
    """
    main_text: int | None = None
    first = _first_matches(soup, _content_selectors())
    for selector in _content_selectors():
        element = first.get(selector)
        if element is None:
            continue
        main_text = _main_text_size(soup.body or soup) if main_text is None else main_text
        if _han_count(element.get_text()) >= max(MIN_MAIN_HAN, MAIN_SHARE * main_text):
            return element
    return _densest(soup)


def _first_matches(soup: BeautifulSoup, selectors: tuple[str, ...]) -> dict[str, Tag]:
    """The first element (in document order) each selector matches, as ``select_one`` finds it: the
    simple ones (``#id``, ``.class``) all in one walk of the tree, any other by soupsieve."""
    ids: dict[str, list[str]] = {}
    classes: dict[str, list[str]] = {}
    found: dict[str, Tag] = {}
    for selector in selectors:
        simple = SIMPLE_SELECTOR.fullmatch(selector)
        if simple is None:
            element = soup.select_one(selector)
            if element is not None:
                found[selector] = element
        else:
            (ids if simple.group(1) == "#" else classes).setdefault(simple.group(2), []).append(selector)
    left = sum(map(len, ids.values())) + sum(map(len, classes.values()))
    for tag in soup.descendants if left else ():
        if not isinstance(tag, Tag) or not tag.attrs:
            continue
        names = tag.get("class") or ()
        hits = [*ids.get(tag.get("id") or "", ()),
                *(s for name in (names.split() if isinstance(names, str) else names) for s in classes.get(name, ()))]
        for selector in hits:
            if selector not in found:
                found[selector] = tag
                left -= 1
        if not left:
            break
    return found


def _main_text_size(root: Tag) -> int:
    """Han characters of the page's main text: text outside links, <nav>, <header> and <footer>."""
    outermost = [tag for tag in root.find_all(NOT_MAIN_TEXT)
                 if not any(parent.name in NOT_MAIN_TEXT for parent in tag.parents)]
    return _han_count(root.get_text()) - sum(_han_count(tag.get_text()) for tag in outermost)


def _densest(soup: BeautifulSoup) -> Tag:
    """The deepest element that holds most of the page's Han text outside links.

    Data tables count as leaves: the main element is never a part of one.
    """
    counts: dict[int, int] = {}
    root = soup.body or soup
    total = _count_text_outside_links(root, counts)
    best = root
    if not total:
        return root
    for element in root.find_all(True):
        if counts.get(id(element), 0) >= 0.75 * total:
            best = element
    return best


def _count_text_outside_links(root: Tag, counts: dict[int, int]) -> int:
    """Han characters under each element outside links, data tables counted whole; walked without recursion."""
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(child for child in node.children if isinstance(child, Tag) and child.name != "a"
                     and not (child.name == "table" and is_data_table(child)))
    for node in reversed(order):  # children before their parents
        total = 0
        for child in node.children:
            if isinstance(child, Tag):
                if child.name != "a":
                    total += counts[id(child)] if id(child) in counts else \
                        counts.setdefault(id(child), _han_count(child.get_text()))
            elif _is_text(child):
                total += _han_count(child)
        counts[id(node)] = total
    return counts[id(root)]


def _walk_blocks(root: Tag, *, skip: Tag | None = None) -> list[Block]:
    builder = _Builder(skip=skip)
    if root.name in BLOCKS:
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

    The walk keeps its own stack, so that no nesting depth can exhaust Python's.
    """

    def __init__(self, *, skip: Tag | None = None) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.skip = skip
        self.level = 0

    def walk(self, node: Tag) -> None:
        self._run(list(node.children))

    def element(self, tag: Tag) -> None:
        self._run([tag])

    def _run(self, nodes: list[PageElement]) -> None:
        stack: list[PageElement | _End] = nodes[::-1]
        while stack:
            item = stack.pop()
            if isinstance(item, _End):
                self.flush()
                self.level = 0 if item.heading else self.level
            elif isinstance(item, Tag):
                descend, end = self._open(item)
                if end is not None:
                    stack.append(end)
                if descend:
                    stack += list(item.children)[::-1]
            elif _is_text(item):
                self.buffer.append(str(item))

    def _open(self, tag: Tag) -> tuple[bool, _End | None]:
        """Handle an element's start: whether its children are walked, and what ends them."""
        name = tag.name
        if name in DROPPED or tag is self.skip:
            return False, None
        if name == "br":
            self.flush()
            return False, None
        if name == "table" and is_data_table(tag):
            self.flush()
            caption = tag.find("caption")
            if caption is not None and html_text(caption.get_text()):
                self.blocks.append(Line(html_text(caption.get_text())))
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
    return SPACE_RUN.sub(" ", WIDE_BREAK.sub("", raw)).strip()


def is_data_table(table: Tag) -> bool:
    """A table of data (rows and columns of cells), not one used for page layout."""
    rows = _rows(table)
    if len(rows) < 2 or any(cell.find("table") for row in rows for cell in _cells(row)):
        return False
    filled = [sum(1 for cell in _cells(row) if cell.get_text(strip=True)) for row in rows]
    return sum(1 for n in filled if n >= 2) >= 2


def parse_table(table: Tag) -> RawTable:
    rows = []
    for row in _rows(table):
        cells = tuple(RawCell(text=_cell_text(cell), rowspan=_span(cell, "rowspan"), colspan=_span(cell, "colspan"))
                      for cell in _cells(row))
        if cells:
            rows.append(cells)
    return RawTable(rows=tuple(rows))


def _rows(table: Tag) -> list[Tag]:
    rows = []
    for child in table.children:
        if isinstance(child, Tag):
            if child.name == "tr":
                rows.append(child)
            elif child.name in ("tbody", "thead", "tfoot"):
                rows.extend(c for c in child.children if isinstance(c, Tag) and c.name == "tr")
    return rows


def _cells(row: Tag) -> list[Tag]:
    return [c for c in row.children if isinstance(c, Tag) and c.name in ("td", "th")]


def _cell_text(cell: Tag) -> str:
    lines = [b.text for b in _walk_blocks(cell) if isinstance(b, Line)]
    return " ".join(lines)


def _span(cell: Tag, attribute: str) -> int:
    match = re.match(r"\s*(\d+)", str(cell.get(attribute) or ""))
    return max(1, min(int(match.group(1)), 1000)) if match else 1


def _chrome_lines(soup: BeautifulSoup, main: Tag) -> tuple[str, ...]:
    """Lines outside the main element, each table row as one line."""
    lines = []
    for block in _walk_blocks(soup.body or soup, skip=main):
        if isinstance(block, Line):
            lines.append(block.text)
        else:
            lines += [" ".join(cell.text for cell in row) for row in block.rows]
    return tuple(lines)


def _meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    tags = {}
    for meta in soup.find_all("meta"):
        name = meta.get("name") or meta.get("property")
        content = meta.get("content")
        if isinstance(name, str) and isinstance(content, str) and content.strip():
            tags[name.strip()] = content.strip()
    return tags


def _html_title(soup: BeautifulSoup, meta_tags: dict[str, str]) -> str | None:
    for key in ("ArticleTitle", "og:title"):
        if meta_tags.get(key):
            return meta_tags[key]
    if soup.title and soup.title.string:
        return html_text(soup.title.string)
    return None


def _drop_invisible(soup: BeautifulSoup) -> None:
    """Drop scripts, styles, media and other unseen elements and comments, then hidden elements the
    page's script does not show; what to drop is found in one walk of the tree."""
    dropped, comments, styled, hidden = [], [], [], []
    stack: list[PageElement] = list(soup.children)[::-1]
    while stack:
        node = stack.pop()
        if isinstance(node, Tag):
            if node.name in DROPPED or node.name == "meta":
                dropped.append(node)
                continue
            style = node.get("style")
            if isinstance(style, str) and HIDDEN_STYLE.search(style):
                styled.append(node)
            if "hidden" in node.attrs:
                hidden.append(node)
            stack += list(node.children)[::-1]
        elif isinstance(node, Comment):
            comments.append(node)
    for tag in dropped:
        tag.decompose()
    for comment in comments:
        comment.extract()
    page = _han_count(soup.get_text())
    for tag in [*styled, *hidden]:
        if not _revealed_by_script(tag, page=page):
            tag.decompose()


def _revealed_by_script(tag: Tag, *, page: int) -> bool:
    """A hidden element the page's script shows: the page itself, or most of its text."""
    return tag.name in ("html", "body") or _han_count(tag.get_text()) > REVEALED_SHARE * page


def _is_text(node: object) -> bool:
    return isinstance(node, NavigableString) and not isinstance(
        node, (Comment, Declaration, Doctype, ProcessingInstruction))


def _han_count(text: str) -> int:
    return len(HAN.findall(text))


@cache
def _content_selectors() -> tuple[str, ...]:
    rows = read_table("content_selectors.tsv", (Column("selector"), Column("note", required=False)))
    return tuple(row["selector"] for row in rows)
