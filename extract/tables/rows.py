"""Rows of a task table, each cell tied to its column's meaning, from a real table's grid."""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Cell, Table
from ..rules.owners import is_unit
from .columns import ColumnMeaning, column_meaning

SINGLE_ROLES = ("group", "index", "task", "content", "criteria", "owner", "lead", "support", "deadline", "unit")
MAX_HEADER_ROWS = 3
OWNER_ROLES = ("owner", "lead", "support")
NOT_OWNER_ROLES = ("person", "other")  # 牵头领导, 负责考核部门: names, but not of whoever does the work
MIN_UNIT_CELLS = 3
MIN_UNIT_SHARE = 0.6
MIN_HEADER_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class CellText:
    """A cell's text and where it is in the document text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TableRow:
    """One row of a task table: its cells by role, and its value columns (years, targets, amounts)."""

    start: int
    end: int
    cells: dict[str, CellText]
    values: tuple[tuple[ColumnMeaning, CellText], ...]
    method: str = "table"

    def get(self, role: str) -> CellText | None:
        return self.cells.get(role)


def table_rows(table: Table) -> list[TableRow]:
    """Body rows of a real table whose header says what its columns are; [] for other tables."""
    grid = table.grid()
    header_count = _header_rows(grid)
    if not header_count:
        return []
    columns = _with_unit_columns(grid, header_count, _leaf_meanings(grid, header_count))
    rows = []
    for r in range(header_count, table.n_rows):
        row = _row(grid[r], columns)
        if row is not None:
            rows.append(row)
    return rows


def _header_rows(grid: tuple[tuple[Cell | None, ...], ...]) -> int:
    count = 0
    for row in grid[:MAX_HEADER_ROWS]:
        texts = {cell.text for cell in row if cell is not None and cell.text}
        known = sum(1 for text in texts if column_meaning(text))
        if texts and known / len(texts) >= MIN_HEADER_SHARE and known >= 1:
            count += 1
        elif count:
            break
    return count


def _leaf_meanings(grid, header_count: int) -> list[ColumnMeaning | None]:
    """Each column's meaning from its lowest header cell that has one (年度目标 over 2020年 → year)."""
    meanings: list[ColumnMeaning | None] = []
    for c in range(len(grid[0])):
        meaning = None
        for r in range(header_count - 1, -1, -1):
            cell = grid[r][c]
            found = column_meaning(cell.text) if cell is not None else None
            if found is not None:
                meaning = found
                break
        meanings.append(meaning)
    return meanings


def _with_unit_columns(grid, header_count: int, columns: list[ColumnMeaning | None]) -> list[ColumnMeaning | None]:
    """A column whose own cells name units (县水利局, 县林业局 …) holds owners, whatever its header says
    (考核项目 over 重点部门 | 县水利局), when the table has no owner column."""
    if any(m is not None and m.role in OWNER_ROLES for m in columns):
        return columns
    found = list(columns)
    for c, meaning in enumerate(columns):
        if meaning is not None and meaning.role in NOT_OWNER_ROLES:
            continue
        own = {cell.text for row in grid[header_count:] if (cell := row[c]) is not None and cell.text
               and cell.colspan == 1}
        if len(own) >= MIN_UNIT_CELLS and sum(map(is_unit, own)) / len(own) >= MIN_UNIT_SHARE:
            found[c] = ColumnMeaning("owner", meaning.header if meaning else "")
            break
    return found


def _row(cells: tuple[Cell | None, ...], columns: list[ColumnMeaning | None]) -> TableRow | None:
    present = [c for c in cells if c is not None and c.text]
    if not present or len({c.text for c in present}) == 1 and len(present) > 1:
        return None  # empty, or one merged cell across the row: a group label
    by_role: dict[str, CellText] = {}
    values: list[tuple[ColumnMeaning, CellText]] = []
    for cell, meaning in zip(cells, columns):
        if cell is None or not cell.text or meaning is None:
            continue
        if meaning.role in OWNER_ROLES and cell.colspan > 1:
            continue  # a task's name spread over the owner column too (组织领导 across 考核项目)
        text = CellText(cell.text, cell.start, cell.end)
        if meaning.role in SINGLE_ROLES:
            by_role.setdefault(meaning.role, text)
        elif meaning.role in ("year", "target", "amount"):
            values.append((meaning, text))
    start = min(c.start for c in present)
    end = max(c.end for c in present)
    return TableRow(start, end, by_role, tuple(values))
