"""Levels a work report states without a commitment verb: a gap to the nation in 百分点 (a result), a
share stated bare (民间投资占比34%) in a report but not in a plan's account of its situation; and the
units reports count in (颗, 枚, medals by metal, 番, 条(段), 克/千克, 亩次). The sentences are written
for the tests."""
from __future__ import annotations

from functools import cache

from extract import extract_document
from extract.read import document_from_bytes

from ..corpus import doc_path, pool_path, read_cached

REPORT = """2030年某省人民政府工作报告
一、过去一年工作回顾
一年来,全省农业增加值增幅高于全国0.5个百分点,民营投资占比36%,研发人员增幅高于全国平均水平2.1个百分点。
某卫星星座增至120颗,代表团贡献7金、4银、2铜,全运会上共获得30枚金牌。
营业收入翻一番、利润翻两番,修复河道20条(段),耕地有机质达到25克/千克,实施深松作业1.2亿亩次。
二、今年工作安排
今年主要预期目标是:地区生产总值增长5%左右,其中数字经济增加值占比12%左右,增速高于全国1个百分点。
"""

PLAN = """某区垃圾分类工作方案
一、现状
目前本区各类生活垃圾混同度较高,其中可回收物占比近25%,分拣压力较大。
二、主要任务
到2031年,可回收物回收率达到40%。
"""


@cache
def _targets(text: str) -> dict[str, tuple]:
    document = document_from_bytes(text.encode(), name="report.txt", suffix=".txt")
    return {(t.evidence, t.value): t for t in extract_document(document, use_model=False).targets}


def _find(text: str, evidence_part: str, value: float):
    found = [t for (evidence, v), t in _targets(text).items() if evidence_part in evidence and float(v) == value]
    assert found, f"no target {value} in «{evidence_part}»"
    return found[0]


def test_a_gap_to_the_nation_is_an_achieved_result_in_points():
    gap = _find(REPORT, "高于全国0.5个百分点", 0.5)
    assert (gap.unit, gap.comparator, gap.status) == ("百分点", "=", "achieved")
    assert _find(REPORT, "高于全国平均水平2.1个百分点", 2.1).unit == "百分点"


def test_a_gap_set_as_a_goal_is_planned():
    goal = _find(REPORT, "增速高于全国1个百分点", 1)
    assert (goal.unit, goal.status) == ("百分点", "planned")


def test_a_bare_share_is_a_level_in_a_report():
    assert _find(REPORT, "民营投资占比36%", 36).status == "achieved"
    share = _find(REPORT, "数字经济增加值占比12%左右", 12)
    assert (share.unit, share.comparator, share.status) == ("%", "~", "planned")


def test_a_bare_share_in_a_plans_account_of_its_situation_is_no_target():
    values = {float(v) for _, v in _targets(PLAN)}
    assert 25 not in values
    assert 40 in values


def test_units_reports_count_in():
    units = {(float(v), t.unit) for (_, v), t in _targets(REPORT).items()}
    assert {(120, "颗"), (7, "枚"), (4, "枚"), (2, "枚"), (30, "枚"), (1, "番"), (2, "番"), (20, "条(段)"),
            (25, "克/千克"), (120_000_000, "亩次")} <= units


def test_real_reports_gap_and_services_counted_per_mu_and_time():
    capital = extract_document(read_cached(pool_path("pool-001.txt")), use_model=False).targets
    assert any(t.unit == "百分点" and t.value == 0.4 and t.status == "achieved" and "高于全国" in t.evidence
               for t in capital)
    plan = extract_document(read_cached(doc_path("gwr2026-010.txt")), use_model=False).targets
    assert any(t.unit == "亩次" and t.value == 600_000 and t.comparator == ">=" for t in plan)
