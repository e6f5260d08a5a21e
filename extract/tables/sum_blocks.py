"""Sum rows that carry words, at the foot of a numbered table flattened one cell per line.

序号 | 建设时间 | 建设方式 | 类型 | 数量 | 面积, numbered rows, then 合计 | “十四五”期间 | 直接设置 | 等级 | 125 | 69.46
and rows under it with a cell or two fewer (社区 | 250 | 204.75; 配建设置 | 等级 | 2 | 6), maybe a second label
(总计 | 等级 | 148 | 81.86): each label is a cell merged over the number column (and more) of the rows of its
block, and the block's cells on the left are merged over its rows as in the numbered rows above. A row is its
words then its run of numbers; the row reader places them, a row with fewer words taking the cells it lacks
from the row above (the row carries them down), never across a label: a label's cell spans the left columns
of its rows, nothing above it runs on below it. The label names each row of its block (合计, 总计: a sum, no
one row's quota). The block ends at a line that is no row's (备注, a note).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .spaced_cells import STOP
from .rows import CellText, TableRow

MAX_WORD = 30  # a row's word cell: short (a sentence is a note under the table)
ReadRow = Callable[[CellText, list, dict], tuple[TableRow, dict]]


def carries_words(lines, at: int, is_number: Callable[[str], bool]) -> bool:
    """A sum label (合计) followed by a word cell, not by its numbers."""
    return at + 1 < len(lines) and _is_word(lines[at + 1][2]) and not is_number(lines[at + 1][2])


def sum_block_rows(lines, at: int, *, is_label: Callable[[str], bool], is_number: Callable[[str], bool],
                   width: int, read_row: ReadRow) -> tuple[list[TableRow], int]:
    """The rows of the sum block opened by the label at ``at``, and the line after them. ``read_row`` places
    a row's lines (words, then numbers) under the columns, given the cells of the row above by column."""
    rows: list[TableRow] = []
    above: dict = {}
    label: CellText | None = None
    i = at
    while i < len(lines):
        opened = is_label(lines[i][2])
        if opened:
            label, above = CellText(lines[i][2], lines[i][0], lines[i][1]), {}
        first = i + 1 if opened else i
        words = first
        while words < len(lines) and words - first < width and not is_number(lines[words][2]) \
                and _is_word(lines[words][2]) and not (words > first and is_label(lines[words][2])):
            words += 1
        end = words
        while end < len(lines) and is_number(lines[end][2]):
            end += 1
        if label is None or end == words or words == first and not rows:
            break
        row, above = read_row(label, lines[first:end], above)
        row = replace(row, names=(label, *row.names), cells={k: c for k, c in row.cells.items() if k != "index"})
        rows.append(row if opened else replace(row, start=lines[first][0]))  # a row under the label: its own cells
        i = end
    return rows, i


def _is_word(text: str) -> bool:
    return len(text) <= MAX_WORD and not STOP.match(text)
