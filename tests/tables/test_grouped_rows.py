"""Unnumbered value tables whose rows come in groups under merged cells (街镇 | 类型 | 2022年任务(万m2) …,
two rows a town, a cell merged over both in the middle), flattened one cell per line: the same
records as the real table. A group's later row fills the columns the header gives a measure, from
the left (not the merged 规划人口); a wrapped name is one cell; a sum row (总计) is nobody's. A header
with a second row (建设面积(公顷) over 片区 | 总计) and a cell broken over lines is read too."""

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
    # 附表1's 总计 | 社区 row, and the project table's two sum rows of the same total (合计, 总计: test_sum_blocks.py)
    assert [tuple(t.owners) for t in o_008.targets if t.value == 2047500 and t.unit == "m2"] == [(), (), ()]


SPLIT_HEADER = ["年份", "建设区域", "建设面积", "(公顷)", "建设区域", "占比", "片区", "总计"]  # a second row, 占比 broken
SPLIT_BODY = [("2026年", "东湖片区", ["3.10", "3.10", "10%"]), ("2027年", "西岭片区", ["2.20", "7.00", "23%"]),
              (None, "南塘片区", ["1.70"]), ("2028年", "北港片区", ["4.00", "11.00", "36%"])]


def _split_table() -> str:
    lines = ["表1 某区雨水花园建设推进计划表", *SPLIT_HEADER]
    for year, area, numbers in SPLIT_BODY:
        lines += [c for c in (year, area) if c] + numbers
    return "# 某区雨水花园建设方案\n发布日期：2025-03-01\n各片区按计划推进建设。\n" + "\n".join(lines) + TAIL


def _split_html() -> str:
    rows = ['<tr><td rowspan="2">年份</td><td rowspan="2">建设区域</td><td colspan="2">建设面积（公顷）</td>'
            '<td rowspan="2">占比</td></tr><tr><td>片区</td><td>总计</td></tr>']
    for k, (year, area, numbers) in enumerate(SPLIT_BODY):
        merged = k + 1 < len(SPLIT_BODY) and SPLIT_BODY[k + 1][0] is None
        span = ' rowspan="2"' if merged else ""
        cells = [f"<td{span}>{year}</td>" if year else "", f"<td>{area}</td>", f"<td>{numbers[0]}</td>",
                 *(f"<td{span}>{n}</td>" for n in numbers[1:])]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return ("<html><body><h1>某区雨水花园建设方案</h1><p>发布日期：2025-03-01</p><p>各片区按计划推进建设。</p>"
            "<p>表1 某区雨水花园建设推进计划表</p><table>" + "".join(rows) + "</table>"
            "<p>二、保障措施</p><p>加强组织领导。</p></body></html>")


def _areas(tmp_path, name: str, text: str) -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    targets = extract.extract(path, use_model=False).targets
    return sorted((float(t.value), t.deadline, t.indicator[:4]) for t in targets if t.unit == "公顷")


SPLIT_EXPECTED = [(1.7, "2027-12-31", "南塘片区"), (2.2, "2027-12-31", "西岭片区"), (3.1, "2026-12-31", "东湖片区"),
                  (3.1, "2026-12-31", "东湖片区"), (4.0, "2028-12-31", "北港片区"), (7.0, "2027-12-31", "西岭片区"),
                  (11.0, "2028-12-31", "北港片区")]


def test_a_second_header_row_splits_the_column_with_a_unit(tmp_path):
    assert _areas(tmp_path, "plan.md", _split_table()) == SPLIT_EXPECTED


def test_a_total_merged_over_a_years_rows_is_read_once_in_a_real_table(tmp_path):
    assert _areas(tmp_path, "plan.html", _split_html()) == SPLIT_EXPECTED  # 7.00 is 2027's, not 南塘片区's


@pytest.mark.parametrize(("value", "deadline", "indicator"), [
    (4.73, "2024-12-31", "远香湖南片区达标区域面积"),  # 2024年 | 远香湖南 | 4.73 | 40.39 | 40%
    (40.39, "2024-12-31", "远香湖南总计达标区域面积"),  # under 总计, the second header row
    (10.46, "2024-12-31", "嘉北公园二期片区达标区域面积"),  # the year's second row: under 片区, its year the row above's
    (25.2, "2023-12-31", "嘉定新城中心城区、嘉北公园一期、城北大居西、城北大居东片区达标区域面积"),  # a name broken after 、
], ids=["first-row", "total", "second-row", "broken-name"])
def test_g_015_yearly_areas(g_015, value, deadline, indicator):
    assert [t.deadline for t in g_015.targets if t.value == value and t.indicator == indicator] == [deadline]


def test_g_015_a_years_second_row_has_no_total(g_015):
    assert not [t for t in g_015.targets if t.indicator.startswith(("嘉北公园二期", "云翔大居")) and "总计" in t.indicator]
