"""Unnumbered value tables whose rows come in groups under merged cells (街镇 | 类型 | 2022年任务(万m2) …,
two rows a town, a cell merged over both in the middle), flattened one cell per line: the same
records as the real table. A row's numbers go under the columns where they keep one proportion to
the group's first row; a wrapped name is one cell; a sum row (总计) is nobody's."""

import pytest

import extract
from extract.tables.columns import column_meaning

HEAD = "# 某区公共绿地建设方案\n\n发布日期：2022-03-01\n\n各镇要按计划推进公共绿地建设，确保2023年底前完成全部建设任务。\n\n"
TAIL = "\n\n二、保障措施\n\n加强组织领导。\n"
HEADER = ["街镇", "类型", "2022年任务(万m2)", "2023年任务(万m2)", "2023年底总量(万m2)", "2023年规划人口(万)",
          "2023年人均绿地面积(m2)"]
BODY = [  # (town, type, numbers); the town's population (10.00 …) is merged over its two rows
    (("东山镇", "公园"), ["1.20", "1.30", "2.50", "10.00", "0.25"]),
    (("东山镇", "街心"), ["0.40", "0.60", "1.00", None, "0.10"]),
    (("西河", "公园"), ["2.10", "2.20", "4.30", "20.00", "0.22"]),
    (("西河", "街心"), ["0.80", "0.90", "1.70", None, "0.09"]),
    (("总计", "公园"), ["3.30", "3.50", "6.80", "30.00", "0.23"]),
    (("总计", "街心"), ["1.20", "1.50", "2.70", None, "0.09"]),
]
WRAPPED = {"西河": ["西河", "旅游区"]}  # a town's name wrapped in its cell
EXPECTED = {
    (12000, "2022-12-31", ("东山镇",)), (13000, "2023-12-31", ("东山镇",)), (25000, "2023-12-31", ("东山镇",)),
    (0.25, "2023-12-31", ("东山镇",)),
    (4000, "2022-12-31", ("东山镇",)), (6000, "2023-12-31", ("东山镇",)), (10000, "2023-12-31", ("东山镇",)),
    (0.1, "2023-12-31", ("东山镇",)),  # under 人均, not under the merged 规划人口
    (21000, "2022-12-31", ("西河旅游区",)), (22000, "2023-12-31", ("西河旅游区",)),
    (43000, "2023-12-31", ("西河旅游区",)), (0.22, "2023-12-31", ("西河旅游区",)),
    (8000, "2022-12-31", ("西河旅游区",)), (9000, "2023-12-31", ("西河旅游区",)),
    (17000, "2023-12-31", ("西河旅游区",)), (0.09, "2023-12-31", ("西河旅游区",)),
    (33000, "2022-12-31", ()), (35000, "2023-12-31", ()), (68000, "2023-12-31", ()), (0.23, "2023-12-31", ()),
    (12000, "2022-12-31", ()), (15000, "2023-12-31", ()), (27000, "2023-12-31", ()), (0.09, "2023-12-31", ()),
}


def _html() -> str:
    rows = ["<tr>" + "".join(f"<td>{h}</td>" for h in HEADER) + "</tr>"]
    for k, ((town, kind), numbers) in enumerate(BODY):
        name = "".join(WRAPPED.get(town, [town]))
        first = f'<td rowspan="2">{name}</td>' if k % 2 == 0 else ""
        cells = "".join(f'<td rowspan="2">{n}</td>' if k % 2 == 0 and c == 3 else f"<td>{n}</td>"
                        for c, n in enumerate(numbers) if n is not None)
        rows.append(f"<tr>{first}<td>{kind}</td>{cells}</tr>")
    return ("<html><body><h1>某区公共绿地建设方案</h1><p>发布日期：2022-03-01</p>"
            "<p>各镇要按计划推进公共绿地建设，确保2023年底前完成全部建设任务。</p><p>附表1</p>"
            "<p>“十四五”期间全区公共绿地建设推进计划表</p><table>" + "".join(rows) + "</table>"
            "<p>二、保障措施</p><p>加强组织领导。</p></body></html>")


def _flattened() -> str:
    lines = ["附表1", "“十四五”期间全区公共绿地建设推进计划表"]
    lines += [h.replace("(万m2)", "\n(万m2)") if h.startswith("2022") else h for h in HEADER]  # a unit on its own line
    for k, ((town, kind), numbers) in enumerate(BODY):
        lines += (WRAPPED.get(town, [town]) if k % 2 == 0 else []) + [kind] + [n for n in numbers if n is not None]
    return HEAD + "\n\n".join(lines) + TAIL


def _records(tmp_path, name: str, text: str) -> set:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    targets = extract.extract(path, use_model=False).targets
    return {(float(t.value), t.deadline, tuple(t.owners)) for t in targets if t.method == "table" and t.unit == "m2"}


def test_the_flattened_table_gives_the_real_tables_records(tmp_path):
    expected = {(float(v), d, o) for v, d, o in EXPECTED}
    assert _records(tmp_path, "plan.html", _html()) == expected
    assert _records(tmp_path, "plan.md", _flattened()) == expected


def test_a_row_that_lacks_the_merged_cells_has_no_number_under_them(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(_flattened(), encoding="utf-8")
    per_head = [t for t in extract.extract(path, use_model=False).targets if t.value == 0.1]
    assert [t.indicator for t in per_head] == ["东山镇人均绿地面积"]


def test_a_year_column_keeps_its_unit_note():
    meaning = column_meaning("2021年任务(万m2)")
    assert (meaning.role, meaning.year, meaning.unit, meaning.multiplier) == ("year", 2021, "m2", 10000)


@pytest.mark.parametrize(("value", "owners", "deadline", "indicator_end"), [
    (38000, ("南桥镇",), "2022-12-31", "南桥镇"),  # 南桥镇 | 等级 | … | 3.80
    (446500, ("南桥镇",), "2025-12-31", "底总量"),  # its second row (社区), 44.65 under 2025年底总量
    (1.61, ("南桥镇",), "2025-12-31", "人均避难面积"),  # the second row's last number: not under 规划人口
    (6500, ("海湾旅游区",), "2022-12-31", "海湾旅游区"),  # a town's name wrapped over two lines
], ids=["first-row", "second-row-total", "second-row-per-head", "wrapped-name"])
def test_o_008_yearly_plan_by_town(o_008, value, owners, deadline, indicator_end):
    found = [t for t in o_008.targets if t.value == value and tuple(t.owners) == owners and t.deadline == deadline
             and t.unit == "m2"]
    assert found and found[0].indicator.endswith(indicator_end)


def test_o_008_sum_rows_are_nobodys(o_008):
    assert [tuple(t.owners) for t in o_008.targets if t.value == 2047500 and t.unit == "m2"] == [()]
