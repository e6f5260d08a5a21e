"""Owners a table's group row names for the rows beneath it: 一、通用考核项目(全部责任单位) owns
组织领导, 日常工作 … until the next group row, where those rows have no owner cell of their own."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..chars import ORDINAL_NUMERALS
from ..document import Table
from ..lexicon import word_list
from ..rules.unit_lists import split_units
from ..rules.unit_names import is_unit
from .rows import OWNER_ROLES, CellText, TableRow

GROUP_INDEX = re.compile(f"^[{ORDINAL_NUMERALS}]+[、.．]?$")
NOTE = re.compile(r"[(（]([^()（）]{2,40})[)）]\s*$")


def note_owner(cell: CellText) -> CellText | None:
    """The units a group label's closing bracket names (全部责任单位), as a cell of their own; None when
    the note is no list of units (南昌市(8个)) or names a grade (等级(Ⅰ类固定中心))."""
    found = NOTE.search(cell.text)
    if found is None or found.group(1).startswith(word_list("grade_marks.tsv")):
        return None
    units = split_units(found.group(1))
    if not units or not all(is_unit(u) for u in units):
        return None
    return CellText(found.group(1), cell.start + found.start(1), cell.start + found.end(1))


def is_group_row(row: TableRow) -> bool:
    """A row numbered by an ordinal (一、, 二、) among rows numbered 1, 2, 3: the head of a group."""
    index = row.get("index")
    return index is not None and GROUP_INDEX.match(index.text.strip()) is not None


def group_labels(table: Table) -> list[CellText]:
    """The table's rows that are one merged cell across it (一、南昌市(8个)): group labels, not rows."""
    labels = []
    for row in table.grid():
        present = {id(cell): cell for cell in row if cell is not None and cell.text}
        if len(present) == 1 and len(row) > 1:
            (cell,) = present.values()
            labels.append(CellText(cell.text, cell.start, cell.end))
    return labels


def with_group_owners(rows: list[TableRow], labels: Sequence[CellText] = ()) -> list[TableRow]:
    """The rows, each row without owner cells owned by the units its group names: a group row's label
    (一、 | 通用考核项目(全部责任单位)), a label across the table, or the row's own group cell."""
    owned: list[TableRow] = []
    owner: CellText | None = None
    pending = sorted(labels, key=lambda c: c.start)
    for row in rows:
        while pending and pending[0].start <= row.start:
            owner = note_owner(pending.pop(0))
        if is_group_row(row):
            label = row.get("task") or row.get("content") or (row.names[0] if row.names else None)
            owner = note_owner(label) if label is not None else None
            owned.append(row)
            continue
        group = row.get("group")
        own = note_owner(group) if group is not None else None
        if (own or owner) is not None and not any(role in row.cells for role in OWNER_ROLES):
            row = replace(row, cells={**row.cells, "owner": own or owner})
        owned.append(row)
    return owned
