"""A results report of a Taiwan county government, written for the test in traditional script: its
results section (…重要施政成果) reports achieved amounts with no deadline, its closing planning
section (參、未來施政重點: 參 becomes 参 under t2s and still opens the third formal heading) plans them
with their ROC deadlines; amounts written with 千 after digits (1萬2千, 5 千) keep their value."""
import pytest

from extract.extractor import extract_document
from extract.outline import parse_outline
from extract.read import document_from_bytes
from extract.rules.quantities import find_quantities
from extract.rules.status import heading_status

REPORT = """某縣政府
112年度上半年重要施政成果報告
中華民國112年9月5日
壹、前言
本府秉持縣民優先理念，持續推動各項建設。
貳、112年度上半年重要施政成果
一、交通建設
本府於112年3月完成縣道拓寬工程4.5公里，並新設公車候車亭30座。
二、社會福利
發放育兒津貼1萬2千人次，設置托嬰中心3所。
參、未來施政重點
一、交通建設
預計113年底前新增公車路線8條。
二、社會福利
114年6月底前增設公共托育中心5所。
"""


def _result():
    document = document_from_bytes(REPORT.encode("utf-8"), name="report.txt", suffix=".txt")
    return document, extract_document(document, use_model=False)


def test_the_report_is_dated_by_its_roc_date_line():
    document, _ = _result()
    assert document.metadata.issued == "2023-09-05"


def test_the_third_formal_heading_opens_a_section_of_its_own():
    document, _ = _result()
    assert [s.title for s in document.outline.children] == ["前言", "112年度上半年重要施政成果", "未来施政重点"]


def test_results_are_achieved_without_deadline_and_the_plans_planned_with_theirs():
    _, result = _result()
    found = {(float(t.value), t.unit): (t.status, t.deadline) for t in result.targets}
    assert found[(4.5, "公里")] == ("achieved", None)
    assert found[(30, "座")] == ("achieved", None)
    assert found[(12000, "人次")] == ("achieved", None)
    assert found[(3, "所")] == ("achieved", None)
    assert found[(8, "条")] == ("planned", "2024-12-31")
    assert found[(5, "所")] == ("planned", "2025-06-30")


@pytest.mark.parametrize("heading, status", [
    ("103年度下半年重要施政成果", "achieved"), ("执行情形", "achieved"), ("各项工作办理情形", "achieved"),
    ("未来施政重点", "planned"), ("展望", "planned")])
def test_heading_words_of_reports(heading, status):
    assert heading_status(heading) == status


def test_a_formal_third_in_either_form_numbers_the_heading_three():
    text = "".join(f"{marker}、{title}\n本节的内容。\n" for marker, title in (("壹", "总则"), ("贰", "措施"), ("参", "附则")))
    assert [(s.title, s.number) for s in parse_outline(text).children] == [("总则", 1), ("措施", 2), ("附则", 3)]
    assert parse_outline(text.replace("参", "叁")).children[2].number == 3


@pytest.mark.parametrize("text, value, unit", [
    ("培育专业保姆 5 千位", 5000, "位"), ("每月补贴3千元", 3000, "元"), ("发放1万2千人次", 12000, "人次"),
    ("共3百件", 300, "件"), ("提高5百分点", 5, "百分点")])
def test_thousands_and_hundreds_after_digits(text, value, unit):
    (quantity,) = find_quantities(text)
    assert (quantity.value, quantity.unit) == (value, unit)
