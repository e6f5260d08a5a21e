"""A table of data or one laying a page out (extract/clean/html.py: is_data_table)."""
from __future__ import annotations

import pytest

from extract.clean.html import is_data_table
from extract.clean.tree import parse_document

CASES = [
    ("two_filled_rows", "<table><tr><td>指标</td><td>目标</td></tr><tr><td>绿地</td><td>5</td></tr></table>", True),
    ("rows_in_tbody_and_thead", "<table><thead><tr><th>项目</th><th>单位</th></tr></thead>"
     "<tbody><tr><td>道路</td><td>公里</td></tr></tbody></table>", True),
    ("one_row", "<table><tr><td>指标</td><td>目标</td></tr></table>", False),
    ("one_filled_row", "<table><tr><td>指标</td><td>目标</td></tr><tr><td>绿地</td><td> </td></tr></table>", False),
    ("a_table_in_a_cell", "<table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td>"
     "<td><div><table><tr><td>丁</td></tr></table></div></td></tr></table>", False),
    ("a_table_in_a_header_cell", "<table><thead><tr><th><table><tr><td>戊</td></tr></table></th><th>己</th></tr>"
     "</thead><tr><td>庚</td><td>辛</td></tr><tr><td>壬</td><td>癸</td></tr></table>", False),
    ("filled_rows_far_apart", "<table><tr><td>甲</td><td>乙</td></tr>" + "<tr><td>丙</td></tr>" * 50
     + "<tr><td>丁</td><td>戊</td></tr></table>", True),
]


@pytest.mark.parametrize(("markup", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_is_data_table(markup: str, expected: bool) -> None:
    table = next(parse_document(f"<html><body>{markup}</body></html>").iter("table"))
    assert is_data_table(table) is expected
