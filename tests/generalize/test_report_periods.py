"""Work reports, read as RECORDS.md says: a standard paid per period that the plan raises to a new
level is dated by the limit governing it, though the amount recurs (每人每年…提高到420元 under 2016年重点
工作), and a raise reported in a review stays a result without one. Real documents of ../shared, and a
report written for the test."""
from __future__ import annotations

from functools import cache

import pytest

import extract
from extract import extract_document
from extract.read import document_from_bytes

from ..corpus import doc_path, read_cached

REPORT = """2031年某市政府工作报告
2031年1月20日
一、2030年工作回顾
(一)经济运行稳中有进
2030年,全市完成生产总值增长5%,新建公园12个。
(二)民生保障持续加强
全年新增就业3万人,城乡低保标准提高到每人每月800元。
二、2031年工作安排
(一)兜牢民生底线
城乡低保标准由每人每月800元提高到850元,特困人员供养标准提高至每人每年1.2万元。
(二)加强基层治理
社区网格员每月巡查辖区4次以上,新建社区服务站10个。
"""

@cache
def _report() -> extract.Result:
    return extract_document(document_from_bytes(REPORT.encode(), name="report.txt", suffix=".txt"),
                            use_model=False)


@cache
def _result(name: str) -> extract.Result:
    return extract_document(read_cached(doc_path(name)), use_model=False)


@pytest.mark.parametrize("value, expected", [
    (850, ("元/月", "planned", "2031-12-31")),  # 由每人每月800元提高到850元: raised once, this year
    (12000, ("元/年", "planned", "2031-12-31")),  # 提高至每人每年1.2万元
    (4, ("次/月", "planned", None)),  # 每月巡查4次: a standing cadence, no deadline
    (10, ("个", "planned", "2031-12-31")),
], ids=["raised-monthly", "raised-yearly", "cadence", "count"])
def test_a_standard_raised_to_a_new_level_is_dated(value, expected):
    (found,) = [t for t in _report().targets if t.value == value]
    assert (found.unit, found.status, found.deadline) == expected


def test_a_raise_reported_in_a_review_stays_a_result():
    (found,) = [t for t in _report().targets if t.value == 800 and t.status == "achieved"]
    assert found.deadline is None


@pytest.mark.parametrize("name, start, expected", [
    ("gwrnat-007.txt", "财政补助由每人每年380元提高到420元", "2016-12-31"),  # under 三、2016年重点工作
    ("gwrnat-003.txt", "城镇居民医保和新农合补助标准提高到每人每年240元", "2012-12-31"),  # 三、2012年主要任务
    ("gwr2026-003.txt", "散居孤儿", "2026-12-31"),  # the annex of 2026年省十件民生实事
])
def test_a_standard_raised_in_a_real_report_is_dated(name, start, expected):
    (found,) = [t for t in _result(name).targets if t.evidence.startswith(start)]
    assert (found.status, found.recurring, found.deadline) == ("planned", True, expected)


@pytest.mark.parametrize("title", ["经济运行稳中有进", "民生保障持续加强", "2030年工作回顾"])
def test_an_item_of_a_review_is_not_dated_by_the_period_it_reports(title):
    (task,) = [t for t in _report().tasks if t.title == title]
