"""An amount whose unit is itself a rate (30万立方米/日, 1400万吨/年, 5万吨/日) is a level of capacity or flow to
reach, not a sum that recurs: the time limit that governs its clause or heading dates it, as it dates 3座. A
recurring sum written with 每 (每年补贴5万元) still has no deadline (RECORDS.md section 4). Invented plans, and the
real sentence of l-002 (a provincial work report of a development batch: skipped where ../extra is missing)."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import extra_path, read_cached

PLAN = """某区水务发展规划
(2021年6月1日)
一、发展基础
二、“十四五”时期主要任务
(一)提升供水保障能力
加快水厂改扩建,供水能力达到{amount}。
(二)加强资金保障
{recurring}
"""


def _targets(amount: str, recurring: str = "对新建水厂每年补贴5万元。"):
    text = PLAN.format(amount=amount, recurring=recurring)
    document = document_from_bytes(text.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {(t.value, t.unit): t for t in extract_document(document, use_model=False).targets}


@pytest.mark.parametrize(("amount", "key"), [
    ("30万立方米/日", (300000, "立方米/日")),
    ("30万立方米", (300000, "立方米")),
    ("5万吨/日", (50000, "吨/日")),
])
def test_a_level_in_a_rate_unit_takes_the_heading_deadline(amount, key):
    assert _targets(amount)[key].deadline == "2025-12-31"


def test_a_sum_recurring_each_year_stays_undated():
    assert _targets("30万立方米/日")[(50000, "元/年")].deadline is None


def test_a_capacity_per_year_to_bring_into_operation_is_dated_by_the_report_year():
    result = extract_document(read_cached(extra_path("corpus", "l-002.txt")), use_model=False)
    capacity = [t for t in result.targets if t.value == 14000000 and t.unit == "吨/年"]
    assert [t.deadline for t in capacity] == ["2026-12-31"]
