"""Numbered task tables flattened one cell per line whose group cells were merged over rows.

序号 | 任务名称 | 任务内容 | 牵头部门 | 配合部门 | 时间节点: a merged 任务名称 cell is written on its group's
first row only, later rows have a cell fewer; a merged owner cell likewise; an empty cell disappears; an
owner cell may be wrapped over lines (区政府办公室、 / 区重大办) and a row may list several units on lines
of their own. Each row is read by what its lines look like rather than by counting them: after the number
come the text cells (short names, then the long content), then the lines that name units, then the value
cells (时间节点, 参考文件). A name the row lacks is the merged cell of the row above; a row without units
shares the units above. Lines before a number that belong to no row are a group row across the table
(推进…示范工程), the path of the rows after it. Tables without a content column are read by flattened.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .columns import ColumnMeaning
from .row_numbers import row_numbers
from .rows import CellText, TableRow, is_unit_cell

CONTINUES = re.compile(r"[、,，]$")
SENTENCE_END = re.compile(r"[。;；:：!！?？]")  # a name may hold a comma (强化规划引领,优化布局), no full stop
VALUE_CONTINUES = re.compile(r"[、,，(（]$")
VALUE_CONTINUATION = re.compile(r"^[(（)）]")
MAX_NAME = 20  # a row's name cell (“光伏+地铁”工程, 推进基层建设): short, no sentence ended in it
MAX_LONG_NAME = 40  # a longer name before the row's content cell holds no clause either (…案件跨市(区)审理)
CLAUSE = re.compile(r"[,，]")
READ_VALUES = ("deadline", "person", "other")  # one cell each after the units: 时间节点, 参考文件
NAME_ROLES = ("group", "task")
MIN_ROWS = 2
MIN_OWNED_SHARE = 0.5  # rows naming their own units: fewer, and the rows were not read right


@dataclass(frozen=True, slots=True)
class TaskColumns:
    """The columns of a numbered task table: those before its unit columns (index, group, task, content), the
    unit columns (owner, or lead and support) and the value columns after them."""

    before: tuple[str, ...]
    owners: tuple[str, ...]
    values: tuple[ColumnMeaning, ...]

    def fits(self) -> bool:
        return "index" in self.before and "content" in self.before \
            and all(r in ("index", *NAME_ROLES, "content") for r in self.before) \
            and self.owners in (("owner",), ("lead",), ("lead", "support")) \
            and all(m.role in READ_VALUES for m in self.values)

    @property
    def names(self) -> tuple[str, ...]:
        """The name columns after the number, each maybe merged over rows."""
        after = [r for r in self.before[self.before.index("index") + 1:] if r in NAME_ROLES]
        if "task" not in self.before and after:  # 序号 | 任务类型 | 重点内容: the type right after the number names the row
            after[-1] = "task"
        return tuple(after)


def merged_task_rows(lines: list[tuple[int, int, str]], columns: TaskColumns) -> list[TableRow]:
    """The rows of a table body read by look, or [] when it does not read as such a table."""
    if not columns.fits():
        return []
    rows = _Reader(columns).run(lines)
    owned = sum(1 for r in rows if r.own_units)
    if len(rows) < MIN_ROWS or owned < MIN_OWNED_SHARE * len(rows):
        return []
    return [r.row for r in rows]


@dataclass
class _Read:
    row: TableRow
    own_units: bool


@dataclass
class _Reader:
    columns: TaskColumns
    names: dict[str, CellText] = field(default_factory=dict)  # the name cells in force (merged over rows)
    owners: dict[str, CellText] = field(default_factory=dict)
    group: CellText | None = None

    def run(self, lines: list[tuple[int, int, str]]) -> list[_Read]:
        cells = [CellText(text, start, end) for start, end, text in lines]
        starts = [k for k, numbering in enumerate(row_numbers([c.text for c in cells])) if numbering]
        if not starts:
            return []
        read: list[_Read] = []
        before = cells[:starts[0]]
        for at, stop in zip(starts, [*starts[1:], len(cells)]):
            self._open_group(before)
            row, before = self._row(cells[at], cells[at + 1:stop])
            if row is None:
                return []
            read.append(row)
        return read

    def _open_group(self, before: list[CellText]) -> None:
        if before:
            self.group = _join(before)
            self.names = {}  # a merged name cell does not run past a group row

    def _row(self, index: CellText, cells: list[CellText]) -> tuple[_Read | None, list[CellText]]:
        first = next((k for k, c in enumerate(cells) if k and _names_units(c.text)), None)
        if first is None:  # no unit cell: the units above, merged over this row
            count = len(self.columns.values)
            text, after = _section_after(cells, bool(count))
            values = text[len(text) - count:] if count and len(text) > count else []  # its own 时间节点 last
            text, owners, rest = text[:len(text) - len(values)], dict(self.owners), after
        else:
            last = first
            while last + 1 < len(cells) and _names_units(cells[last + 1].text):
                last += 1
            text = cells[:first]
            owners = self._owners(cells[first:last + 1])
            values, rest = _values(cells[last + 1:], len(self.columns.values))
        if not text or not owners:
            return None, []
        self.owners = owners
        row_cells = {"index": index, **self._text_cells(text), **owners}
        if self.group is not None and "group" not in row_cells:
            row_cells["group"] = self.group
        end = max(c.end for c in [*text, *owners.values(), *values] if c.start >= index.start)
        pairs = tuple((m, v) for m, v in zip(self.columns.values, values) if m.role == "deadline")
        row = TableRow(index.start, end, row_cells, pairs, method="table",
                       inherited=frozenset(r for r in NAME_ROLES if r in row_cells
                                           and row_cells[r].start < index.start))
        return _Read(row, first is not None), rest

    def _text_cells(self, text: list[CellText]) -> dict[str, CellText]:
        """The row's names and content: leading short lines name it, the rest is its content (the last line at
        least, when the table has a content column); names it lacks are those above it, merged."""
        count = 0
        while self.columns.names and count < len(text) - 1 and _is_name(text[count].text, long=True):
            count += 1
        own = text[:count]
        wanted = self.columns.names
        if len(own) > len(wanted) and wanted:
            own = [*own[:len(wanted) - 1], _join(own[len(wanted) - 1:])]  # a name wrapped over lines
        missing = wanted[:len(wanted) - len(own)]
        self.names = {**{r: self.names[r] for r in missing if r in self.names}, **dict(zip(wanted[len(missing):], own))}
        return {"content": _join(text[count:]), **self.names}

    def _owners(self, cells: list[CellText]) -> dict[str, CellText]:
        """The unit lines as the unit columns' cells: a line ending in 、 goes on into the next one unless
        the columns would then lack a cell; with a lead and a support column the first cell leads."""
        wanted = len(self.columns.owners)
        joined = list(cells)
        k = 0
        while k + 1 < len(joined) and len(joined) > wanted:
            if CONTINUES.search(joined[k].text):
                joined[k:k + 2] = [_join(joined[k:k + 2])]
            else:
                k += 1
        if self.columns.owners == ("lead", "support") and len(joined) > 1:
            return {"lead": _join_units(joined[:1]), "support": _join_units(joined[1:])}
        return {self.columns.owners[0]: _join_units(joined)}


def _names_units(text: str) -> bool:
    return is_unit_cell(text.rstrip("、,，"))  # 区政府办公室、: a unit cell wrapped over lines


def _is_name(text: str, *, long: bool = False) -> bool:
    """A name cell: short, no sentence ended in it; before the row's content (``long``), also a longer
    one without clauses (以事前产权激励为核心的职务科技成果权属改革)."""
    if SENTENCE_END.search(text):
        return False
    return len(text) <= MAX_NAME or long and len(text) <= MAX_LONG_NAME and not CLAUSE.search(text)


def _section_after(cells: list[CellText], owned_by_values: bool) -> tuple[list[CellText], list[CellText]]:
    """A row without units of its own: short lines after its content, right before the next number, are a
    group row for the rows after it (建立健全…推进机制), when nothing but units could stand there."""
    if owned_by_values:
        return cells, []
    last_long = max((k for k, c in enumerate(cells) if not _is_name(c.text)), default=None)
    if last_long is None:
        return cells, []
    return cells[:last_long + 1], cells[last_long + 1:]


def _values(cells: list[CellText], count: int) -> tuple[list[CellText], list[CellText]]:
    """The value cells after the units (a cell broken over lines joined back), and the lines after them."""
    values: list[CellText] = []
    k = 0
    while k < len(cells) and len(values) < count:
        cell = cells[k]
        k += 1
        while k < len(cells) and (VALUE_CONTINUES.search(cell.text) or VALUE_CONTINUATION.match(cells[k].text)
                                  or cell.text.count("《") > cell.text.count("》")):
            cell = _join([cell, cells[k]])
            k += 1
        values.append(cell)
    return values, cells[k:]


def _join(cells: list[CellText]) -> CellText:
    return CellText("".join(c.text for c in cells), cells[0].start, cells[-1].end)


def _join_units(cells: list[CellText]) -> CellText:
    """Unit lines as one list (区绿化市容局、 / 区农业农村委 → 区绿化市容局、区农业农村委)."""
    text = "、".join(c.text.rstrip("、,，") for c in cells)
    return CellText(text, cells[0].start, cells[-1].end)
