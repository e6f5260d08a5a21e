"""An HTML document as an lxml tree, with the text a browser shows read from it.

libxml2 parses the page (the parser BeautifulSoup's ``lxml`` builder drives too) and the tree is built
from its events as BeautifulSoup builds its own: text runs keep the boundaries the parser gave them,
and a run of nothing but ASCII white space is folded to one newline (when it holds one) or one space,
outside ``<pre>`` and ``<textarea>``. The text, the tables and the metadata read from this tree are
those read from BeautifulSoup's, in a small part of the time.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from lxml import etree
from lxml.etree import _Element as Element  # the type of lxml's elements (comments and processing instructions too)

ASCII_SPACE = " \t\n\r\x0c"
DOCUMENT = "document"
DROPPED = "dropped"
XML_NAME = re.compile(r"[A-Za-z_][\w.-]*")
# Characters a tree built through lxml's API cannot hold (libxml2's parser keeps them in its own: the
# rare page holding one, written or as a reference like &#1;, takes that tree).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
AFTER_HTML = re.compile(r"</html\s*>\s*\S", re.I)
MAX_DEPTH = 2047  # libxml2's own tree (with huge_tree) holds this many levels
# An element MAX_DEPTH levels down, found level by level (counting every element's ancestors costs its depth)
TOO_DEEP = etree.XPath("boolean(" + "/*" * MAX_DEPTH + ")")
PRESERVED = ("pre", "textarea")
# Text inside these elements is not part of the page's text (BeautifulSoup gives it its own string type).
NOT_TEXT = frozenset({"rt", "rp", "style", "script", "template"})
STRING_VALUE = etree.XPath("string()", smart_strings=False)


def parse_document(markup: str) -> Element:
    """The document: a ``document`` element holding what the parser gave at the top (the ``<html>``
    element, and a second one for what follows ``</html>``)."""
    if AFTER_HTML.search(markup) is None:
        root = _libxml2_tree(markup)
        if markup.count("<") < MAX_DEPTH or not TOO_DEEP(root):
            return root
    events = _TreeFromEvents()
    parser = etree.HTMLParser(target=events)
    parser.feed(markup)
    root = parser.close()
    return _libxml2_tree(markup) if events.unfit else root


def _libxml2_tree(markup: str) -> Element:
    """libxml2's own tree, which holds control characters: 2,047 levels deep at most (deeper text is
    lost), and without what follows ``</html>``."""
    parser = etree.HTMLParser(huge_tree=True)
    parser.feed(markup)
    html = parser.close()
    root = etree.Element(DOCUMENT)
    if html is not None:
        root.append(html)
    _fold_blank_runs(root)
    return root


class _TreeFromEvents:
    """The tree built from the parser's events as BeautifulSoup builds its own (libxml2's own tree
    stops at 256 levels and drops what follows ``</html>``; its events do not): an end tag closes the
    latest element of its name and those opened inside it, or nothing when none is open, and the text
    between two tags is one run, folded when blank. Names an lxml tree cannot hold (``jsp:include``,
    ``:class``) are left out: such a tag becomes a ``span`` (a name no rule looks for), such an
    attribute goes."""

    def __init__(self) -> None:
        self.builder = etree.TreeBuilder()
        self.builder.start(DOCUMENT, {})
        self.names: list[str] = []
        self.text: list[str] = []
        self.preserving = 0  # open <pre> and <textarea> elements
        self.unfit = False  # the page holds a character the tree cannot: libxml2's own tree is taken

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        self._end_text()
        self.names.append(tag)
        self.preserving += tag in PRESERVED
        if attributes:
            attributes = {k: v for k, v in attributes.items() if _is_xml_name(k)}
            self.unfit = self.unfit or any(NOT_XML.search(v) for v in attributes.values())
        self.builder.start(_tree_name(tag), {} if self.unfit else attributes)

    def end(self, tag: str) -> None:
        self._end_text()
        if tag not in self.names:
            return
        while self.names:
            closed = self.names.pop()
            self.preserving -= closed in PRESERVED
            self.builder.end(_tree_name(closed))
            if closed == tag:
                return

    def data(self, text: str) -> None:
        self.text.append(text)

    def comment(self, text: str) -> None:
        self._end_text()
        self.builder.comment("")  # its place ends a run of text; what it says is never read

    def pi(self, target: str, data: str | None = None) -> None:
        self.comment("")  # a processing instruction: the same

    def close(self) -> Element:
        self._end_text()
        while self.names:  # elements the parser left open
            self.builder.end(_tree_name(self.names.pop()))
        self.builder.end(DOCUMENT)
        return self.builder.close()

    def _end_text(self) -> None:
        if not self.text:
            return
        text = "".join(self.text)
        self.text.clear()
        if not self.preserving and not text.strip(ASCII_SPACE):
            text = "\n" if "\n" in text else " "
        self.unfit = self.unfit or NOT_XML.search(text) is not None
        if not self.unfit:
            self.builder.data(text)


@cache
def _is_xml_name(name: str) -> bool:
    return XML_NAME.fullmatch(name) is not None


@cache
def _tree_name(tag: str) -> str:
    return tag if _is_xml_name(tag) else "span"


def _fold_blank_runs(root: Element) -> None:
    """Each run of nothing but ASCII white space (an element's text, a node's tail) folded to one newline
    or one space, outside ``<pre>`` and ``<textarea>``: read by one walk over the nodes (libxml2 keeps no
    two runs side by side), not by an XPath query, which makes an object of every run it tests."""
    preserved = {element for holder in root.iter(*PRESERVED) for element in holder.iter()}
    for node in root.iter():
        text, tail = node.text, node.tail  # a comment's text is what it says, not a run
        if text is not None and not text.strip(ASCII_SPACE) and is_element(node) and node not in preserved:
            node.text = _folded(text)
        if tail is not None and not tail.strip(ASCII_SPACE) and node.getparent() not in preserved:
            node.tail = _folded(tail)


def _folded(blank: str) -> str:
    return "\n" if "\n" in blank else " "


def is_element(node: Element) -> bool:
    """An element, not a comment nor a processing instruction."""
    return isinstance(node.tag, str)


def contents(element: Element) -> list[Element | str]:
    """The element's children and text runs, in document order."""
    items: list[Element | str] = [element.text] if element.text else []
    for child in element:
        items.append(child)
        if child.tail:
            items.append(child.tail)
    return items


def text_runs(element: Element) -> Iterator[str]:
    """The runs of page text under an element (not its tail), in document order."""
    if next(element.iterdescendants(*NOT_TEXT), None) is None:
        yield from element.itertext()
        return
    stack: list[Element | str] = contents(element)[::-1]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif is_element(item) and item.tag not in NOT_TEXT:
            stack += contents(item)[::-1]


def text_of(element: Element, separator: str = "") -> str:
    """All the page text under an element, as BeautifulSoup's ``get_text`` gives it: the element's XPath
    string value (its text nodes joined by libxml2, the runs never made into Python strings) when none of
    them is left out."""
    if not separator and next(element.iterdescendants(*NOT_TEXT), None) is None:
        return STRING_VALUE(element)
    return separator.join(text_runs(element))


def has_text(element: Element) -> bool:
    """Whether any of the element's page text is more than white space."""
    if len(element) == 0:  # its text alone
        return element.text is not None and not element.text.isspace()
    return any(run.strip() for run in text_runs(element))


def first(element: Element, name: str) -> Element | None:
    """The first element of that name under the element, in document order."""
    return next(element.iterdescendants(name), None)


def body_or_root(root: Element) -> Element:
    body = next(root.iter("body"), None)
    return root if body is None else body


def drop(element: Element) -> None:
    """The element emptied in place (children, text, attributes) and renamed to a name no rule knows:
    it holds nothing any more, the text after it stays where it was."""
    element.clear(keep_tail=True)
    element.tag = DROPPED
