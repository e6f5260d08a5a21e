"""Blocks to the cleaned text: lines joined by newlines, table rows as tab-separated lines."""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Cell, Table
from .page import Block, Line, RawTable


@dataclass(frozen=True, slots=True)
class Assembled:
    text: str
    tables: tuple[Table, ...]


def assemble(blocks: tuple[Block, ...]) -> Assembled:
    parts: list[str] = []
    tables: list[Table] = []
    offset = 0
    for block in blocks:
        if isinstance(block, Line):
            parts.append(block.text + "\n")
            offset += len(block.text) + 1
        else:
            table, rendered = _render_table(block, offset)
            if table is not None:
                tables.append(table)
                parts.append(rendered)
                offset += len(rendered)
    return Assembled(text="".join(parts), tables=tuple(tables))


def _render_table(raw: RawTable, offset: int) -> tuple[Table | None, str]:
    placed = resolve_spans(raw)
    if not placed:
        return None, ""
    n_rows = max(r + rs for r, _, rs, _, _ in placed)
    n_cols = max(c + cs for _, c, _, cs, _ in placed)
    by_row: dict[int, list[tuple[int, int, int, str]]] = {}
    for r, c, rs, cs, text in placed:
        by_row.setdefault(r, []).append((c, rs, cs, text))
    cells: list[Cell] = []
    out: list[str] = []
    position = offset
    for r in range(n_rows):
        row = sorted(by_row.get(r, []))
        if not row:
            continue
        for i, (c, rs, cs, text) in enumerate(row):
            if i:
                out.append("\t")
                position += 1
            cells.append(Cell(text, position, position + len(text), r, c, rs, cs))
            out.append(text)
            position += len(text)
        out.append("\n")
        position += 1
    rendered = "".join(out)
    return Table(offset, offset + len(rendered), tuple(cells), n_rows, n_cols), rendered


def resolve_spans(raw: RawTable) -> list[tuple[int, int, int, int, str]]:
    """Each cell at its (row, col) origin with its spans, as a browser would lay them out."""
    spanned_into: set[tuple[int, int]] = set()  # positions of later rows taken by a cell above them
    placed = []
    n_rows = len(raw.rows)
    for r, row in enumerate(raw.rows):
        c = 0
        for cell in row:
            while (r, c) in spanned_into:
                c += 1
            rowspan = min(cell.rowspan, n_rows - r)
            for dr in range(1, rowspan):  # the cell's own row is passed by: c moves beyond it
                for dc in range(cell.colspan):
                    spanned_into.add((r + dr, c + dc))
            placed.append((r, c, rowspan, cell.colspan, cell.text))
            c += cell.colspan
    return placed
