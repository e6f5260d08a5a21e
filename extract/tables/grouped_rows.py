"""Unnumbered value tables flattened one cell per line whose rows come in groups under merged cells.

街镇 | 类型 | 2021年任务(万m2) | … | 2025年规划人口(万) | 2025年人均面积(m2), then each group's first row
with all its cells (东山镇 | 公园 | 1.20 … 10.00 | 0.25) and the rows below it with fewer (街心 | 0.40 …
0.10): the group's cells on the left (东山镇), and cells merged over the group's rows anywhere among
the numbers (规划人口), are written on its first row only. With no number column, a row starts at a
word after a number: its words fill the columns of words from the right, the others being the
row above's; its numbers fill the columns of numbers, all of them when it has as many, else those
where they keep one proportion to the group's full row, in order (a merged column's number is of
another kind). The merged cells are read on the group's first row only, as in a real table. A header cell may be broken over lines: a unit in brackets on its own line ends the
cell above it (2021年任务 / (万m2)), and a name cell ending in 、 goes on on the next line.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from itertools import combinations

from ..lexicon import word_list
from ..lines import lines_outside
from .caption import caption_of, lines_before
from .columns import VALUE_ROLES, ColumnMeaning, column_meaning
from .flattened import STOP
from .ragged import MARK, YEAR_CELL, may_head, unit_note, in_number_run
from .rows import CellText, FlatTable, TableRow, is_plan

WORD_ROLES = ("owner", "group", "deadline", "name")  # columns of words a group's rows are named by
ROLE_OF_WORDS = {"owner": "owner", "group": "group", "deadline": "deadline"}  # name cells are the row's names
MAX_HEADER = 20
MAX_BROKEN_LINES = 2  # lines a row's words may take beyond its columns (a name broken after 、)
MAX_MISSING = 3  # numbers a row may lack: more, and where they go is a guess
MIN_ROWS = 2
MAX_WORD = 30
SHARE_APART = 10.0
BROKEN = ("、", ",", "，")
LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年")  # 2025年规划人口(万): a header cell of the year's figures
NUMBER = re.compile(r"[≥≤><]?=?(\d+(?:\.\d+)?)(%?)")


def grouped_tables(text: str, taken: list[tuple[int, int]]) -> list[FlatTable]:
    lines = lines_outside(text, taken)
    tables: list[FlatTable] = []
    i = 0
    while i < len(lines):
        found = _table_at(text, lines, i)
        if found is None:
            i += 1
            continue
        table, i = found
        tables.append(table)
    return tables


def _table_at(text: str, lines, i: int) -> tuple[FlatTable, int] | None:
    first = column_meaning(lines[i][2])
    if first is None or first.role not in WORD_ROLES:
        return None
    k = i + 1
    while k < len(lines) and k - i <= MAX_HEADER + MAX_BROKEN_LINES + len(WORD_ROLES) \
            and not _number_line(lines[k][2]):
        if len(lines[k][2]) > MAX_WORD or STOP.match(lines[k][2]):
            return None
        k += 1
    if k >= len(lines) or not _number_line(lines[k][2]):
        return None
    for start in range(k - 1, i + 1, -1):  # where the header ends and the first row's words begin
        columns = _header(lines[i:start])
        if columns is None:
            continue
        words = len(_leading_words(columns))
        if words != len(_joined(lines[start:k])) or len(_number_run(lines, k)) != len(columns) - words:
            continue
        caption = caption_of(lines_before(text, lines[i][0]))
        if not is_plan(columns, caption):
            return None
        rows, end = _rows(lines, start, columns)
        if len(rows) < MIN_ROWS:
            return None
        rows = tuple(replace(r, caption=caption) for r in rows)
        return FlatTable(lines[i][0], lines[end - 1][1], rows), end
    return None


def _number_line(text: str) -> bool:
    return in_number_run(text) and not YEAR_CELL.match(text)


def _number_run(lines, at: int) -> list:
    end = at
    while end < len(lines) and _number_line(lines[end][2]):
        end += 1
    return lines[at:end]


def _header(lines) -> tuple[ColumnMeaning, ...] | None:
    """The header's columns: words first, then at least two columns of numbers, one with a unit or year."""
    cells: list[str] = []
    for _, _, text in lines:
        if cells and unit_note(text):
            cells[-1] += text  # 2021年任务 / (万m2): a header cell's unit broken onto a line of its own
        elif column_meaning(text) is not None or may_head(LEADING_YEAR.sub("", text)):
            cells.append(text)
        else:
            return None
    meanings = [column_meaning(c) or ColumnMeaning("other", c, guessed=True, words=c) for c in cells]
    words = _leading_words(meanings)
    values = meanings[len(words):]
    if not words or len(values) < 2 or any(m.role in WORD_ROLES and not m.guessed for m in values) \
            or not any(m.role in VALUE_ROLES and (m.unit or m.year) for m in values):
        return None
    return tuple(meanings)


def _leading_words(columns) -> list[ColumnMeaning]:
    words = []
    for meaning in columns:
        if meaning.role not in WORD_ROLES:
            break
        words.append(meaning)
    return words


def _joined(lines) -> list[CellText]:
    """A row's words, a cell broken after 、 joined to the line after it."""
    cells: list[CellText] = []
    for start, end, text in lines:
        if cells and cells[-1].text.endswith(BROKEN):
            cells[-1] = CellText(cells[-1].text + text, cells[-1].start, end)
        else:
            cells.append(CellText(text, start, end))
    return cells


def _rows(lines, at: int, columns: tuple[ColumnMeaning, ...]) -> tuple[list[TableRow], int]:
    width = len(_leading_words(columns))
    values = columns[width:]
    rows: list[TableRow] = []
    full: list[CellText] | None = None
    above: dict[int, CellText] = {}
    while at < len(lines):
        k = at
        while k < len(lines) and not _number_line(lines[k][2]) and k - at < width + MAX_BROKEN_LINES:
            if len(lines[k][2]) > MAX_WORD or STOP.match(lines[k][2]):
                break
            k += 1
        words = _joined(lines[at:k])
        if len(words) > width and rows:  # 海湾 / 旅游区: a name wrapped in its cell
            head = words[:len(words) - width + 1]
            words = [CellText("".join(c.text for c in head), head[0].start, head[-1].end), *words[len(head):]]
        numbers = [CellText(t, s, e) for s, e, t in _number_run(lines, k)][:len(values)]
        if not words or len(words) > width or len(values) - len(numbers) > MAX_MISSING or not numbers \
                or len(words) < width and not rows:
            break
        own = dict(zip(range(width - len(words), width), words))
        cells = {**{c: cell for c, cell in above.items() if c not in own}, **own}
        placed = _placed(numbers, len(values), full)
        if len(numbers) == len(values):
            full = numbers
        rows.append(_row(columns, cells, own, [(values[c], cell) for c, cell in placed]))
        above = cells
        at = k + len(numbers)
    return rows, at


def _placed(numbers: list[CellText], width: int, full: list[CellText] | None) -> list[tuple[int, CellText]]:
    """The columns of a row's numbers: all of them, else those where they keep one proportion to the full
    row's above (a town's second row is the first's in proportion, column by column; the merged cells
    it lacks are of another kind), the leftmost of equals."""
    if len(numbers) == width or full is None:
        return list(enumerate(numbers))
    best = min(combinations(range(width), len(numbers)),
               key=lambda at: (_spread([(full[c].text, cell.text) for c, cell in zip(at, numbers)]), at))
    return list(zip(best, numbers))


def _spread(pairs: list[tuple[str, str]]) -> float:
    """How far pairs of numbers are from one proportion: the variance of their log ratios, and a share
    (40%) against an amount counted as far off."""
    ratios = []
    apart = 0
    for above, own in pairs:
        a, b = _size(above), _size(own)
        if a is None or b is None:
            continue
        if a[1] != b[1]:
            apart += 1
        elif a[0] > 0 and b[0] > 0:
            ratios.append(math.log10(b[0] / a[0]))
    mean = sum(ratios) / len(ratios) if ratios else 0.0
    return apart * SHARE_APART + sum((r - mean) ** 2 for r in ratios)


def _size(text: str) -> tuple[float, bool] | None:
    """A number cell's value and whether it is a share (40%)."""
    found = NUMBER.fullmatch(text.strip())
    if found is None:
        return None
    try:
        return float(Decimal(found.group(1))), bool(found.group(2))
    except InvalidOperation:
        return None


def _row(columns: tuple[ColumnMeaning, ...], cells: dict[int, CellText], own: dict[int, CellText],
         values: list[tuple[ColumnMeaning, CellText]]) -> TableRow:
    by_role: dict[str, CellText] = {}
    names: list[CellText] = []
    for at, cell in sorted(cells.items()):
        role = columns[at].role
        if role == "name" or role == "owner" and cell.text.replace(" ", "") in word_list("table_totals.tsv"):
            names.append(cell)  # 总计 under 街镇: the table's sum, owned by no one row
        else:
            by_role.setdefault(ROLE_OF_WORDS[role], cell)
    read = tuple((m, c) for m, c in values if m.role in VALUE_ROLES and not MARK.match(c.text))
    inherited = frozenset(columns[at].role for at in cells if at not in own)
    start = min(c.start for c in own.values())
    end = max(c.end for _, c in values) if values else max(c.end for c in own.values())
    return TableRow(start, end, by_role, read, names=tuple(names), inherited=inherited)
