"""A work report's plan section written for the test: 取得新进展 there states a goal, so the amounts
after it are planned to the period's end; life expectancy and years of schooling are levels in
years, targets like any rate."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

REPORT = """2031年某省政府工作报告
——2031年1月20日在某省第十六届人民代表大会第一次会议上
一、2030年和“十五五”时期工作回顾
五年来,全省改革取得新成效,人均预期寿命提高到79.1岁。
二、“十六五”时期主要目标任务
推动乡村振兴取得新进展,平均受教育年限达到12.6年,人均预期寿命再提高1岁。
到2035年,力争在关键领域取得重大突破,研发经费投入强度达到3.1%。
"""


def _targets():
    document = document_from_bytes(REPORT.encode("utf-8"), name="report.txt", suffix=".txt")
    return {(t.unit, float(t.value)): t for t in extract_document(document, use_model=False).targets}


def test_an_attainment_in_a_plan_section_is_a_goal():
    targets = _targets()
    schooling, research = targets[("年", 12.6)], targets[("%", 3.1)]
    assert (schooling.status, schooling.deadline) == ("planned", "2035-12-31")
    assert (research.status, research.deadline) == ("planned", "2035-12-31")


def test_an_attainment_in_a_review_is_a_result():
    assert targets_status(("岁", 79.1)) == ("achieved", None)


def test_ages_and_years_of_schooling_are_levels():
    targets = _targets()
    assert (targets[("年", 12.6)].comparator, targets[("岁", 1.0)].indicator) == (">=", "人均预期寿命")


def targets_status(key):
    target = _targets()[key]
    return target.status, target.deadline
