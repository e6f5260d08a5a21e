"""The lines the flattened-table readers look at: those starting outside the tables already taken."""
from __future__ import annotations

import pytest

from extract.tables.flattened import lines_outside

TEXT = "甲\n乙乙\n\n丙\n丁丁丁\n戊\n"  # lines start at 0, 2, 6, 8, 12


@pytest.mark.parametrize(("taken", "starts"), [
    ([], [0, 2, 6, 8, 12]),
    ([(2, 5)], [0, 6, 8, 12]),
    ([(8, 12), (0, 1)], [2, 6, 12]),  # unsorted; a span ending where a line starts leaves that line
    ([(1, 9), (3, 4)], [0, 12]),  # one inside another
    ([(0, 3), (2, 7)], [8, 12]),  # overlapping
    ([(7, 8)], [0, 2, 6, 8, 12]),  # between lines
    ([(0, 100)], []),
], ids=["none", "one", "unsorted", "nested", "overlapping", "between", "all"])
def test_lines_starting_in_a_taken_span_are_left_out(taken, starts):
    assert [start for start, _, _ in lines_outside(TEXT, taken)] == starts
