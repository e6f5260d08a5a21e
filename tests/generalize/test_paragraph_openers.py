"""A paragraph's opening sentence (这五年,… / 一年来,… / 今后五年,…) sets the status of its amounts
where the heading above is mixed or says otherwise, on a report written for the test."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

REPORT = """2030年某市政府工作报告
发布日期:2030年1月25日
——2030年1月20日在某市第十六届人民代表大会第四次会议上
一、“十五五”时期发展成就和“十六五”时期主要目标任务
这五年,我们锐意改革、系统治理,城市公园总数达1136个,全市财政支出七成以上投向民生领域。
二、2029年工作回顾
刚刚过去的2029年极不平凡。一年来,全市上下围绕“3+2”目标任务体系,地区生产总值增长5.3%,顺利完成全年主要目标任务。
一年来,计划新建的30所学校已开工,计划新建学校12所。
三、2030年重点工作
过去一年,全市建成口袋公园46个。今年,全市新建口袋公园50个。
"""


def _targets():
    document = document_from_bytes(REPORT.encode("utf-8"), name="report.txt", suffix=".txt")
    return {float(t.value): t for t in extract_document(document, use_model=False).targets}


def test_a_review_opening_under_a_mixed_heading_reports_results():
    parks = _targets()[1136]
    assert (parks.status, parks.deadline) == ("achieved", None)


def test_plan_words_outside_the_amounts_clause_do_not_plan_it():
    growth = _targets()[5.3]  # 目标任务体系 before it, 完成全年…目标任务 after: a result
    assert (growth.status, growth.deadline) == ("achieved", None)


def test_a_plan_in_the_amounts_own_clause_still_plans():
    assert _targets()[12].status == "planned"


def test_openings_inside_a_plan_section_switch_between_review_and_plan():
    targets = _targets()
    assert (targets[46].status, targets[46].deadline) == ("achieved", None)
    assert (targets[50].status, targets[50].deadline) == ("planned", "2030-12-31")
