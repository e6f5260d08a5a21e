"""What a parser makes of one input before cleaning: blocks of text and tables."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Line:
    """One line of running text (a paragraph, a heading, a list item).

    ``level`` is 1-6 for a line marked up as a heading (<h1>, Markdown ``#``), else 0.
    """

    text: str
    level: int = 0


@dataclass(frozen=True, slots=True)
class RawCell:
    text: str
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True, slots=True)
class RawTable:
    """A table as written: rows of cells, merged cells given once with their spans."""

    rows: tuple[tuple[RawCell, ...], ...]


Block = Line | RawTable


@dataclass(frozen=True, slots=True)
class Page:
    """A parsed input: candidate body blocks, plus what sits around them.

    ``chrome`` holds the text outside the main content (menus, metadata tables);
    it is read for metadata and never becomes part of the cleaned text.
    """

    blocks: tuple[Block, ...]
    chrome: tuple[str, ...] = ()
    meta_tags: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    encoding: str = "utf-8"
