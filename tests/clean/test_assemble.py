"""Merged cells laid out as a browser lays them out (extract/clean/assemble.py: resolve_spans)."""
from __future__ import annotations

import pytest

from extract.clean.assemble import resolve_spans
from extract.clean.page import RawCell, RawTable

CASES = [
    ("no_spans", [["甲", "乙"], ["丙", "丁"]], [(0, 0, "甲"), (0, 1, "乙"), (1, 0, "丙"), (1, 1, "丁")]),
    ("a_rowspan_pushes_the_next_row_right", [[("甲", 2, 1), "乙"], ["丙"]],
     [(0, 0, "甲"), (0, 1, "乙"), (1, 1, "丙")]),
    ("a_block_two_by_two", [[("甲", 2, 2), "乙"], ["丙"], ["丁", "戊"]],
     [(0, 0, "甲"), (0, 2, "乙"), (1, 2, "丙"), (2, 0, "丁"), (2, 1, "戊")]),
    ("a_rowspan_in_the_middle", [["甲", ("乙", 3, 1), "丙"], ["丁", "戊"], ["己", "庚"]],
     [(0, 0, "甲"), (0, 1, "乙"), (0, 2, "丙"), (1, 0, "丁"), (1, 2, "戊"), (2, 0, "己"), (2, 2, "庚")]),
    ("a_rowspan_past_the_last_row", [[("甲", 5, 1), "乙"], ["丙"]], [(0, 0, "甲"), (0, 1, "乙"), (1, 1, "丙")]),
]


def _table(rows) -> RawTable:
    return RawTable(rows=tuple(tuple(RawCell(c) if isinstance(c, str) else RawCell(*c) for c in row) for row in rows))


@pytest.mark.parametrize(("rows", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_cell_stands_at_its_origin(rows, expected) -> None:
    assert [(r, c, text) for r, c, _, _, text in resolve_spans(_table(rows))] == expected
