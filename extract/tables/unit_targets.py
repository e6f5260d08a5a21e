"""Two-column allocation tables flattened to pairs of lines: a unit, then the text of its share.

街镇、园区 | 目标任务, then rows of a unit's name (罗店镇) and one line of what it must reach: the unit owns
every target and the task of its line, as the owner column of the same table read from HTML does. The
header's first cell names units (责任单位, or kinds of units: 街镇、园区); its second says what the
rows hold (目标任务, 工作任务). Each row is a line that names units and a line that names none; the table
ends at the first pair that is not, and needs a few rows, so running text is never read as one.
"""
from __future__ import annotations

from ..lines import lines_outside
from ..rules.unit_lists import split_units
from ..rules.unit_names import is_unit
from .caption import Caption, caption_of, lines_before
from .columns import VALUE_ROLES, ColumnMeaning, column_meaning
from .spaced_cells import STOP
from .rows import OWNER_ROLES, CellText, FlatTable, TableRow, tables_in

MIN_ROWS = 3
MAX_UNIT_LINE = 20
SHARE_ROLES = (*VALUE_ROLES, "task", "content")


def unit_target_tables(text: str, taken: list[tuple[int, int]]) -> list[FlatTable]:
    lines = lines_outside(text, taken)
    return tables_in(len(lines) - 1, lambda i: _table_at(text, lines, i))


def _table_at(text: str, lines, i: int) -> tuple[FlatTable, int] | None:
    """The table whose header is lines i and i + 1, and the line after its last row."""
    share = _header(lines[i][2], lines[i + 1][2])
    rows = _rows(lines, i + 2, share, caption_of(lines_before(text, lines[i][0]))) if share is not None else []
    if len(rows) < MIN_ROWS:
        return None
    return FlatTable(lines[i][0], rows[-1].end, tuple(rows)), i + 2 + 2 * len(rows)


def _header(first: str, second: str) -> ColumnMeaning | None:
    """The meaning of the share column when the two lines head a unit column and a share column (the
    share header first: it rules out almost every pair of lines, and cheaply)."""
    share = column_meaning(second, guess=False)
    if share is None or share.role not in SHARE_ROLES:
        return None
    owner = column_meaning(first, guess=False)
    return share if (owner is not None and owner.role in OWNER_ROLES) or _names_units(first) else None


def _names_units(line: str) -> bool:
    units = split_units(line) if len(line) <= MAX_UNIT_LINE and not STOP.match(line) else []
    return bool(units) and all(is_unit(u) for u in units)


def _rows(lines, at: int, share: ColumnMeaning, caption: Caption) -> list[TableRow]:
    rows = []
    while at + 1 < len(lines) and _names_units(lines[at][2]) and not _names_units(lines[at + 1][2]) \
            and not STOP.match(lines[at + 1][2]):
        owner = CellText(lines[at][2], lines[at][0], lines[at][1])
        cell = CellText(lines[at + 1][2], lines[at + 1][0], lines[at + 1][1])
        cells = {"owner": owner} if share.role in VALUE_ROLES else {"owner": owner, share.role: cell}
        values = ((share, cell),) if share.role in VALUE_ROLES else ()
        rows.append(TableRow(owner.start, cell.end, cells, values, caption=caption))
        at += 2
    return rows
