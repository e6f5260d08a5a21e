"""Numbered project tables flattened one cell per line whose rows are not all as wide as the header.

序号 | 项目名称 | 位置 | 面积(公顷) | 备注, then rows each opened by the next number (1, 2, 3 …) or by a
sum row's label (小计, 合计): a row's cells are its lines up to the next opener. A merged or empty
cell leaves no line, so the cells are placed by what they are, not by their count: the run of
numbers (and of empty marks: /, √) fills the columns whose header gives a unit or a year, left to
right; the words before it fill the columns before them, those on the right first when the row
has fewer (merged cells on the left, 建设时间 | 建设方式 | 权属部门, are the row above's; a merged group
column is left out first when the missing cells would take the row's name);
the words after it the columns after them (备注, maybe absent). A sum row's number lands in the
column whose numbers above add up to it.

Header cells the column words do not know (位置, 起终点位置) are columns of their own that hold
nothing to read. A header of two rows comes flattened as the top row's cells, then the cells below
them: a unit alone (千米) is the unit of the top cell that has no meaning (长度), years (2021 …
2025) are the columns a period cell (建设年限) spans. A unit in brackets on its own line right after a
cell ((万m2) after 避难面积) is that cell's unit, the cell broken over two lines.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import word_list
from .columns import VALUE_ROLES, ColumnMeaning, column_meaning, header_unit
from .spaced_cells import STOP
from .rows import OWNER_ROLES, CellText, TableRow, is_number_cell, split_by_year, sums_to
from .sum_blocks import carries_words, sum_block_rows
from .value_cells import bounds_sum_to, is_range_cell

NUMBER = re.compile(r"^(?:[≥≤><]=?)?\d+(?:\.\d+)?$")
MARK = re.compile(r"^(?:[-—/－√✓✔●○]|——)$")  # an empty cell or a tick whose year column flattening lost
DIGIT = re.compile(r"\d")
YEAR_CELL = re.compile(r"^(?:19|20)\d{2}年$")
UNIT_NOTE = re.compile(r"^[(（]([^()（）]+)[)）]$")
HEADER_BREAKS = re.compile("[。;；:：,，]")
MAX_HEADER_CELL = 16
LIST_MARK = "、"
MAX_HEADER = 20
MAX_EXTRA_LINES = 3  # lines a row may hold beyond its columns: cells broken over lines
NAME_ROLES = ("name", "task")
PASSED_ROLES = ("group", "owner", "lead", "support", "deadline", "unit", "content")


def open_header(lines, i: int) -> tuple[tuple[ColumnMeaning, ...], int] | None:
    """The columns after the number column of a header opened by 序号 that holds cells the column words
    do not know, up to the first row's number; None when it is no such header (no column with a unit,
    a line that is no header cell)."""
    if i >= len(lines) or (opening := column_meaning(lines[i][2])) is None or opening.role != "index":
        return None
    cells: list[tuple[str, ColumnMeaning | None]] = []
    j = i + 1
    while j < len(lines) and lines[j][2] != "1":
        text = lines[j][2].strip()
        if cells and unit_note(text) and (cells[-1][1] is None or cells[-1][1].unit is None):
            text = cells.pop()[0] + text  # 避难面积 / (万m2): a header cell's unit broken onto a line of its own
        meaning = column_meaning(text)
        if meaning is None and not may_head(text) or len(cells) >= MAX_HEADER:
            return None
        cells.append((text, meaning))
        j += 1
    if j >= len(lines) or not any(m is None or m.unit_only or m.guessed and m.role == "other" for _, m in cells):
        return None  # no project's place or measure: the fixed-width reader's table
    columns = _two_rows(cells)
    if columns is None or not any(m.role in VALUE_ROLES and (m.unit or m.year) for m in columns):
        return None
    return columns, j


def unit_note(text: str) -> bool:
    """A unit alone in brackets ((万m2), (万元)): the end of the header cell above it."""
    found = UNIT_NOTE.match(text)
    return found is not None and header_unit(found.group(1))[0] is not None


def may_head(text: str) -> bool:
    return len(text) <= MAX_HEADER_CELL and not DIGIT.search(text) and not HEADER_BREAKS.search(text) \
        and not STOP.match(text)


def _two_rows(cells: list[tuple[str, ColumnMeaning | None]]) -> tuple[ColumnMeaning, ...] | None:
    """The columns of a header, a second row (千米, 2021 … 2025) placed under the top cells it splits."""
    k = len(cells)
    while k > 0 and _below(*cells[k - 1]):
        k -= 1
    top, below = cells[:k], list(cells[k:])
    units = [text for text, meaning in below if meaning is None]
    years = [meaning for _, meaning in below if meaning is not None]
    measured = _measured_cells(top, len(units))
    if len(measured) < len(units) or years and not any(m is not None and m.role == "deadline" for _, m in top):
        return None
    columns: list[ColumnMeaning] = []
    for at, (text, meaning) in enumerate(top):
        if at in measured:
            unit, multiplier = header_unit(units[measured.index(at)])
            columns.append(ColumnMeaning("amount", f"{text}({unit})", unit=unit, multiplier=multiplier,
                                         guessed=True, words=text, unit_only=True))
        elif meaning is not None and meaning.role == "deadline" and years:
            columns += [replace(year, parent=text) for year in years]
            years = []
        else:
            columns.append(meaning or ColumnMeaning("other", text, guessed=True, words=text))
    return tuple(columns)


def _measured_cells(top: list[tuple[str, ColumnMeaning | None]], count: int) -> list[int]:
    """Which top cells without a meaning the units of the second row go under: those beside the most
    columns of numbers (长度 between 宽度(米) and 面积(亩), not 位置 after the name), left to right."""
    def beside(at: int) -> int:
        return sum(1 for k in (at - 1, at + 1) if 0 <= k < len(top) and (m := top[k][1]) is not None
                   and m.role in VALUE_ROLES)
    unknown = [at for at, (_, meaning) in enumerate(top) if meaning is None]
    return sorted(sorted(unknown, key=beside, reverse=True)[:count])


def _below(text: str, meaning: ColumnMeaning | None) -> bool:
    """A cell of a header's second row: a unit alone, or a year."""
    return meaning.role == "year" if meaning is not None else header_unit(text)[0] is not None


def ragged_rows(lines, start: int, columns: tuple[ColumnMeaning, ...], *,
                header: tuple[str, ...] = ()) -> tuple[list[TableRow], int]:
    """The rows from ``start`` (the line of the first number) and where they end. The ``header`` lines
    written again between rows (a table over several pages) are passed over."""
    rows: list[TableRow] = []
    numbered: list[TableRow] = []
    since_total: list[TableRow] = []
    above: dict[int, CellText] = {}
    expected = 1
    i = start
    while i < len(lines):
        total = _is_total(lines[i][2])
        if total and carries_words(lines, i, in_number_run):  # 合计 | “十四五”期间 | 直接设置 | 125 …: sum rows with words
            block, i = sum_block_rows(lines, i, is_label=_is_total, is_number=in_number_run,
                                      width=_value_span(columns)[0] + MAX_EXTRA_LINES,
                                      read_row=lambda opener, cells, above: _row(opener, cells, columns, above))
            rows += block
            continue
        if not total and lines[i][2] != str(expected):
            again = i + len(header)
            if not header or tuple(t for _, _, t in lines[i:again]) != header or again >= len(lines) \
                    or lines[again][2] != str(expected):
                break
            i = again  # 序号 | 权属部门 | … again, then the next row: the table goes on
            continue
        end = _row_end(lines, i + 1, len(columns), expected + (0 if total else 1))
        cells = lines[i + 1:end]
        if not cells:
            break
        opener = CellText(lines[i][2], lines[i][0], lines[i][1])
        if total:
            row = _total_row(opener, cells, columns, (numbered, since_total))
            since_total = []
        else:
            row, above = _row(opener, cells, columns, above)
            numbered.append(row)
            since_total.append(row)
            expected += 1
        if row is not None:
            rows.append(row)
        i = end
    return rows, i


def _is_total(text: str) -> bool:
    return text.strip() in word_list("table_totals.tsv")


def _row_end(lines, at: int, width: int, following: int) -> int:
    """Where the row starting at ``at`` ends: at the next row's opener once the row holds a number (a
    number equal to the next row's comes before it), at a heading or note, or after its columns and a
    few broken lines."""
    end = at
    seen_number = False
    while end < len(lines) and end - at < width + MAX_EXTRA_LINES:
        text = lines[end][2]
        opens = text == str(following) or _is_total(text)
        if opens and (seen_number or end - at >= width) or STOP.match(text) or _is_index_header(text):
            break
        seen_number = seen_number or in_number_run(text)
        end += 1
    if end - at > width and not (end < len(lines) and (lines[end][2] == str(following) or _is_total(lines[end][2]))):
        end = at + width  # the table's last row: lines past its columns are the text after the table
    return end


def _is_index_header(text: str) -> bool:
    """序号 again: the next table's header."""
    meaning = column_meaning(text, guess=False)
    return meaning is not None and meaning.role == "index"


def in_number_run(text: str) -> bool:
    """A cell of a row's run of numbers: a number, maybe with its unit or bound (90%, ≥200家), or an empty
    mark or tick."""
    return is_number_cell(text) or MARK.match(text) is not None


def _split(cells) -> tuple[list, list, list]:
    """A row's words before its numbers, the run of numbers and empty marks, the words after it."""
    numeric = [k for k, (_, _, text) in enumerate(cells) if in_number_run(text)]
    while numeric and YEAR_CELL.match(cells[numeric[0]][2]):
        numeric.pop(0)  # 2021年 | 直接设置 | 25: the row's year among its words, no number of it
    if not numeric:
        return list(cells), [], []
    return list(cells[:numeric[0]]), list(cells[numeric[0]:numeric[-1] + 1]), list(cells[numeric[-1] + 1:])


def _value_span(columns: tuple[ColumnMeaning, ...]) -> tuple[int, int]:
    """Where the columns of numbers start and end (none: an empty span at the end)."""
    at = [k for k, m in enumerate(columns) if m.role in VALUE_ROLES]
    return (at[0], at[-1] + 1) if at else (len(columns), len(columns))


def _widened(columns: tuple[ColumnMeaning, ...], first: int, last: int, count: int) -> tuple[int, int]:
    """More numbers than columns with a unit: the columns the column words do not know beside them hold
    numbers too (绿化覆盖率 before 面积(公顷)), read as nothing but keeping the others in their place."""
    while last - first < count and first > 0 and _unknown(columns[first - 1]):
        first -= 1
    while last - first < count and last < len(columns) and _unknown(columns[last]):
        last += 1
    return first, last


def _unknown(meaning: ColumnMeaning) -> bool:
    return meaning.role == "other" and meaning.guessed and meaning.words == meaning.header


def _row(opener: CellText, cells, columns: tuple[ColumnMeaning, ...],
         above: dict[int, CellText]) -> tuple[TableRow, dict[int, CellText]]:
    """A numbered row, and its cells before its numbers by column (what the rows below it inherit)."""
    words, numbers, after = _split(cells)
    first, last = _widened(columns, *_value_span(columns), len(numbers))
    own, inherited = _left_cells(list(columns[:first]), words, above)
    by_role: dict[str, CellText] = {"index": opener}
    names: list[CellText] = []
    for at, cell in sorted({**inherited, **own}.items()):
        meaning = columns[at]
        if at == 0 and _unknown(meaning) and any(m.role == "name" for m in columns[1:first]):
            names.append(cell)  # 交通子行业 | 建设区域: a first column no word names, before the name column, names the row
        elif meaning.role in NAME_ROLES and not HEADER_BREAKS.search(cell.text) \
                and not (names and LIST_MARK in cell.text):  # a later name cell listing places describes the row
            names.append(cell)
        elif meaning.role in (*NAME_ROLES, *PASSED_ROLES):
            by_role.setdefault(meaning.role, cell)
    for meaning, cell in _placed(list(columns[last:]), after):
        if meaning.role in PASSED_ROLES:
            by_role.setdefault(meaning.role, cell)
    if not names and not any(role in by_role for role in OWNER_ROLES):
        # 建设时间 | 建设方式 | 类型 | 数量: no name or owner column, the row is what its words before its
        # numbers say together (2021年直接设置社区), never one of its numbers
        names = [cell for _, cell in sorted({**inherited, **own}.items())]
    values = split_by_year(tuple((m, c) for m, c in zip(columns[first:last], _as_cells(numbers))
                                  if not MARK.match(c.text)))
    end = max(c[1] for c in cells)
    merged = frozenset(columns[at].role for at in inherited) - frozenset(columns[at].role for at in own)
    return TableRow(opener.start, end, by_role, values, names=tuple(names), inherited=merged), {**inherited, **own}


def _left_cells(before: list[ColumnMeaning], words,
                above: dict[int, CellText]) -> tuple[dict[int, CellText], dict[int, CellText]]:
    """The row's own cells before its numbers by column, and the cells it inherits from the row above. A row
    with fewer cells than those columns lacks merged cells on its left (建设时间 | 建设方式 over several rows),
    written on the first row of their run: its cells fill the columns on the right. A row's name is never
    merged: when the missing cells would take it, a group column is left out instead (its cell the row
    above's) and the cells fill the columns left to right."""
    missing = len(before) - len(words)
    if missing > 0 and not any(m.role in NAME_ROLES for m in before[:missing]):
        columns = list(range(missing, len(before)))
    else:
        columns = list(range(len(before)))
        if missing > 0:
            columns = [at for at in columns if before[at].role != "group"] or columns
    own = {at: cell for at, (_, cell) in zip(columns, _placed([before[at] for at in columns], words))}
    inherited = {at: cell for at, cell in above.items() if at not in own and at < len(before)
                 and (at < missing or before[at].role == "group")}
    return own, inherited


def _placed(columns: list[ColumnMeaning], cells) -> list[tuple[ColumnMeaning, CellText]]:
    """Cells to columns left to right; lines beyond the columns continue the first cell (a name broken
    over lines)."""
    cells = _as_cells(cells)
    extra = len(cells) - len(columns)
    if extra > 0 and columns:
        head = cells[:extra + 1]
        cells = [CellText("".join(c.text for c in head), head[0].start, head[-1].end), *cells[extra + 1:]]
    return list(zip(columns, cells))


def _as_cells(lines) -> list[CellText]:
    return [CellText(text, start, end) for start, end, text in lines]


def sum_row_after(lines, at: int, columns: tuple[ColumnMeaning, ...],
                  rows: list[TableRow]) -> tuple[TableRow | None, int]:
    """A sum row right after a table's rows (合计, then its numbers), and where it ends."""
    if at >= len(lines) or not _is_total(lines[at][2]):
        return None, at
    end = at + 1
    while end < len(lines) and end - at <= len(columns) and _total_number(lines[end][2]):
        end += 1
    if end == at + 1:
        return None, at
    row = _total_row(CellText(lines[at][2], lines[at][0], lines[at][1]), lines[at + 1:end], columns, (rows,))
    return (row, end) if row is not None else (None, at)


def _total_row(opener: CellText, cells, columns: tuple[ColumnMeaning, ...],
               above: tuple[list[TableRow], ...]) -> TableRow | None:
    """A sum row (合计 928): each number under the column whose rows above (all, or those since the last
    sum row) add up to it, else under the table's only column with a unit."""
    numbers = [c for c in _as_cells(cells) if _total_number(c.text)]
    if not numbers or len(numbers) != len(cells):
        return None
    first, last = _value_span(columns)
    measured = [m for m in columns[first:last] if m.unit and not m.year]
    values = []
    for cell in numbers:
        column = next((m for m in columns[first:last] if any(_adds_up(rows, m, cell.text) for rows in above)),
                      measured[0] if len(measured) == 1 and len(numbers) == 1 else None)
        if column is not None:
            values.append((column, cell))
    if not values:
        return None
    return TableRow(opener.start, cells[-1][1], {}, tuple(values), names=(opener,))


def _adds_up(rows: list[TableRow], column: ColumnMeaning, total: str) -> bool:
    parts = [c for r in rows for m, c in r.values if m is column]
    return bool(parts) and (sums_to(parts, total) or bounds_sum_to([c.text for c in parts], total))


def _total_number(text: str) -> bool:
    """A sum row's cell: a number, or a range that adds up the rows' ranges (汇总 82-130)."""
    return NUMBER.match(text) is not None or is_range_cell(text)
