"""Numbered task tables flattened one cell per line whose name and owner cells were merged over rows."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.tables.columns import ColumnMeaning
from extract.tables.flattened import flattened_tables
from extract.tables.merged_rows import TaskColumns, merged_task_rows
from tests.corpus import extra_path, read_cached

# invented: the 任务名称 cell is merged over rows 1-2, the 牵头/配合 cells of row 3 wrap over lines
INVENTED = """附件
序号
任务名称
任务内容
牵头部门
配合部门
完成时限
1
整治背街小巷
完成老旧街巷改造12条,同步更新路灯。
区建设局
各街道
2024年6月
2
建立巷长制,每条街巷明确一名巷长。
区城管局
各街道
2024年
3
提升绿化品质
新增口袋公园5个。
区园林局、
区建设局
区财政局、
各街道
2024年9月
"""


def rows_of(text: str):
    (table,) = flattened_tables(text, [])
    return table.rows


def cells(row) -> dict[str, str]:
    return {role: cell.text for role, cell in row.cells.items()}


def test_a_row_without_its_name_cell_takes_the_merged_name_above():
    first, second, _ = rows_of(INVENTED)
    assert cells(second)["task"] == cells(first)["task"] == "整治背街小巷"
    assert second.inherited == frozenset({"task"}) and not first.inherited
    assert cells(second)["content"] == "建立巷长制,每条街巷明确一名巷长。"
    assert (cells(second)["lead"], cells(second)["support"]) == ("区城管局", "各街道")


def test_wrapped_unit_lines_fill_the_lead_and_the_support_column():
    third = rows_of(INVENTED)[2]
    assert (cells(third)["lead"], cells(third)["support"]) == ("区园林局、区建设局", "区财政局、各街道")
    assert [cell.text for _, cell in third.values] == ["2024年9月"]


def test_the_merged_name_is_read_for_targets_on_its_first_row_only():
    result = extract_document(document_from_bytes(INVENTED.encode("utf-8"), name="plan.txt", suffix=".txt"))
    tasks = [t for t in result.tasks if t.method == "table"]
    assert [t.title for t in tasks] == ["整治背街小巷", "整治背街小巷", "提升绿化品质"]
    assert [t.deadline for t in tasks] == ["2024-06-30", "2024-12-31", "2024-09-30"]
    (parks,) = [t for t in result.targets if t.value == 5]
    assert (parks.owners, parks.deadline) == (("区园林局", "区建设局", "区财政局", "各街道"), "2024-09-30")


def test_a_table_without_a_content_column_is_left_to_the_rhythm_reader():
    columns = TaskColumns(("group", "index", "task"), ("owner",), ())
    assert merged_task_rows([(0, 1, "1"), (2, 6, "推进改造"), (7, 11, "区建设局")], columns) == []


def test_a_table_whose_rows_name_no_units_is_no_task_table():
    columns = TaskColumns(("index", "task", "content"), ("owner",), (ColumnMeaning("deadline", "完成时限"),))
    lines = [(0, 1, "1"), (2, 6, "推进改造"), (7, 20, "完成改造。"), (21, 30, "2024年"),
             (31, 32, "2"), (33, 40, "新建公园。"), (41, 50, "2025年")]
    assert merged_task_rows(lines, columns) == []


@pytest.fixture(scope="module")
def j005():
    return extract_document(read_cached(extra_path("corpus", "j-005.txt")))


@pytest.mark.parametrize("evidence, title, lead, support, deadline", [
    ("建立健全“两级政府、三级管理、四级落实”", "加强组织领导", ("区政府办公室",), ("各街镇",), "2019-06-30"),
    ("将生活垃圾管理作为生态文明建设", "加强组织领导", ("区委组织部",), ("区绿化市容局",), "2019-12-31"),
    ("加快推进本区湿垃圾处理项目", "提高处理能力", ("区政府办公室", "区绿化市容局"), ("区规划资源局", "区重大办"),
     "2019-12-31"),
    ("党政机关、公共机构垃圾分类完成全覆盖", "推进全面覆盖", ("区机管局",), ("区绿化市容局", "区党政机关", "公共机构"),
     "2019-09-30"),
], ids=["merged-name", "bracket-note", "wrapped-lead", "three-unit-lines"])
def test_j005_rows_of_the_task_list_with_merged_names(j005, evidence, title, lead, support, deadline):
    (row,) = [t for t in j005.tasks if t.method == "table" and evidence in t.text]
    assert (row.title, row.lead_owners, row.support_owners, row.deadline) == (title, lead, support, deadline)


def test_j005_targets_of_a_row_take_its_owners_and_deadline(j005):
    (vehicles,) = [t for t in j005.targets if t.value == 80 and t.unit == "辆"]
    assert (vehicles.owners, vehicles.deadline) == (("区绿化市容局", "各街镇"), "2019-12-31")


def test_j001_a_group_row_after_an_unowned_row_opens_the_next_group():
    tasks = [t for t in extract_document(read_cached(extra_path("corpus", "j-001.txt"))).tasks if t.method == "table"]
    (row29,) = [t for t in tasks if t.text.startswith("29\n")]
    (row39,) = [t for t in tasks if t.text.startswith("39\n")]
    assert "推进机制" not in row29.text and row29.owners == ("各交通行业企业", "市道路运输局", "市邮政管理局")
    assert row39.path == ("建立健全“光伏+”推进机制",) and "加强综合政策引导" in row39.text
    assert row39.owners == ("市发展改革委",)



# invented: a name holding a comma; row 2 shares both the name and the units of row 1 (merged cells)
SHARED_UNITS = """序号
任务名称
任务内容
责任单位
完成时限
1
强化规划引领,优化布局
编制专项规划,明确建设时序和重点片区。
区规划局
2024年
2
完成控制性详细规划调整。
2025年
3
健全考核机制
建立季度通报制度,纳入年度绩效考核。
区督查室
2024年12月
"""


def test_a_row_without_units_shares_the_units_above_and_keeps_its_own_date():
    first, second, third = rows_of(SHARED_UNITS)
    assert cells(first)["task"] == "强化规划引领,优化布局"
    assert (cells(second)["task"], cells(second)["owner"]) == ("强化规划引领,优化布局", "区规划局")
    assert cells(second)["content"] == "完成控制性详细规划调整。"
    assert [cell.text for _, cell in second.values] == ["2025年"]
    assert cells(third)["task"] == "健全考核机制"
