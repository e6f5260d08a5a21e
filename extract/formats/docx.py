"""Word .docx to a Page: paragraphs and tables in document order, with automatic numbering as text."""
from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from ..clean.page import Block, Line, Page, RawCell, RawTable
from ..clean.text import markdown_line
from ..errors import InputError
from .docx_styles import StyleSheet, outline_level
from .numbering import Counters, read_numbering
from .properties import property_tags

P, TBL, TR, TC, SDT = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt")
SDT_CONTENT, T = qn("w:sdtContent"), qn("w:t")
ALTERNATE_CONTENT = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
# Run content that stands for a character; pictures, text boxes and their fallbacks are not text.
CHARACTERS = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
NOT_TEXT = frozenset({qn("w:pPr"), qn("w:rPr"), qn("w:drawing"), qn("w:pict"), qn("w:object"),
                      ALTERNATE_CONTENT, qn("w:footnoteReference"), qn("w:endnoteReference")})


def parse_docx(data: bytes, *, source: str) -> Page:
    try:
        document = docx.Document(io.BytesIO(data))
    # zlib.error and NotImplementedError: a damaged or unsupported compressed member of the package.
    except (PackageNotFoundError, zipfile.BadZipFile, zlib.error, NotImplementedError, KeyError, ValueError,
            etree.XMLSyntaxError) as err:
        raise InputError(source, f"cannot open as a Word .docx file ({err}); is it corrupt?") from err
    reader = _Reader(document)
    blocks = tuple(reader.blocks(document.element.body))
    return Page(blocks=blocks, meta_tags=_properties(document))


class _Reader:
    """Walks the body in order; numbering counters advance paragraph by paragraph, as Word counts."""

    def __init__(self, document) -> None:
        self.styles = StyleSheet(document.styles.element)
        numbering = _related_part(document.part, RT.NUMBERING)
        root = numbering.element if numbering is not None else None
        self.lists = read_numbering(root, style_lists=self.styles.list_styles)
        self.counters = Counters(self.lists)

    def blocks(self, container) -> Iterator[Block]:
        for child in container:
            if child.tag == P:
                yield from self.lines(child)
            elif child.tag == TBL:
                table = self.table(child)
                if table.rows:
                    yield table
            elif child.tag == SDT and child.find(SDT_CONTENT) is not None:
                yield from self.blocks(child.find(SDT_CONTENT))

    def lines(self, p) -> list[Line]:
        """A paragraph's lines (a manual line break starts a new one); the number goes on the first."""
        ppr = p.find(qn("w:pPr"))
        style_id = _val(ppr, "w:pStyle")
        label = self.label(ppr, style_id)
        outline = _val(ppr, "w:outlineLvl")
        level = outline_level(int(outline)) if outline and outline.isdigit() else self.styles.heading_level(style_id)
        # Markdown a converter wrote into the paragraphs (# 标题, **发布日期**: …) read as in a Markdown file
        pieces = [markdown_line(piece.strip(), underscores=False) for piece in "".join(_run_text(p)).split("\n")]
        pieces = [(text, level or own) for text, own in pieces if text]
        if pieces and label:
            pieces[0] = (label + pieces[0][0], pieces[0][1])
        return [Line(text, piece_level) for text, piece_level in pieces]

    def label(self, ppr, style_id: str | None) -> str:
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id, ilvl = _val(num_pr, "w:numId"), _val(num_pr, "w:ilvl")
        level = int(ilvl) if ilvl and ilvl.isdigit() else None
        if num_id is None:
            inherited = self.styles.numbering(style_id)
            if inherited is None:
                return ""
            num_id, level = inherited[0], level if level is not None else inherited[1]
        if level is None:
            numbered = self.lists.get(num_id)
            level = (numbered.level_of_style(style_id) if numbered and style_id else None) or 0
        return self.counters.label(num_id, level)

    def table(self, tbl) -> RawTable:
        """Rows of cells with gridSpan as colspan and vMerge runs as rowspan; covered cells left out."""
        grid = [list(self.row_cells(tr)) for tr in _children(tbl, TR)]
        rows = []
        for r, row in enumerate(grid):
            cells = []
            for col, span, merge, text in row:
                if merge == "continue" and r and _cell_at(grid[r - 1], col) is not None:
                    continue
                rowspan = _rowspan(grid, r, col) if merge == "restart" else 1
                cells.append(RawCell(text, rowspan=rowspan, colspan=span))
            rows.append(tuple(cells))
        return RawTable(rows=tuple(row for row in rows if row))

    def row_cells(self, tr) -> Iterator[tuple[int, int, str | None, str]]:
        """(grid column, colspan, vMerge kind or None, text) of each cell; skipped grid columns as empty cells."""
        col = _int(_val(tr.find(qn("w:trPr")), "w:gridBefore"))
        if col:
            yield 0, col, None, ""
        for tc in _children(tr, TC):
            tcpr = tc.find(qn("w:tcPr"))
            span = max(1, _int(_val(tcpr, "w:gridSpan")))
            merge_element = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
            merge = None if merge_element is None else merge_element.get(qn("w:val"), "continue")
            text = " ".join(line.text for p in _cell_paragraphs(tc) for line in self.lines(p))
            yield col, span, merge, text
            col += span


def _children(container, tag: str) -> Iterator:
    """Children with ``tag``, looking inside content controls (``w:sdt``) that wrap them."""
    for child in container:
        if child.tag == tag:
            yield child
        elif child.tag == SDT and child.find(SDT_CONTENT) is not None:
            yield from _children(child.find(SDT_CONTENT), tag)


def _cell_paragraphs(container) -> Iterator:
    """Paragraphs of a cell in order, those of nested tables included."""
    for child in container:
        if child.tag == P:
            yield child
        elif child.tag in (TBL, TR, TC, SDT, SDT_CONTENT):
            yield from _cell_paragraphs(child)


def _run_text(element) -> Iterator[str]:
    for child in element:
        if child.tag == T:
            yield child.text or ""
        elif child.tag in CHARACTERS:
            yield CHARACTERS[child.tag]
        elif child.tag not in NOT_TEXT:
            yield from _run_text(child)


def _cell_at(row, col: int):
    return next((cell for cell in row if cell[0] == col and cell[2] is not None), None)


def _rowspan(grid, r: int, col: int) -> int:
    span = 1
    for row in grid[r + 1:]:
        below = _cell_at(row, col)
        if below is None or below[2] != "continue":
            break
        span += 1
    return span


def _properties(document) -> dict[str, str]:
    """Title, author and creation date from docProps/core.xml, when the file has one."""
    if _related_part(document.part.package, RT.CORE_PROPERTIES) is None:
        return {}
    core = document.core_properties
    return property_tags(title=core.title, author=core.author, created=core.created)


def _related_part(part, reltype: str):
    return next((rel.target_part for rel in part.rels.values() if rel.reltype == reltype and not rel.is_external),
                None)


def _val(element, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return None if child is None else child.get(qn("w:val"))


def _int(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 0
