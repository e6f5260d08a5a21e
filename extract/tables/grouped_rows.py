"""Unnumbered value tables flattened one cell per line whose rows come in groups under merged cells.

街镇 | 类型 | 2021年任务(万m2) | … | 2025年规划人口(万) | 2025年人均面积(m2), then each group's first row with
all its cells (东山镇 | 公园 | 1.20 … 10.00 | 0.25) and the rows below it with fewer (街心 | 0.40 … 0.10):
the group's cells on the left (东山镇) and cells merged over the group's rows among the numbers
(规划人口) are written on its first row only. With no number column, a row starts at a word after a
number: its words fill the columns of words from the right, the others being the row above's; its
numbers fill the columns of numbers, all of them when it has as many, else the columns the header
gives a measure, from the left (what a later row lacks is what the group has once, 规划人口(万), 占比,
which the header does not measure). A header may have a second row: cells with no meaning of their
own after the last column (达标区域面积(平方公里) over 片区 | 总计) split the one column with a unit, as
in a real table. A cell may be broken over lines: a unit in brackets alone on its line ends the
header cell above it (2021年任务 / (万m2)); the header's words come first, so a line of the header
naming a column of words among the columns of numbers begins a cell (达标区域 / 总面积占比); a row's
cell ending in 、 goes on, and a row with more words than columns has its name wrapped (海湾 / 旅游区).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import word_list
from ..lines import lines_outside
from .caption import caption_of, lines_before
from .columns import VALUE_ROLES, ColumnMeaning, column_meaning
from .spaced_cells import STOP
from .ragged import MARK, YEAR_CELL, in_number_run, may_head, unit_note
from .rows import CellText, FlatTable, TableRow, is_plan, tables_in

WORD_ROLES = ("owner", "group", "deadline", "name")  # columns of words a group's rows are named by
MAX_HEADER = 20
MAX_MISSING = 3  # numbers a row may lack: more, and where they go is a guess
MIN_ROWS = 2
MAX_WORD = 30
MAX_BROKEN_LINES = 2  # lines a row's words may take beyond its columns (a name broken after 、)
LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年")  # 2025年规划人口(万): a header cell of the year's figures
BROKEN = ("、", ",", "，")  # a row's cell ending so goes on on the next line


def grouped_tables(text: str, taken: list[tuple[int, int]]) -> list[FlatTable]:
    cells = [CellText(line, start, end) for start, end, line in lines_outside(text, taken)]
    return tables_in(len(cells), lambda i: _table_at(text, cells, i))


def _table_at(text: str, cells: list[CellText], i: int) -> tuple[FlatTable, int] | None:
    first = column_meaning(cells[i].text)
    if first is None or first.role not in WORD_ROLES:
        return None
    k = i + 1
    while k < len(cells) and k - i <= 2 * MAX_HEADER and not _is_number(cells[k]):
        if not _is_word(cells[k]):
            return None
        k += 1
    numbers = len(_number_run(cells, k))
    for start in range(k - 1, i + 1, -1):  # where the header ends and the first row's words begin
        columns = _header(cells[i:start], numbers)
        width = len(_leading_words(columns)) if columns is not None else 0
        if columns is None or width != len(_row_words(cells[start:k], width, wrapped=False)):
            continue
        caption = caption_of(lines_before(text, cells[i].start))
        rows, end = _rows(cells, start, columns)
        if not is_plan(columns, caption) or len(rows) < MIN_ROWS:
            return None
        captioned = tuple(replace(r, caption=caption) for r in rows)
        return FlatTable(cells[i].start, cells[end - 1].end, captioned), end
    return None


def _is_number(cell: CellText) -> bool:
    return in_number_run(cell.text) and not YEAR_CELL.match(cell.text)


def _is_word(cell: CellText) -> bool:
    return len(cell.text) <= MAX_WORD and not STOP.match(cell.text)


def _number_run(cells: list[CellText], at: int) -> list[CellText]:
    end = at
    while end < len(cells) and _is_number(cells[end]):
        end += 1
    return cells[at:end]


def _header(cells: list[CellText], numbers: int) -> tuple[ColumnMeaning, ...] | None:
    """The header's columns, words first, then as many columns of numbers as the first row has numbers,
    two at least, one with a unit or a year."""
    meanings = []
    for text in _header_cells(cells):
        meaning = column_meaning(text)
        if meaning is None and not may_head(LEADING_YEAR.sub("", text)):
            return None
        meanings.append(meaning or ColumnMeaning("other", text, guessed=True, words=text))
    words = _leading_words(meanings)
    values = _second_row(meanings[len(words):], numbers)
    if not words or values is None or len(values) < 2 or any(m.role in WORD_ROLES for m in values) \
            or not any(m.role in VALUE_ROLES and (m.unit or m.year) for m in values):
        return None
    return (*words, *values)


def _header_cells(cells: list[CellText]) -> list[str]:
    """The header's cells, those broken over lines joined: a unit alone in brackets ends the cell above it
    (2021年任务 / (万m2)); a line naming a column of words after the first column of numbers begins a
    cell going on on the next line (达标区域 / 总面积占比), the words' columns coming first."""
    texts: list[str] = []
    opened = valued = False  # the last cell goes on; a column of numbers has begun before it
    for cell in cells:
        if texts and (opened or unit_note(cell.text)):
            texts[-1] += cell.text
            opened = False
            continue
        if texts:
            valued = valued or _role(texts[-1]) in VALUE_ROLES
        opened = valued and _role(cell.text) in WORD_ROLES
        texts.append(cell.text)
    return texts


def _role(text: str) -> str | None:
    meaning = column_meaning(text)
    return meaning.role if meaning is not None else None


def _second_row(values: list[ColumnMeaning], numbers: int) -> list[ColumnMeaning] | None:
    """The columns of numbers, a header's second row folded in: the last cells, with no meaning of their
    own (片区 | 总计), split the one column with a unit (达标区域面积(平方公里)) into as many."""
    extra = len(values) - numbers
    if extra <= 0:
        return values if extra == 0 else None
    tops, subs = values[:-extra - 1], values[-extra - 1:]
    measured = [k for k, m in enumerate(tops) if m.role in VALUE_ROLES and m.unit]
    if len(measured) != 1 or any(m.role != "other" for m in subs):
        return None
    k = measured[0]
    return [*tops[:k], *(replace(tops[k], sub=s.header) for s in subs), *tops[k + 1:]]


def _leading_words(columns) -> list[ColumnMeaning]:
    words = []
    for meaning in columns:
        if meaning.role not in WORD_ROLES:
            break
        words.append(meaning)
    return words


def _rows(cells: list[CellText], at: int, columns: tuple[ColumnMeaning, ...]) -> tuple[list[TableRow], int]:
    width = len(_leading_words(columns))
    values = columns[width:]
    rows: list[TableRow] = []
    above: dict[int, CellText] = {}
    while at < len(cells):
        k = at
        while k < len(cells) and k - at < width + MAX_BROKEN_LINES and not _is_number(cells[k]) \
                and _is_word(cells[k]):
            k += 1
        words = _row_words(cells[at:k], width, wrapped=bool(rows))
        numbers = _number_run(cells, k)[:len(values)]
        placed = _placed(numbers, values)
        if not words or not numbers or placed is None or len(words) > width or len(words) < width and not rows:
            break
        own = dict(zip(range(width - len(words), width), words))
        row_cells = {**above, **own}
        rows.append(_row(columns, row_cells, own, [(values[c], cell) for c, cell in placed]))
        above = row_cells
        at = k + len(numbers)
    return rows, at


def _row_words(cells: list[CellText], width: int, *, wrapped: bool) -> list[CellText]:
    """A row's words, a cell ending in 、 joined to the line after it; with more words than columns
    (海湾 / 旅游区), a later row's first words are its name wrapped in its cell."""
    words: list[CellText] = []
    for cell in cells:
        if words and words[-1].text.endswith(BROKEN):
            words[-1] = _join(words[-1], cell)
        else:
            words.append(cell)
    if wrapped and len(words) > width:
        head = words[:len(words) - width + 1]
        words = [_join(*head), *words[len(head):]]
    return words


def _join(*cells: CellText) -> CellText:
    return CellText("".join(c.text for c in cells), cells[0].start, cells[-1].end)


def _placed(numbers: list[CellText], values: tuple[ColumnMeaning, ...]) -> list[tuple[int, CellText]] | None:
    """The columns of a row's numbers: all, in order, when it has as many; a group's later row, which
    lacks the cells merged over the group's rows, fills the columns the header gives a measure from
    the left (not 规划人口(万) or 占比, what a group has once)."""
    if len(numbers) == len(values):
        return list(enumerate(numbers))
    measured = [c for c, m in enumerate(values) if m.role in VALUE_ROLES]
    if len(values) - len(numbers) > MAX_MISSING or len(numbers) > len(measured):
        return None
    return list(zip(measured, numbers))


def _row(columns: tuple[ColumnMeaning, ...], cells: dict[int, CellText], own: dict[int, CellText],
         values: list[tuple[ColumnMeaning, CellText]]) -> TableRow:
    by_role: dict[str, CellText] = {}
    names: list[CellText] = []
    for at, cell in sorted(cells.items()):
        role = columns[at].role
        if role == "name" or role == "owner" and cell.text.replace(" ", "") in word_list("table_totals.tsv"):
            names.append(cell)  # 总计 under 街镇: the table's sum, owned by no one row
        else:
            by_role.setdefault(role, cell)
    read = tuple((m, c) for m, c in values if m.role in VALUE_ROLES and not MARK.match(c.text))
    inherited = frozenset(columns[at].role for at in cells if at not in own)
    start = min(c.start for c in own.values())
    end = max(c.end for _, c in values) if values else max(c.end for c in own.values())
    return TableRow(start, end, by_role, read, names=tuple(names), inherited=inherited)
