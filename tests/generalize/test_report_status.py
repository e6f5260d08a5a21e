"""Status in a work report written for the test: the review of last year and the five-year review are
achieved (no deadline), the plan sections planned, whatever verbs the review uses."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.status import heading_status

REPORT = """2030年某省政府工作报告
发布日期:2030年1月25日
——2030年1月20日在某省第十四届人民代表大会第三次会议上
一、2029年工作回顾
过去一年,全省继续压减一般性支出12.5亿元,推动技术合同成交额到达310亿元。
全年计划新建的200所学校共需投资80亿元。
二、“十五五”时期发展成就和“十六五”时期主要目标
过去五年,全省地区生产总值年均增长5.1%。
今后五年,全市地区生产总值年均增长6%左右。
三、2030年重点工作
新建充电桩2万个、累计达到9万个。
(一)加快巩固开放合作成效
深化对外合作,货物进出口总额超4600亿元。
"""


def _targets():
    document = document_from_bytes(REPORT.encode("utf-8"), name="report.txt", suffix=".txt")
    return {(t.evidence[:6], float(t.value)): t for t in extract_document(document, use_model=False).targets}


def test_a_review_reports_results_whatever_its_verbs():
    targets = _targets()
    cut = next(t for (e, v), t in targets.items() if v == 1250000000)
    assert (cut.status, cut.deadline) == ("achieved", None)


def test_a_plan_word_inside_a_review_still_plans():
    targets = _targets()
    assert next(t for (e, v), t in targets.items() if v == 8000000000).status == "planned"


def test_a_mixed_heading_leaves_status_to_the_sentences():
    statuses = {v: t.status for (e, v), t in _targets().items() if v in (5.1, 6)}
    assert statuses == {5.1: "achieved", 6: "planned"}


def test_a_plan_year_heading_plans_even_a_running_total():
    targets = _targets()
    assert {targets[k].status for k in targets if k[1] in (20000, 90000)} == {"planned"}


def test_heading_words_and_years():
    assert heading_status("一、2025年工作回顾") == "achieved"
    assert heading_status("“十三五”时期工作成就和“十四五”时期奋斗目标") is None
    assert heading_status("一、“十五五”规划执行情况") == "achieved"  # how the last plan was carried out
    from datetime import date
    assert heading_status("三、2026年重点工作", year=2026, reference=date(2026, 1, 27)) == "planned"
    assert heading_status("2025年重点工作", year=2025, reference=date(2026, 1, 27)) == "achieved"


def test_a_result_word_in_an_item_of_a_plan_year_plans():
    """(一)加快巩固开放合作成效 under 2030年重点工作: the year of the enclosing heading outweighs 成效."""
    trade = next(t for (e, v), t in _targets().items() if v == 460000000000)
    assert (trade.status, str(trade.deadline)) == ("planned", "2030-12-31")
