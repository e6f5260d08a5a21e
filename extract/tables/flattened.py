"""Tables flattened to one cell per line, their grid recovered from the header and the rows' rhythm.

序号 / 重点任务 / 实施内容 / 责任主体 / 年度工作目标 / 2020年 / 2021年 / 2022年, then
rows: a number line, the task, the content, then blocks of an owner cell and one
cell per year. Cells broken over lines (ending in 、 or ,) are joined back. A numbered task
table with a content column and one block of units per row is read by look instead
(merged_rows.py: merged name and owner cells). When a stretch does not fit the rhythm it is
left to sentence extraction.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lines import lines_outside
from .columns import VALUE_ROLES, ColumnMeaning, column_meaning, header_at, with_levels
from .merged_rows import TaskColumns, merged_task_rows
from .owners_last import owners_last_rows
from .row_numbers import row_numbers
from .rows import OWNER_ROLES, CellText, FlatTable, TableRow, is_unit_cell
from .run_on_rows import run_on_rows
from .spaced_cells import GROUP_LINE, INDEX, MIN_HEADER, STOP, spaced_cells

CONTINUES = re.compile(r"[、,，(（]$")
CONTINUATION = re.compile(r"^[(（)）]")
SENTENCE_PUNCTUATION = re.compile(r"[。;；:：,，]")
DIGIT = re.compile(r"\d")
SENTENCE_END = re.compile("[。;；!！?？]$")
MAX_UNIT_CELL = 30
MAX_NAME_LINE = 12  # a line of a row's name wrapped in its cell (海绵城市 / 建设管理)
DATED_ROLES = ("deadline", "year")
MIN_ROWS = 2
PRE_ROLES = ("group", "index", "task", "content")
UNREAD_ROLES = ("person", "other")  # 推广范围, 联系人: cells that keep a row's rhythm and hold nothing to read


@dataclass(frozen=True, slots=True)
class _Layout:
    roles: tuple[str, ...]  # roles of the columns before the owner column
    values: tuple[ColumnMeaning, ...]  # columns after it: one cell each per owner block
    owners: int = 1  # owner columns (主办机关 / 协办机关: two cells open each block)
    lead_first: bool = False  # a lead column, then support columns: the block's first cell leads
    owner_role: str = "owner"  # the role of a lone owner column: lead for 主(协)办机关, whose brackets support
    years: tuple[ColumnMeaning, ...] = ()  # value columns before owner columns that come last (2024年 … 牵头部门)
    owner_roles: tuple[str, ...] = ()  # the roles of those last owner columns
    columns: TaskColumns | None = None  # every column in order, for a numbered task table read by look
    before: tuple[ColumnMeaning, ...] = ()  # the columns between the number and the owner column

    @property
    def groups_unnumbered(self) -> bool:
        """A group column and no number column: nothing but the rhythm tells a group's cell (with
        numbers, a group's cell is what stands between a block and the next number)."""
        return "group" in self.roles and "index" not in self.roles

    @property
    def names_rows(self) -> bool:
        """A type column right after the number and no task column (序号 | 任务类型 | 重点内容 | 责任单位):
        each row writes its own type, which names the row."""
        roles = self.roles
        return "task" not in roles and "content" in roles and roles[:2] == ("index", "group")


def flattened_tables(text: str, taken: list[tuple[int, int]]) -> list[FlatTable]:
    lines = spaced_cells(lines_outside(text, taken))
    tables: list[FlatTable] = []
    i = 0
    while i < len(lines):
        header = _header_run(lines, i)
        if header is None:
            i += 1
            continue
        layout, body_start = header
        run_on = run_on_rows(text, lines, i, body_start)
        if run_on is not None:  # rows joined by spaces (…负责对接。 2 某项目): read by run_on_rows.py
            tables.append(run_on)
            i = next((k for k in range(body_start, len(lines)) if lines[k][0] >= run_on.end), len(lines))
            continue
        body = _body(lines, body_start, layout)
        rows = _owners_last(body, layout)
        end = max(r.end for r in rows) if rows else None  # the lines after its last row are text
        rows = rows or merged_task_rows(body, layout.columns) or _parse(_cells(body), layout)
        if len(rows) >= MIN_ROWS:
            tables.append(FlatTable(lines[i][0], end or body[-1][1], tuple(rows)))
        i = body_start + max(1, len(body))
    return tables


def _header_run(lines, i: int) -> tuple[_Layout, int] | None:
    meanings: list[ColumnMeaning] = []
    j = i
    while j < len(lines):
        meaning, after = header_at(lines, j, guess=False)
        if meaning is None:
            break
        meanings.append(meaning)
        j = after
    levelled = with_levels(meanings, named=False)  # rows here are named by their task
    roles = [m.role for m in levelled]
    if len(meanings) < MIN_HEADER or not any(r in OWNER_ROLES for r in roles):
        return None
    if not any(r in ("task", "content") for r in roles):
        return None
    owner_at = next(k for k, r in enumerate(roles) if r in OWNER_ROLES)
    values = [m for k, m in enumerate(meanings[owner_at + 1:], start=owner_at + 1)
              if m.role not in OWNER_ROLES and not _is_parent(meanings, k)]
    owner_roles = [r for r in roles if r in OWNER_ROLES]
    last = all(r in OWNER_ROLES for r in roles[owner_at:])
    years = tuple(m for m, r in zip(meanings[:owner_at], roles) if last and r in VALUE_ROLES)
    together = all(r in OWNER_ROLES for r in roles[owner_at:owner_at + len(owner_roles)])
    columns = TaskColumns(tuple(roles[:owner_at]), tuple(owner_roles) if together else (), tuple(values))
    return _Layout(tuple(r for r in roles[:owner_at] if r in PRE_ROLES), tuple(values), len(owner_roles),
                   owner_roles[0] == "lead" and "support" in owner_roles[1:],
                   "lead" if owner_roles == ["lead"] else "owner", years, tuple(owner_roles), columns,
                   tuple(levelled[1:owner_at]) if roles[0] == "index" else ()), j


def _is_parent(meanings: list[ColumnMeaning], k: int) -> bool:
    """年度工作目标 over 2020年 / 2021年: a group header, not a column of its own."""
    return meanings[k].role == "target" and k + 1 < len(meanings) and meanings[k + 1].role == "year"


def _body(lines, start: int, layout: _Layout):
    body = []
    dated = any(v.role in DATED_ROLES for v in layout.values)
    for k, line in enumerate(lines[start:], start=start):
        meaning = column_meaning(line[2], guess=False)
        if dated and meaning is not None and meaning.role == "year":
            meaning = None  # 2025年 under 实施年限: the row's year, not the header of a next table
        if STOP.match(line[2]) and not _groups_rows(lines, k) or meaning is not None and body:
            break
        body.append(line)
    return body


def _groups_rows(lines, k: int) -> bool:
    """一、知识产权保护方面(共5项) right before a row's number (maybe after other group rows whose rows were
    left out): a group row of the table, not a heading after it."""
    while k < len(lines) and GROUP_LINE.match(lines[k][2]):
        k += 1
    return k < len(lines) and INDEX.match(lines[k][2]) is not None


def _cells(body) -> list[CellText]:
    """Lines joined back into cells where a cell was broken (…、 / (邹区镇))."""
    cells: list[CellText] = []
    for start, end, line in body:
        previous = cells[-1] if cells else None
        if previous is not None and not INDEX.match(previous.text) and not INDEX.match(line) and (
                CONTINUES.search(previous.text) or CONTINUATION.match(line) or _open_title(previous.text)):
            cells[-1] = CellText(previous.text + line, previous.start, end)
        else:
            cells.append(CellText(line, start, end))
    return cells


def _open_title(text: str) -> bool:
    """《本市…推进海绵 / 城市建设的实施意见》: a title broken over lines, its closing mark still to come."""
    return text.count("《") > text.count("》")


def _may_name_units(text: str) -> bool:
    """A short cell without digits or sentence marks: maybe a unit the word lists do not know."""
    return len(text) <= MAX_UNIT_CELL and not DIGIT.search(text) and not SENTENCE_PUNCTUATION.search(text) \
        and not STOP.match(text)


class _Parser:
    """Walks the cells: number lines open rows, owner cells open blocks of value cells."""

    def __init__(self, cells: list[CellText], layout: _Layout) -> None:
        self.cells, self.layout = cells, layout
        self.numbers = row_numbers([c.text for c in cells])  # 150 under 投资总额 is no row's number
        self.k = len(layout.values)
        self.rows: list[TableRow] = []
        self.pending: list[CellText] = []
        self.index: CellText | None = None
        self.group: CellText | None = None
        self.task: CellText | None = None
        self.content: CellText | None = None
        self.owner: CellText | None = None
        self.support: CellText | None = None  # the block's cells after its lead, with a lead column
        self.before: tuple[tuple[ColumnMeaning, CellText], ...] = ()  # the row's value cells before its owner
        self.open_row = False

    def run(self) -> list[TableRow]:
        i = 0
        while i < len(self.cells):
            cell = self.cells[i]
            if self.numbers[i]:
                self._close_open_row()
                self.index, self.open_row = cell, True
                self.task, self.content, self.before = None, None, ()
                i += 1
            elif self._owner_here(i):
                i = self._block(i)
            else:
                self.pending.append(cell)
                i += 1
        self._close_open_row()
        return self.rows

    def _owner_here(self, i: int) -> bool | re.Match[str]:
        owner_at = i + self._pre_cells() - len(self.pending)  # where the row's owner cell falls by the rhythm
        if self.open_row and owner_at > i and owner_at < len(self.cells) and is_unit_cell(self.cells[owner_at].text):
            return False  # 精品街道 before 区城管局、…, 企业登记一网通办: the row's own cell, though it ends like a unit
        if is_unit_cell(self.cells[i].text):
            return True
        if self._opens_group(i) or self.layout.names_rows and self.open_row and not self.pending:
            return False  # a group's merged cell; a row's type cell right after its number (绿道)
        if self._lead_before_support(i):
            return True
        if self.k == 0 or not self.rows or self.pending or i + 1 >= len(self.cells):
            return False
        # an owner the word lists do not know: right after a block, and followed by exactly one block
        # (with a lead and a support column, by the block's other owner cells first)
        after = i + self.layout.owners + self.k
        if not all(is_unit_cell(c.text) for c in self.cells[i + 1:min(after - self.k, len(self.cells))]):
            return False
        return after >= len(self.cells) or self.numbers[after] or is_unit_cell(self.cells[after].text)

    def _opens_group(self, i: int) -> bool:
        """A merged group cell (策略) written once before its first row: the row's own cells follow it,
        then the row's owner."""
        if not self.layout.groups_unnumbered or self.pending or not self._pre_cells():
            return False
        owner_at = i + self._pre_cells() + 1
        return owner_at < len(self.cells) and is_unit_cell(self.cells[owner_at].text) \
            and not any(is_unit_cell(c.text) for c in self.cells[i + 1:owner_at])

    def _lead_before_support(self, i: int) -> bool:
        """A lead the word lists do not know (研考会): a short name before a known support unit, the
        block's first value after them a date (主办机关 / 协办机关 / 预定完成期限)."""
        first_value = i + self.layout.owners
        if self.layout.owners < 2 or not self.k or first_value >= len(self.cells) or not self.pending:
            return False
        return _may_name_units(self.cells[i].text) and is_unit_cell(self.cells[i + 1].text) \
            and self.layout.values[0].role in DATED_ROLES and DIGIT.search(self.cells[first_value].text) is not None

    def _pre_cells(self) -> int:
        return len([r for r in self.layout.roles if r in ("task", "content")])

    def _block(self, i: int) -> int:
        parts = [self.cells[i]]
        i += 1
        others = self.layout.owners - 1  # the support column's cell, known unit or not (研考会)
        while i < len(self.cells) and self.k and (
                is_unit_cell(self.cells[i].text) or others > 0 and _may_name_units(self.cells[i].text)):
            parts.append(self.cells[i])
            others -= 1
            i += 1
        lead = self.layout.lead_first and len(parts) > 1
        owner = _join_units(parts[:1] if lead else parts)
        self.support = _join_units(parts[1:]) if lead else None
        self._take_pending()
        values = []
        while len(values) < self.k and i < len(self.cells) and not self.numbers[i] \
                and not is_unit_cell(self.cells[i].text):
            values.append(self.cells[i])
            i += 1
        self.owner = owner
        self._emit(owner, values, first=self.open_row)
        self.open_row = False
        return i

    def _take_pending(self) -> None:
        pending, self.pending = self.pending, []
        by_column = _by_column(pending, self.layout.before)
        self.before = by_column[1] if by_column else ()
        if by_column:
            cells = by_column[0]
            self.group = cells.get("group", self.group)
            self.task, self.content = cells.get("task"), cells.get("content")
            return
        if not pending:
            return
        extra = len(pending) - self._pre_cells()
        if self.layout.groups_unnumbered and self._pre_cells() and extra > 0:
            self.group, pending = _join(pending[:extra]), pending[extra:]  # a new group's merged cell
        elif self.layout.names_rows and extra > 0:
            names = _leading_names(pending[:extra])
            if names:  # 海绵城市 / 建设管理 before the row's content: the row's own name, wrapped over lines
                self.task, pending = _join(pending[:names]), pending[names:]
        if "task" in self.layout.roles and "content" not in self.layout.roles \
                and not SENTENCE_END.search(pending[0].text):
            self.task = _join(pending)  # a task name wrapped over lines (建置开放资料 / 平台)
        elif len(pending) == 1 or "task" not in self.layout.roles:
            self.content = _join(pending) if "content" in self.layout.roles else None
            self.task = self.task if "content" in self.layout.roles else _join(pending)
        else:
            self.task, self.content = pending[0], _join(pending[1:])

    def _close_open_row(self) -> None:
        """A numbered row without an owner cell shares the owner above it (a merged cell)."""
        if self.open_row and self.pending and self.owner is not None:
            task_cells = self._pre_cells() or 1
            row_cells, self.pending = self.pending[:task_cells], self.pending[task_cells:]
            self.task, self.content = row_cells[0], _join(row_cells[1:]) if len(row_cells) > 1 else None
            self._emit(self.owner, [], first=True)
        if self.pending:
            self.group = _join(self.pending)
            self.pending = []
        self.open_row = False

    def _emit(self, owner: CellText, values: list[CellText], *, first: bool) -> None:
        """A row: the numbered row's first block starts at its number, later blocks at their owner."""
        owners = (("lead", owner), ("support", self.support)) if self.support is not None \
            else ((self.layout.owner_role, owner),)
        cells = {role: cell for role, cell in (("index", self.index), ("group", self.group), ("task", self.task),
                                               ("content", self.content), *owners) if cell is not None}
        opening = [c.start for c in (self.index, self.task, self.content) if c is not None]
        start = min([owner.start, *opening]) if first else owner.start
        end = max([owner.end, *(v.end for v in values), *((self.task.end,) if first and self.task else ())])
        pairs = tuple((m, v) for m, v in (*(self.before if first else ()), *zip(self.layout.values, values))
                      if m.role not in UNREAD_ROLES)
        self.rows.append(TableRow(start, end, cells, pairs, method="table"))


def _by_column(pending: list[CellText], before: tuple[ColumnMeaning, ...]):
    """A row whose cells between its number and its owner fill those columns one each, in a table with
    more there than names and content (项目名称 / 投资总额(亿元) / 类别 / 主要建设内容 / 牵头领导): each
    cell is its column's, amounts and years read as the row's values. None for other rows."""
    if len(pending) != len(before) or all(m.role in PRE_ROLES for m in before):
        return None
    cells = {m.role: c for m, c in zip(before, pending) if m.role in PRE_ROLES}
    return cells, tuple((m, c) for m, c in zip(before, pending) if m.role in VALUE_ROLES)


def _owners_last(body, layout: _Layout) -> list[TableRow]:
    """A table with its owner columns last, after its year columns, and rows anchored by their numbered
    task cell ((1)…) rather than by a number line: extract/tables/owners_last.py reads its lines."""
    if not layout.years or any(INDEX.match(text) for _, _, text in body):
        return []
    return owners_last_rows([CellText(text, start, end) for start, end, text in body], years=layout.years,
                            owner_roles=layout.owner_roles)


def _parse(cells: list[CellText], layout: _Layout) -> list[TableRow]:
    return _Parser(cells, layout).run()


def _join_units(cells: list[CellText]) -> CellText:
    """Owner cells as one list of units (区城管局、各街道)."""
    return CellText("、".join(c.text for c in cells), cells[0].start, cells[-1].end)


def _leading_names(cells: list[CellText]) -> int:
    """How many of the first cells are short words without sentence marks (a name wrapped over lines)."""
    count = 0
    for cell in cells:
        if len(cell.text) > MAX_NAME_LINE or SENTENCE_PUNCTUATION.search(cell.text):
            break
        count += 1
    return count


def _join(cells: list[CellText]) -> CellText | None:
    if not cells:
        return None
    return CellText("".join(c.text for c in cells), cells[0].start, cells[-1].end)
