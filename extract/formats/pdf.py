"""PDF with a text layer to a Page (pdfplumber): lines in reading order, ruled tables as tables.

Running heads, feet and page numbers are dropped and wrapped lines joined
(``pdf_layout``). Text inside a detected table appears only in the table. A PDF
without text (a scan) or with text that cannot be decoded is refused with what to do.
"""
from __future__ import annotations

import datetime as dt
import io
import re

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from ..clean.html import html_text
from ..clean.page import Page, RawCell, RawTable
from ..errors import InputError
from .pdf_layout import PageItem, PlacedTable, TextLine, body_blocks, drop_running_lines
from .properties import property_tags

MIN_CHARS_PER_PAGE = 10
UNDECODED = "(cid:"
MAX_UNDECODED_SHARE = 0.5
MIN_FILLED_ROWS = 2
EDGE_PRECISION = 0  # table edges are compared in whole points
PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")
NO_TEXT = "PDF has no text layer (scanned?): run OCR first"


def parse_pdf(data: bytes, *, source: str) -> Page:
    pages, metadata, chars = _read(data, source=source)
    if chars["all"] < MIN_CHARS_PER_PAGE * max(len(pages), 1):
        raise InputError(source, NO_TEXT)
    if chars["undecoded"] > MAX_UNDECODED_SHARE * chars["all"]:
        raise InputError(source, "PDF text cannot be decoded (its fonts have no Unicode map): run OCR first")
    blocks = body_blocks(drop_running_lines(pages))
    return Page(blocks=tuple(blocks), meta_tags=_properties(metadata))


def _read(data: bytes, *, source: str) -> tuple[list[list[PageItem]], dict, dict[str, int]]:
    """Each page's lines and tables by position, the document info, and counts of its characters."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_page_items(page) for page in pdf.pages]
            chars = [char["text"] for page in pdf.pages for char in page.chars]
            metadata = dict(pdf.metadata)
    except (PdfminerException, MalformedPDFException) as err:
        # pdfplumber wraps the pdfminer error it met as its first argument.
        cause = err.args[0] if err.args else err
        if isinstance(cause, PDFPasswordIncorrect):
            raise InputError(source, "PDF is encrypted with a password: remove the protection first") from err
        raise InputError(source, f"corrupt or truncated PDF ({str(cause) or type(cause).__name__})") from err
    counts = {"all": len(chars), "undecoded": sum(1 for text in chars if text.startswith(UNDECODED))}
    return pages, metadata, counts


def _page_items(page) -> list[PageItem]:
    """Text lines outside tables and the tables themselves, top to bottom."""
    tables = [table for table in page.find_tables() if _is_data_table(table)]
    boxes = [table.bbox for table in tables]
    outside = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes))
    items: list[PageItem] = [_text_line(line) for line in outside.extract_text_lines(return_chars=True)
                             if line["text"].strip()]
    items += [PlacedTable(_raw_table(table), table.bbox[1]) for table in tables]
    return sorted(items, key=lambda item: item.top)


def _text_line(line: dict) -> TextLine:
    sizes = sorted(char["size"] for char in line["chars"]) or [0.0]
    return TextLine(text=line["text"].strip(), x0=line["x0"], x1=line["x1"], top=line["top"],
                    bottom=line["bottom"], size=sizes[len(sizes) // 2])


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _is_data_table(table) -> bool:
    """A grid of data, not a frame drawn around a heading: two or more rows with two filled cells."""
    rows = table.extract()
    return sum(1 for row in rows if sum(1 for text in row if text and text.strip()) >= 2) >= MIN_FILLED_ROWS


def _raw_table(table) -> RawTable:
    """Cells placed on the grid of all cell edges; spans are the grid lines a cell crosses."""
    xs = sorted({round(v, EDGE_PRECISION) for x0, _, x1, _ in table.cells for v in (x0, x1)})
    ys = sorted({round(v, EDGE_PRECISION) for _, top, _, bottom in table.cells for v in (top, bottom)})
    placed: dict[tuple[int, int], RawCell] = {}
    covered: set[tuple[int, int]] = set()
    for row, texts in zip(table.rows, table.extract()):
        for bbox, text in zip(row.cells, texts):
            if bbox is None:
                continue
            x0, top, x1, bottom = (round(v, EDGE_PRECISION) for v in bbox)
            r, c = ys.index(top), xs.index(x0)
            cell = RawCell(html_text(text or ""), rowspan=ys.index(bottom) - r, colspan=xs.index(x1) - c)
            placed[(r, c)] = cell
            covered.update((r + dr, c + dc) for dr in range(cell.rowspan) for dc in range(cell.colspan))
    rows = []
    for r in range(len(ys) - 1):
        cells = [placed.get((r, c), RawCell("")) for c in range(len(xs) - 1)
                 if (r, c) in placed or (r, c) not in covered]
        rows.append(tuple(cells))
    return RawTable(rows=tuple(row for row in rows if row))


def _properties(metadata: dict) -> dict[str, str]:
    created = PDF_DATE.match(_text(metadata.get("CreationDate")))
    return property_tags(title=_text(metadata.get("Title")), author=_text(metadata.get("Author")),
                         created=_date(created) if created else None)


def _date(match: re.Match[str]) -> dt.date | None:
    year, month, day = (int(g) for g in match.groups())
    return dt.date(year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
