"""Task tables flattened one cell per line whose owner columns come last, after one column per year
(分类 | 方向 | 重点任务 | 2024年 | 2025年 | 2026年 | 牵头部门 | 配合部门 | 实施主体).

A row is anchored by its numbered task cell ((1)建设…). Before it stand the group cells that changed
((一) / 提升…, 1、改善…: merged cells, written once over their rows); after it one cell per year column,
then its owner cells, each a list of units. A row that leaves its owner cells out shares those of the
row above (a merged cell). A year cell broken over lines (ending in ；, or a 注: line under it) is joined
back; when a row's year cells still do not count one per column, the row keeps its task and owners and
its year cells are left to sentence extraction.
"""
from __future__ import annotations

import re
from functools import cache

from ..chars import ORDINAL_NUMERALS
from ..lexicon import alternation, word_list
from ..rules.unit_lists import split_units
from ..rules.unit_names import is_unit
from .columns import ColumnMeaning
from .rows import CellText, TableRow

ANCHOR = re.compile(r"^[(（](\d{1,3})[)）](?=\S)")
GROUP_MARK = re.compile(f"^(?:[(（][{ORDINAL_NUMERALS}]+[)）]|\\d{{1,2}}[、．](?!\\d))")
BARE_GROUP_MARK = re.compile(f"^[(（][{ORDINAL_NUMERALS}]+[)）]$")  # (一) alone, its name on the next line
CELL_GOES_ON = re.compile("[;；]$")
OWNER_PUNCTUATION = re.compile(r"[。;；:：]")
MIN_ROWS = 2


@cache
def _note_label() -> re.Pattern[str]:
    """注: under a year cell: a note of that cell."""
    return re.compile(f"^(?:{alternation(word_list('note_labels.tsv'))}) ?[:：]")


def owners_last_rows(cells: list[CellText], *, years: tuple[ColumnMeaning, ...],
                     owner_roles: tuple[str, ...]) -> list[TableRow]:
    """The rows of the table whose body is ``cells``: [] when fewer than two rows are anchored."""
    anchors = [k for k, c in enumerate(cells) if ANCHOR.match(c.text)]
    if len(anchors) < MIN_ROWS:
        return []
    rows: list[TableRow] = []
    group = _group(cells[:anchors[0]])
    owners: list[CellText] = []
    for n, at in enumerate(anchors):
        following = anchors[n + 1] if n + 1 < len(anchors) else len(cells)
        segment = cells[at + 1:following]
        opening = _next_group_at(segment, len(years))
        values, own, rest = _split(segment[:opening], len(years))
        if own:
            owners = own
        if rest and n + 1 < len(anchors):
            values = []  # cells that fit no column: the row's year cells are out of step
        rows.append(_row(cells[at], group, values, years, owners, owner_roles))
        if n + 1 < len(anchors):
            group = _group(segment[opening:]) or group
    return rows


def _next_group_at(segment: list[CellText], width: int) -> int:
    """Where the next group's merged cells start, after the row's year cells: (二)…, 7、…."""
    return next((k for k, c in enumerate(segment) if k >= width and GROUP_MARK.match(c.text)), len(segment))


def _split(cells: list[CellText], width: int) -> tuple[list[CellText], list[CellText], list[CellText]]:
    """The row's year cells (joined back where broken, when there are more lines than columns), its owner
    cells right after them, and what is left."""
    used = next((k for k, c in enumerate(cells) if k >= width and _is_owner(c)), len(cells))
    lines = cells[:used]
    joined = _joined_back(lines) if len(lines) > width else lines
    owners: list[CellText] = []
    while used < len(cells) and _is_owner(cells[used]):
        owners.append(cells[used])
        used += 1
    return (joined if len(joined) == width else []), owners, cells[used:]


def _joined_back(lines: list[CellText]) -> list[CellText]:
    """Lines as cells: a line after one ending in ；, or a 注: line, goes on the cell above."""
    joined: list[CellText] = []
    for line in lines:
        if joined and (CELL_GOES_ON.search(joined[-1].text) or _note_label().match(line.text)):
            joined[-1] = CellText(joined[-1].text + line.text, joined[-1].start, line.end)
        else:
            joined.append(line)
    return joined


def _is_owner(cell: CellText) -> bool:
    if OWNER_PUNCTUATION.search(cell.text):
        return False
    units = split_units(cell.text)
    return bool(units) and all(is_unit(u) for u in units)


def _group(cells: list[CellText]) -> CellText | None:
    """The innermost group the cells open: (一) / 提升… / 1、改善… → 1、改善…."""
    marked = [k for k, c in enumerate(cells) if GROUP_MARK.match(c.text)]
    if not marked:
        return None
    last = marked[-1]
    name = cells[last:last + 2] if BARE_GROUP_MARK.match(cells[last].text) else cells[last:last + 1]
    return CellText("".join(c.text for c in name), name[0].start, name[-1].end)


def _row(task: CellText, group: CellText | None, values: list[CellText], years: tuple[ColumnMeaning, ...],
         owners: list[CellText], owner_roles: tuple[str, ...]) -> TableRow:
    number = ANCHOR.match(task.text)
    cells: dict[str, CellText] = {"index": CellText(number.group(1), task.start + 1, task.start + number.end() - 1),
                                  "task": _without_stop(CellText(task.text[number.end():], task.start + number.end(),
                                                                 task.end))}
    if group is not None:
        cells["group"] = group
    cells.update(_owner_cells(owners, owner_roles))
    end = max([task.end, *(c.end for c in (*values, *owners))])  # a row sharing the owners above ends as before
    return TableRow(task.start, end, cells, tuple(zip(years, values)), method="table")


def _without_stop(cell: CellText) -> CellText:
    """建设…300条。 → 建设…300条: the task's name, without the full stop its cell ends with."""
    text = cell.text.rstrip("。")
    return CellText(text, cell.start, cell.start + len(text))


def _owner_cells(owners: list[CellText], roles: tuple[str, ...]) -> dict[str, CellText]:
    """The owner cells by column: one a column; more cells than columns, the first ones lead (a lead cell
    broken over lines); fewer, all of them as the row's owners, their column unknown."""
    if not owners:
        return {}
    if len(owners) < len(roles):
        return {"owner": _joined(owners)}
    extra = len(owners) - len(roles)
    by_role: dict[str, list[CellText]] = {}
    for k, role in enumerate(roles):
        by_role.setdefault(role, []).extend(owners[:extra + 1] if k == 0 else owners[extra + k:extra + k + 1])
    return {role: _joined(parts) for role, parts in by_role.items()}


def _joined(cells: list[CellText]) -> CellText:
    return CellText("、".join(c.text for c in cells), cells[0].start, cells[-1].end)
