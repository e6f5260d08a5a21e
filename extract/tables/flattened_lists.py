"""Indicator and allocation tables flattened to one cell per line, read by their fixed width.

类别 / 序号 / 指标 / 单位 / 属性 / 目标, then rows: maybe a group cell (a merged 类别 that
changed), the row's number, then one line for each column after the number column; an
empty cell is a line of its own (``-``), so rows keep in step after merged or empty cells.
The numbers must count up (1, 2, 3 …), or the stretch is left to sentence extraction.
An indicator list with a responsibility column and no value column (序号 / 一级指标 / 指标名称 /
指标解释 / 牵头部门) is read the same way: each row is a task owned by its owner cells.
A project table whose header holds a place or measure column (序号 | 项目名称 | 位置 | 面积(公顷) | 备注) has
rows of unequal width: extract/tables/ragged.py places their cells by what they are. A sum row (合计)
after the rows is read too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..lexicon import alternation, word_list, word_pattern
from ..lines import lines_outside
from ..rules.unit_lists import split_units
from ..rules.unit_names import is_unit
from .caption import caption_of, lines_before
from .columns import VALUE_ROLES, ColumnMeaning, header_at, header_unit, with_levels
from .spaced_cells import STOP
from .ragged import open_header, ragged_rows, sum_row_after
from .rows import OWNER_ROLES, CellText, FlatTable, TableRow, is_plan

INDEX = re.compile(r"^\d{1,3}$")
NUMBER = re.compile(r"^(?:[≥≤><]=?)?\d+(?:\.\d+)?(?:[(（][^()（）]*[)）])?$")
EMPTY = re.compile(r"^[-—/－]$")
PARAGRAPH = re.compile("[。;；]")  # 1.推进…建设。…: the text after the table, no value cell
YEAR_LINE = re.compile(r"^(?:19|20)\d{2}年(?:[-—至~～](?:19|20)\d{2}年)?$")  # a year group's cell: 2024年, 2020年-2023年
MIN_HEADER = 3
MIN_ROWS = 2
NAME_ROLES = ("name", "task")
PLAIN_ROLES = ("unit", "other")  # beside the numbers of an unnumbered table: 单位, 属性
DIGIT = re.compile(r"\d")
MAX_UNIT = 6  # 微克/立方米: a unit the unit list does not hold is short and has no digit
CELL_ROLES = ("group", "task", "unit", "owner", "lead", "support", "deadline", "content", "criteria")
TASK_LIST_ROLES = ("index", "group", "task", "content")
LEADING_ROLES = ("group", "deadline")  # columns before an unnumbered table's names, written where they change
PART_OPENER = "其中"  # 其中 公园绿地: a row that is part of the row above


@dataclass(frozen=True, slots=True)
class _Layout:
    before: int  # columns before the number column (类别): merged, written only where they change;
    # without a number column: -1 - the count of leading group columns
    after: tuple[ColumnMeaning, ...]  # columns after it (all columns without one): one line each per row


def flattened_lists(text: str, taken: list[tuple[int, int]]) -> list[FlatTable]:
    lines = lines_outside(text, taken)
    tables: list[FlatTable] = []
    i = 0
    while i < len(lines):
        opened = open_header(lines, i)  # a header with cells the column words do not know (位置)
        found = _header(lines, i) if opened is None else None
        if found is None and opened is None:
            i += 1
            continue
        caption = caption_of(lines_before(text, lines[i][0]))
        if opened is not None and not is_plan(opened[0], caption):
            i += 1  # numbers known by their unit note alone count in a plan table only, as in a real table's
            continue
        if opened is not None:
            columns, body_start = opened
            rows, end = ragged_rows(lines, body_start, columns, header=tuple(t for _, _, t in lines[i:body_start]))
        else:
            layout, body_start = found
            rows, end = _rows(lines, body_start, layout) if layout.before >= 0 \
                else _unnumbered(lines, body_start, layout)
            total, end = sum_row_after(lines, end, layout.after, rows)
            rows += [total] if total is not None else []
        if len(rows) >= MIN_ROWS:
            tables.append(FlatTable(lines[i][0], lines[end - 1][1],
                                    tuple(replace(r, caption=caption) for r in rows)))
            i = end
        else:
            i = body_start
    return tables


def _header(lines, i: int) -> tuple[_Layout, int] | None:
    """Header lines, a parent header (分年度任务 over 2025年 / 2026年) folded into its columns. Without a
    number column, the first column names the row (a unit, an indicator) and the others hold numbers."""
    meanings: list[ColumnMeaning] = []
    j = i
    while j < len(lines):
        meaning, after = header_at(lines, j)
        if meaning is None or meanings and meanings[0].role == "deadline" and meaning.role == "year":
            break  # 年份 | 区域 | 面积, then 2024年: the first row's year, no column of its own
        meanings.append(meaning)
        j = after
    if not meanings or all(m.guessed for m in meanings):
        return None
    meanings = _fold_parents(with_levels(meanings))
    roles = [m.role for m in meanings]
    if len(meanings) < MIN_HEADER or not any(r in VALUE_ROLES for r in roles) and not _owned_list(roles) \
            and not _task_list(roles):
        return None
    if roles.count("index") == 1 and any(r in NAME_ROLES for r in roles):
        at = roles.index("index")
        return _Layout(at, tuple(meanings[at + 1:])), j
    groups = len(roles) - len(roles_after := _after_groups(roles))
    # a named row may close with its owner columns (指标名称 | 目标值 | 责任单位)
    beside = (*VALUE_ROLES, *PLAIN_ROLES, *(OWNER_ROLES if roles_after[:1] == ["name"] else ()))
    if "index" not in roles and roles_after and roles_after[0] in ("owner", "name") \
            and all(r in beside for r in roles_after[1:]) or _project_list(roles_after):
        return _Layout(-groups - 1, tuple(meanings[groups:])), j
    return None


def _project_list(roles: list[str]) -> bool:
    """Unnumbered projects, each with what it does and its numbers (项目名称 | 项目内容 | 总投资(亿元))."""
    return roles[:2] == ["task", "content"] and len(roles) > 2 and all(r in VALUE_ROLES for r in roles[2:])


def _owned_list(roles: list[str]) -> bool:
    """A numbered list of named indicators with a responsibility column (指标名称 … 牵头部门): its rows
    are tasks even without a column of numbers."""
    return roles.count("index") == 1 and "name" in roles and any(r in OWNER_ROLES for r in roles)


def _task_list(roles: list[str]) -> bool:
    """A numbered list of tasks under their field (序号 | 主要领域 | 重点任务或项目): each row a task, even
    with no owner or number column."""
    return roles.count("index") == 1 and "task" in roles and all(r in TASK_LIST_ROLES for r in roles)


def _after_groups(roles: list[str]) -> list[str]:
    """The roles after the leading group columns (类别 / 指标 / …; 年份 before the rows of its year)."""
    k = 0
    while k < len(roles) and roles[k] in LEADING_ROLES:
        k += 1
    return roles[k:]


def _fold_parents(meanings: list[ColumnMeaning]) -> list[ColumnMeaning]:
    folded: list[ColumnMeaning] = []
    parent = ""
    for k, meaning in enumerate(meanings):
        following = meanings[k + 1:k + 3]
        if meaning.role in VALUE_ROLES and meaning.role != "year" and len(following) == 2 \
                and all(m.role == "year" for m in following):
            parent = meaning.header
            continue
        if meaning.role != "year":
            parent = ""
        folded.append(replace(meaning, parent=parent) if parent else meaning)
    return folded


def _unnumbered(lines, start: int, layout: _Layout) -> tuple[list[TableRow], int]:
    """Rows of a name cell and one cell per column, each what its column holds (a number or -, a unit,
    a word): 东湖区 / 70 / 110, until the rhythm breaks; a leading group column (类别) is written only
    where it changes, so a line that does not start a row is the next group's name."""
    rows: list[TableRow] = []
    width = len(layout.after)
    groups = -layout.before - 1
    group: CellText | None = None
    i = start
    while i + width <= len(lines):
        if not _fits(lines[i:i + width], layout.after) or groups and YEAR_LINE.match(lines[i][2]):
            if not groups or i + 1 + width > len(lines) or not _fits(lines[i + 1:i + 1 + width], layout.after) \
                    or NUMBER.match(lines[i][2]) or STOP.match(lines[i][2]):
                break
            group = CellText(lines[i][2], lines[i][0], lines[i][1])
            i += 1
        rows.append(_row(None, lines[i:i + width], layout, group))
        i += width
    return rows, i


def _fits(cells, meanings: tuple[ColumnMeaning, ...]) -> bool:
    """Each cell is what its column holds: a name (no number), a number or -, a unit, a word."""
    for (_, _, text), meaning in zip(cells, meanings):
        if STOP.match(text):
            return False
        if meaning.role in VALUE_ROLES:
            ok: bool | re.Match[str] | None = (EMPTY.match(text) or NUMBER.match(text) or DIGIT.search(text)
                  or word_pattern("value_words.tsv").search(text)) and not PARAGRAPH.search(text)
        elif meaning.role == "deadline":
            ok = EMPTY.match(text) or DIGIT.search(text)  # 2024年, 2025年6月: a schedule's date
        elif meaning.role == "unit":
            ok = EMPTY.match(text) or header_unit(text)[0] is not None or len(text) <= MAX_UNIT and not DIGIT.search(text)
        else:
            ok = not NUMBER.match(text) and not EMPTY.match(text) if meaning.role in ("owner", "name") \
                else not NUMBER.match(text)
        if not ok:
            return False
    return True


def _rows(lines, start: int, layout: _Layout) -> tuple[list[TableRow], int]:
    rows: list[TableRow] = []
    group: CellText | None = None
    previous: list = []
    expected = None
    i = start
    while i < len(lines):
        k = i
        pre = []
        while k < len(lines) and k - i < layout.before and not _is_index(lines[k][2], expected):
            pre.append(lines[k])
            k += 1
        if k >= len(lines) or not _is_index(lines[k][2], expected):
            break
        number = int(lines[k][2])
        cells = _row_cells(lines, k + 1, layout, number + 1, previous)
        if cells is None:
            break
        if pre:
            group = CellText("".join(p[2] for p in pre), pre[0][0], pre[-1][1])
        rows.append(_row(lines[k], cells, layout, group))
        previous, expected = cells, number + 1
        i = k + 1 + sum(1 for c in cells if c[0] > lines[k][0])
        part = _part_row(lines, i, layout, cells, expected)
        if part is not None:
            opening = lines[i][0]
            part_cells, i = part
            rows.append(replace(_row(None, part_cells, layout, group), start=opening))
    return rows, i


@cache
def _note_label() -> re.Pattern[str]:
    """注: / 备注: under a table: its notes, no row."""
    return re.compile(f"^(?:{alternation(word_list('note_labels.tsv'))}) ?[:：]")


def _part_row(lines, at: int, layout: _Layout, above: list, following: int) -> tuple[list, int] | None:
    """其中 公园绿地 / 50 / 58.46 under 新建绿地: a part of the row above, its name and then the cells of the
    last columns only (those before them, as 单位, are merged with the row above's). Its cells, with
    the row above's in the merged columns, and where it ends."""
    if at >= len(lines) or not lines[at][2].startswith(PART_OPENER) or "name" not in (m.role for m in layout.after):
        return None
    width = len(layout.after)
    end = at + 1
    while end < len(lines) and end - at < width and lines[end][2] != str(following) and not STOP.match(lines[end][2]):
        end += 1
    for stop in range(end, at + 1, -1):
        own = lines[at + 1:stop]
        columns = layout.after[width - len(own):]
        if any(m.role in VALUE_ROLES for m in columns) and all(m.role != "name" for m in columns) \
                and _fits(own, columns):
            start, line_end, text = lines[at]
            name = text[len(PART_OPENER):].lstrip()
            cells = [(line_end - len(name), line_end, name) if m.role == "name" else cell
                     for m, cell in zip(layout.after, above[:width - len(own)])]
            return [*cells, *own], stop
    return None


def _row_cells(lines, at: int, layout: _Layout, following: int, previous: list) -> list | None:
    """The row's cells: one line per column, or one fewer when the next number comes early (the first
    column merged with the row above: its cell is the one above). The table's last row has no next
    number: it is merged when only then its owner cells name units."""
    def next_number(position: int) -> bool:
        return position < len(lines) and lines[position][2] == str(following)

    width = len(layout.after)
    cells = lines[at:at + width]
    merged = [previous[0], *lines[at:at + width - 1]] if previous else None
    def table_ends(position: int) -> bool:
        return position >= len(lines) or STOP.match(lines[position][2]) is not None \
            or _note_label().match(lines[position][2]) is not None

    if any(STOP.match(c[2]) for c in cells[:width - 1]):
        return None
    if merged is not None and not next_number(at + width) and (
            next_number(at + width - 1) or table_ends(at + width - 1)
            or _owners_fit(merged, layout) and not _owners_fit(cells, layout)):
        return merged
    if len(cells) < width or STOP.match(cells[-1][2]):
        return None
    return cells


def _owners_fit(cells, layout: _Layout) -> bool:
    """The cells under the owner columns name units (区住建局、各街道), where the table has such columns."""
    owned = [text for (_, _, text), meaning in zip(cells, layout.after) if meaning.role in OWNER_ROLES]
    return len(cells) == len(layout.after) and bool(owned) \
        and all((units := split_units(text)) and all(map(is_unit, units)) for text in owned)


def _is_index(line: str, expected: int | None) -> bool:
    return INDEX.match(line) is not None and (int(line) == expected if expected is not None else int(line) <= 3)


def _row(index, cells, layout: _Layout, group: CellText | None) -> TableRow:
    by_role: dict[str, CellText] = {"index": CellText(index[2], index[0], index[1])} if index else {}
    if group is not None:
        by_role["group"] = group
    names: list[CellText] = []
    values: list[tuple[ColumnMeaning, CellText]] = []
    for meaning, (start, end, text) in zip(layout.after, cells):
        if EMPTY.match(text):
            continue
        cell = CellText(text, start, end)
        if meaning.role == "name":
            names.append(cell)
        elif meaning.role in VALUE_ROLES:
            values.append((meaning, cell))
        elif meaning.role in CELL_ROLES:
            by_role.setdefault(meaning.role, cell)
    start = index[0] if index else cells[0][0]
    return TableRow(start, max(start, cells[-1][1]), by_role, tuple(values), names=tuple(names))

