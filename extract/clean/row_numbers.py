"""Rows of a table a crawler flattened into one line, each row's bare number (its 序号 cell, no mark) glued
onto the last cell of the row before: …序号项目名称…责任单位1甲项目…丙局2乙项目…。3丙项目….

After an index header (序号, 编号: the index words of column_roles.tsv) a row starts at a bare 1 and at each
next bare number glued onto the end of a row: a unit's name (the owner column closes the row) or a
sentence end (a duty column closes it). A number inside a figure (2578, 3000), one with an item
mark (1. 1、) or a unit of count (1个) is no row number; a run needs two rows, and a later bare 1 after a
row's end starts a new table's run (托育方面1…). Each row is cut onto its own line, its number given the
item mark 、 the outline reads (1、甲项目…), so 1065岁 (row 10 of a 65岁 indicator) stays apart as 10、65岁.
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import alternation, column_words, org_suffixes

# a bare row number glued onto the row's first cell: no digit or dash before it, no digit, mark, decimal point
# or space after it (a table whose cells a crawler kept apart with spaces is read as one: 1 甲项目 乙局)
BARE_NUMBER = re.compile(r"(?<![0-9\-.．])([1-9][0-9]?)(?![0-9.．、%％\s])")
ROW_END = "。;；"  # what closes a row whose last cell is prose
MIN_ROWS = 2
ROW_MARK = "、"


def cut_table_rows(line: str) -> str:
    """``line`` with a line break before each row number of the flattened tables after an index header."""
    header = _index_header().search(line)
    if header is None:
        return line
    cuts: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for match in BARE_NUMBER.finditer(line, header.end()):
        number, start = int(match.group(1)), match.start()
        if number == len(run) + 1 and (not run or _ends_row(line[:start])):
            run.append((start, match.end()))
        elif number == 1 and _ends_row(line[:start]):
            cuts += run if len(run) >= MIN_ROWS else []
            run = [(start, match.end())]
    cuts += run if len(run) >= MIN_ROWS else []
    for start, end in reversed(cuts):
        line = line[:start] + "\n" + line[start:end] + ROW_MARK + line[end:]
    return line


def _ends_row(text: str) -> bool:
    """``text`` ends as a row does: with a unit's name or a sentence end."""
    return bool(text) and (text[-1] in ROW_END or text.endswith(org_suffixes()))


@cache
def _index_header() -> re.Pattern[str]:
    return re.compile(alternation(column_words("index")))
