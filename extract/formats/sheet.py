"""One worksheet (displayed values and merged ranges) to blocks: its name, title lines, one table.

Fully empty rows and columns are dropped and merged ranges shrink with them.
Rows at the top or bottom that hold a single value and no part of a cell
merged down over several rows (a title merged across the sheet, a note under
the table) become lines around the table rather than rows of it.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..clean.page import Block, Line, RawCell, RawTable

Position = tuple[int, int]
TITLE_LEVEL = 1


@dataclass(frozen=True, slots=True)
class Merge:
    """A merged range, first and last row and column included (0-based)."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    values: dict[Position, str]
    merges: tuple[Merge, ...] = ()


def sheet_blocks(sheet: Sheet) -> list[Block]:
    values = {position: text for position, text in sheet.values.items() if text}
    rows = sorted({r for r, _ in values})
    cols = sorted({c for _, c in values})
    if not rows:
        return []
    blocks: list[Block] = [Line(sheet.name)] if sheet.name.strip() else []
    if len(cols) == 1:
        return blocks + [Line(values[(r, cols[0])]) for r in rows]
    spanned = {r for m in sheet.merges if m.last_row > m.first_row for r in range(m.first_row, m.last_row + 1)}
    single = {r for r in rows if r not in spanned and sum(1 for c in cols if (r, c) in values) == 1}
    head = _run(rows, single)
    tail = _run(rows[len(head):][::-1], single)[::-1]
    body = rows[len(head):len(rows) - len(tail)]
    blocks += [Line(_only_value(values, r), TITLE_LEVEL if i == 0 else 0) for i, r in enumerate(head)]
    if body:
        blocks.append(_table(values, sheet.merges, body, cols))
    return blocks + [Line(_only_value(values, r)) for r in tail]


def _run(rows: list[int], single: set[int]) -> list[int]:
    """The leading rows that are in ``single``."""
    run = []
    for r in rows:
        if r not in single:
            break
        run.append(r)
    return run


def _only_value(values: dict[Position, str], row: int) -> str:
    return next(text for (r, _), text in sorted(values.items()) if r == row)


def _table(values: dict[Position, str], merges: tuple[Merge, ...], rows: list[int], cols: list[int]) -> RawTable:
    origins, covered = _merged_layout(merges, rows, cols)
    table_rows = []
    for r in rows:
        cells = []
        for c in cols:
            if (r, c) in covered:
                continue
            rowspan, colspan, origin = origins.get((r, c), (1, 1, (r, c)))
            cells.append(RawCell(values.get(origin, ""), rowspan=rowspan, colspan=colspan))
        table_rows.append(tuple(cells))
    return RawTable(rows=tuple(table_rows))


def _merged_layout(merges: tuple[Merge, ...], rows: list[int], cols: list[int]):
    """Each merge placed at its first kept row and column, with spans counted over kept rows and columns.

    Returns ``{position: (rowspan, colspan, position of the value)}`` and the set of covered positions.
    """
    origins: dict[Position, tuple[int, int, Position]] = {}
    covered: set[Position] = set()
    for merge in merges:
        kept_rows = [r for r in rows if merge.first_row <= r <= merge.last_row]
        kept_cols = [c for c in cols if merge.first_col <= c <= merge.last_col]
        if not kept_rows or not kept_cols:
            continue
        origin = (kept_rows[0], kept_cols[0])
        origins[origin] = (len(kept_rows), len(kept_cols), (merge.first_row, merge.first_col))
        covered.update((r, c) for r in kept_rows for c in kept_cols if (r, c) != origin)
    return origins, covered
