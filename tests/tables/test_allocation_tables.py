"""Allocation tables annexed to a plan (…分配表, …目标任务分解表) that give each sector or unit its share,
flattened one cell per line: shares written as ranges (35-36) with a closing 汇总 row that adds up the
bounds, owner cells broken over lines, count columns whose header names the thing counted and no unit
(新增示范工程: 个, counted_measures.tsv), and two-column tables of a unit and the text of its share
(extract/tables/unit_targets.py). The tables are written for the test; the real ones are j-001 and j-005
of the development batch J."""
from __future__ import annotations

import pytest

import extract
from extract.tables.value_cells import bounds_sum_to, counted_measure, is_range_cell

from ..corpus import extra_path

HEAD = "# 某市公共建筑光伏推广实施方案\n\n发布日期：2022-05-10\n\n一、主要目标\n\n到2025年，新增光伏装机一批。\n\n"
SECTORS = ["附表1", "各行业“十四五”光伏建设分配表", "序号", "行业", "建设区域", "十四五装机计划(MW)", "责任单位",
           "1", "学校", "教学楼、体育馆屋顶", "3-5", "市教育", "局",
           "2", "医院", "门诊楼、停车棚", "2-4", "市卫生健康委",
           "汇总", "5-9"]
DISTRICTS = ["附表2", "各区“十四五”光伏任务分配表", "序号", "区域", "新增装机容量(MW)", "新增示范工程",
             "1", "东城区", "1.5-2", "2", "2", "西城区", "0.5-1", "1", "合计", "2-3", "3"]
TOWNS = ["附件3", "2023年街镇(园区)节水目标任务分解表", "街镇、园区", "目标任务",
         "青石镇", "完成节水改造小区12个,新增节水器具300套。",
         "白沙街道", "完成节水改造小区8个。",
         "东湖工业园区", "完成企业节水诊断5家。", "附件4"]


def _result(tmp_path, cells):
    path = tmp_path / "plan.md"
    path.write_text(HEAD + "\n\n".join(cells) + "\n\n二、保障措施\n\n加强组织领导。\n", encoding="utf-8")
    return extract.extract(path, use_model=False)


def _targets(tmp_path, cells):
    return {(t.indicator, t.value, t.value_max, t.unit, t.owners, str(t.deadline)) for t in _result(tmp_path, cells).targets}


def test_each_sector_share_is_a_range_owned_by_its_units_due_at_the_period_end(tmp_path):
    found = _targets(tmp_path, SECTORS)
    assert ("学校十四五装机计划", 3, 5, "MW", ("市教育局",), "2025-12-31") in found  # owner broken over two lines
    assert ("医院十四五装机计划", 2, 4, "MW", ("市卫生健康委",), "2025-12-31") in found
    assert ("汇总十四五装机计划", 5, 9, "MW", (), "2025-12-31") in found  # the bounds add up apart


def test_a_sector_row_is_a_task_named_by_its_sector(tmp_path):
    tasks = {(t.title, t.owners) for t in _result(tmp_path, SECTORS).tasks}
    assert ("学校", ("市教育局",)) in tasks


def test_a_count_column_counts_in_the_measure_word_of_what_it_names(tmp_path):
    found = _targets(tmp_path, DISTRICTS)
    assert ("东城区新增示范工程", 2, None, "个", (), "2025-12-31") in found
    assert ("合计新增示范工程", 3, None, "个", (), "2025-12-31") in found
    assert ("合计新增装机容量", 2, 3, "MW", (), "2025-12-31") in found


def test_each_unit_owns_the_targets_and_the_task_of_its_line(tmp_path):
    result = _result(tmp_path, TOWNS)
    found = {(t.value, t.unit, t.owners, str(t.deadline)) for t in result.targets}
    assert {(12, "个", ("青石镇",), "2023-12-31"), (300, "套", ("青石镇",), "2023-12-31"),
            (8, "个", ("白沙街道",), "2023-12-31"), (5, "家", ("东湖工业园区",), "2023-12-31")} <= found
    assert ("白沙街道", ("白沙街道",)) in {(t.title, t.owners) for t in result.tasks}


def test_a_lone_unit_line_under_such_a_header_is_no_table(tmp_path):
    cells = ["街镇、园区", "目标任务", "白沙街道", "完成节水改造小区8个。"]
    assert [(t.value, t.owners) for t in _result(tmp_path, cells).targets] == [(8, ())]


@pytest.mark.parametrize("text, expected", [("35-36", True), ("0.3-0.4", True), ("2021-2025", False),
                                            ("5-3", False), ("12", False), ("1-84幢", False)])
def test_a_range_cell(text, expected):
    assert is_range_cell(text) is expected


def test_ranges_add_up_bound_by_bound():
    assert bounds_sum_to(["35-36", "15-20", "4"], "54-60")
    assert not bounds_sum_to(["35-36", "15-20"], "50-60")


@pytest.mark.parametrize("header, expected", [("新增示范工程", "个"), ("新增典型场景", "个"), ("农村公厕", "座"),
                                              ("新增装机容量", None)])
def test_the_measure_word_of_a_count_column(header, expected):
    assert counted_measure(header) == expected


def test_the_real_sector_and_district_tables_of_a_transport_plan():
    result = extract.extract(extra_path("corpus", "j-001.txt"), use_model=False)
    found = {(t.indicator, t.value, t.value_max, t.unit, t.owners) for t in result.targets}
    assert ("地铁十四五装机计划", 35, 36, "MW", ("申通地铁集团",)) in found
    assert ("汇总十四五装机计划", 82, 130, "MW", ()) in found
    assert ("浦东新区新增示范工程", 3, None, "个", ()) in found
    assert ("合计新增典型场景", 25, None, "个", ()) in found


def test_the_real_town_targets_of_a_refuse_plan():
    result = extract.extract(extra_path("corpus", "j-005.txt"), use_model=False)
    owned = {t.owners for t in result.targets if "服务点累计" in t.evidence}
    assert {("罗店镇",), ("大场镇",), ("宝山工业园区",)} <= owned
