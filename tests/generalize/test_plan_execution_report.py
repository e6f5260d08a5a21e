"""Status and deadlines in a report on last year's plan and this year's draft plan, written for the test (no
readable document of ../shared/corpus is one): its section 2029年计划执行情况 reviews, whatever plan word names
what it reviews: its amounts are achieved with no deadline, and its year dates none of its items; the section
2030年预期目标和主要措施 plans and dates its items 2030-12-31."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.status import heading_status

REPORT = """关于某县2029年国民经济和社会发展计划执行情况及2030年国民经济和社会发展计划(草案)的报告
发布日期:2030年1月25日
一、2029年计划执行情况
(一)项目建设加快推进
县发改局牵头,全年实施重点项目120项,完成投资95亿元。
二、2030年预期目标和主要措施
(一)着力扩大有效投资
县发改局牵头,全年完成固定资产投资110亿元。
"""


def _result():
    document = document_from_bytes(REPORT.encode("utf-8"), name="report.txt", suffix=".txt")
    return extract_document(document, use_model=False)


def test_a_plan_execution_section_reports_results_with_no_deadline():
    targets = {float(t.value): t for t in _result().targets}
    assert {v: (targets[v].status, targets[v].deadline) for v in (120, 9500000000)} == {
        120: ("achieved", None), 9500000000: ("achieved", None)}


def test_the_plan_section_plans_for_its_year():
    plan = next(t for t in _result().targets if float(t.value) == 11000000000)
    assert (plan.status, str(plan.deadline)) == ("planned", "2030-12-31")


def test_the_reviewed_year_dates_no_item():
    deadlines = {t.title: t.deadline for t in _result().tasks}
    assert deadlines["项目建设加快推进"] is None
    assert str(deadlines["着力扩大有效投资"]) == "2030-12-31"


def test_a_heading_closing_on_the_review_it_is_about():
    assert heading_status("一、2029年计划执行情况") == "achieved"
    assert heading_status("二、2029年目标任务完成情况") == "achieved"
    assert heading_status("“十三五”时期工作成就和“十四五”时期奋斗目标") is None  # closes on a plan: left to sentences
