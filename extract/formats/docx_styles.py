"""What a .docx paragraph inherits from its style: heading level and automatic numbering."""
from __future__ import annotations

import re
from dataclasses import dataclass

from docx.oxml.ns import qn

HEADING_NAME = re.compile(r"^(?:heading|标题) ?([1-9])$", re.I)
MAX_LEVEL = 6
MAX_HOPS = 10
BODY_OUTLINE_LEVEL = 9


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None


class StyleSheet:
    """Paragraph styles of ``word/styles.xml`` with their inheritance (``w:basedOn``) resolved on demand."""

    def __init__(self, root) -> None:
        self.styles: dict[str, _Style] = {}
        self.list_styles: dict[str, str] = {}
        self.default: str | None = None
        for element in root.iter(qn("w:style")) if root is not None else ():
            style_id = element.get(qn("w:styleId"))
            kind = element.get(qn("w:type"))
            style = _read_style(element)
            if kind == "paragraph" and style_id:
                self.styles[style_id] = style
                if element.get(qn("w:default")) in ("1", "true", "on"):
                    self.default = style_id
            elif kind == "numbering" and style_id and style.num_id:
                self.list_styles[style_id] = style.num_id

    def heading_level(self, style_id: str | None) -> int:
        """1-6 for a heading style ("heading 2", "Title", an outline level), else 0."""
        for style in self._chain(style_id):
            named = HEADING_NAME.match(style.name)
            if named:
                return min(int(named.group(1)), MAX_LEVEL)
            if style.name.lower() == "title":
                return 1
            if style.outline is not None:
                return outline_level(style.outline)
        return 0

    def numbering(self, style_id: str | None) -> tuple[str, int | None] | None:
        """The (numId, ilvl) a style numbers its paragraphs with; ilvl None when the style does not say."""
        for style in self._chain(style_id):
            if style.num_id is not None:
                return style.num_id, style.ilvl
        return None

    def _chain(self, style_id: str | None):
        seen = 0
        current = style_id or self.default
        while current in self.styles and seen < MAX_HOPS:
            style = self.styles[current]
            yield style
            current, seen = style.based_on, seen + 1


def outline_level(value: int) -> int:
    """A Word outline level (0-based; 9 is body text) as a Line level (1-6, or 0)."""
    return 0 if value >= BODY_OUTLINE_LEVEL else min(value + 1, MAX_LEVEL)


def _read_style(element) -> _Style:
    ppr = element.find(qn("w:pPr"))
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    ilvl = _int(_child_val(num_pr, "w:ilvl"))
    outline = _int(_child_val(ppr, "w:outlineLvl"))
    return _Style(name=_child_val(element, "w:name") or "", based_on=_child_val(element, "w:basedOn"),
                  num_id=_child_val(num_pr, "w:numId"), ilvl=ilvl, outline=outline)


def _child_val(element, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return None if child is None else child.get(qn("w:val"))


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None
