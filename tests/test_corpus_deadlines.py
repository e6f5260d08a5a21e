"""Deadlines read from real documents: years of the Republic in a plan of Taiwan, plan periods in
a work report."""
from __future__ import annotations

from functools import cache

import extract
from extract import extract_document

from .corpus import doc_path, read_cached


@cache
def _result(name: str) -> extract.Result:
    return extract_document(read_cached(doc_path(name)), use_model=False)


def test_a_taiwan_plan_dates_its_tasks_in_years_of_the_republic():
    tasks = {t.title: t for t in _result("twgov-002.txt").tasks}
    assert tasks["机场捷运线(蓝线)"].deadline == "2018-06-30"
    assert tasks["机场捷运线(蓝线)"].deadline_text == "107 年 6 月底"
    # an item holding a year schedule table runs to its last year (107), not to the approval due in 104
    assert tasks["航空城捷运线(绿线)"].deadline == "2018-12-31"
    assert tasks["航空城捷运线(绿线)"].deadline_text == "107"


def test_a_plan_named_after_a_period_is_no_time_limit_for_this_years_work():
    tasks = [t for t in _result("gwr2026-005.txt").tasks if t.title.startswith("着力加强生态保护治理")]
    assert [t.deadline for t in tasks] == ["2026-12-31"]


def test_the_period_an_item_of_a_results_section_reports_on_is_no_time_limit():
    """社会保障加大投入。…最低工资标准每月提高183元… under 一、2025年工作总结和“十四五”发展成就 of a report of
    2026: the year its words name is the period reviewed; the year's work of 三、2026年重点工作 stays dated."""
    tasks = {t.title: t.deadline for t in _result("gwr2026-005.txt").tasks}
    assert tasks["社会保障加大投入"] is None
    assert next(d for title, d in tasks.items() if title.startswith("着力加强生态保护治理")) == "2026-12-31"
