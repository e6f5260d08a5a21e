"""Owner cells at the end of a task table's rows where a crawler ran each row's cells into one line.

A table 工作任务 | 工作要求 | 牵头单位 | 配合/责任单位 saved as text keeps its header as one line and each row as
its item (1.增强…) with the unit cells glued after the item's last sentence (…营商环境。区经济发展局区行政审批局
区直各有关单位,各区属事业单位), or on a line of their own when the cell before them was empty. Below a header
line that names an owner column, a row's trailing run of units is its owner cell; where the header names a
lead column (牵头单位), the first unit leads. The rows are the outermost items that end with such a cell
and group no rows: not 一、加强… over its rows 1.…2.… (a bare title, or two of its items with cells), nor the
points 1.…4. inside a row's cell (1、土地政策1.…4.…。区资源生态局). Prose never gets here: without a header naming
an owner column, a sentence's closing list of units stays the sentence's.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..document import Section
from ..lexicon import alternation, column_roles, column_words
from ..rules.owners import Owners
from .rows import OWNER_ROLES
from .unit_cells import cell_units

SENTENCE_END = re.compile("[。;；!！?？]")
HEADER_MARKS = re.compile("[。;；,，:：]")  # a line with these is a sentence, not a header row
OTHER_ROLES = ("index", "group", "task", "content", "criteria", "deadline")  # what an owner column stands beside
MAX_HEADER = 80
MAX_CELL = 80
MIN_ROWS = 2


def row_tail_owners(text: str, outline: Section) -> dict[int, Owners]:
    """The owners of each row item (by its start) of the flattened task tables in ``text``."""
    headers = list(_headers(text))
    found: dict[int, Owners] = {}
    for n, (start, leads) in enumerate(headers):
        stop = headers[n + 1][0] if n + 1 < len(headers) else len(text)
        cells = {s.start: cell for s in _items(outline)
                 if start <= s.start < stop and (cell := _tail_cell(text, s)) is not None}
        rows = list(_rows(text, outline, cells))
        if len(rows) < MIN_ROWS:
            continue
        for row in rows:
            units, own_line = cells[row.start]
            lead = units[:1] if leads and not own_line else ()  # on its own line: the lead cell was empty
            found[row.start] = Owners(tuple(units), lead, tuple(u for u in units if u not in lead) if lead else ())
    return found


def _headers(text: str) -> Iterator[tuple[int, bool]]:
    """Where each header line naming an owner column beside another column starts, and whether it names a lead
    column."""
    position = 0
    for line in text.split("\n"):
        words = _column_word().findall(line) if len(line) <= MAX_HEADER and not HEADER_MARKS.search(line) else []
        roles = {column_roles()[w] for w in words}
        if roles & set(OWNER_ROLES) and roles & set(OTHER_ROLES):
            yield position, "lead" in roles
        position += len(line) + 1


def _items(section: Section) -> Iterator[Section]:
    """Every item below ``section``, in document order."""
    for child in section.children:
        yield child
        yield from _items(child)


def _groups_rows(text: str, section: Section, cells: dict[int, tuple[list[str], bool]]) -> bool:
    """An item over rows (一、加强…, then its rows 1.…2.… each ending with its cells): two or more of its items
    end with cells, or its own words before them are a bare title that closes no sentence."""
    if not section.children:
        return False
    own = text[section.start:section.children[0].start]
    return sum(c.start in cells for c in section.children) >= MIN_ROWS or not SENTENCE_END.search(own)


def _rows(text: str, section: Section, cells: dict[int, tuple[list[str], bool]]) -> Iterator[Section]:
    """The outermost items ending with cells that are no groups over rows: the points inside a row's cell
    (1、土地政策1.…3.…4.…。区资源生态局) are not rows of their own."""
    for child in section.children:
        if child.start in cells and not _groups_rows(text, child, cells):
            yield child
        else:
            yield from _rows(text, child, cells)


def _tail_cell(text: str, section: Section) -> tuple[list[str], bool] | None:
    """The units after the item's last sentence on its last line (…环境。区经济发展局区直各有关单位), or on a
    last line of their own after a line that closes a sentence; and whether they stand on a line of their own."""
    lines = text[section.start:section.end].rstrip().split("\n")
    last = lines[-1].strip()
    ends = list(SENTENCE_END.finditer(last))
    if ends:
        cell, own_line = last[ends[-1].end():].strip(), False
    elif len(lines) > 1 and SENTENCE_END.search(lines[-2].rstrip()[-1:] or "\n"):
        cell, own_line = last, True
    else:
        return None
    units = cell_units(cell) if 0 < len(cell) <= MAX_CELL else []
    return (units, own_line) if units else None


@cache
def _column_word() -> re.Pattern[str]:
    return re.compile(alternation(column_words(*OWNER_ROLES, *OTHER_ROLES)))
