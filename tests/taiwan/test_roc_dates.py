"""Dates of the Republic of China era in documents of Taiwan (written for the test): as deadlines in
every form they take (dotted 104.4.17, 中华民国103年, 103年度, 105 年底 with spaces, 103年度下半年) and as
the document's own date on a line of its own. The rule functions read cleaned (simplified) text; the
report at the end goes through the whole cleaning from traditional script."""
from datetime import date

import pytest

from extract.clean.metadata import find_signature
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.deadlines import find_times

REFERENCE = date(2015, 4, 17)


@pytest.mark.parametrize("text, deadline", [
    ("预计105 年底完成", "2016-12-31"),
    ("预计 105 年底完成", "2016-12-31"),
    ("于104.6.30前办理期中审查", "2015-06-30"),
    ("中华民国103年12月完成", "2014-12-31"),
    ("民國110年前完成", "2021-12-31"),
    ("109年3月5日公告", "2020-03-05"),
    ("103年度下半年办理", "2014-12-31"),
    ("112 年度上半年完成", "2023-06-30"),
    ("104 年度将新辟路线", "2015-12-31"),
])
def test_roc_deadlines(text, deadline):
    found = [t for t in find_times(text, reference=REFERENCE, roc_years=True) if t.role == "limit"]
    assert found[-1].deadline.isoformat() == deadline


def test_a_year_with_a_half_is_one_expression_in_either_script():
    found = find_times("2020年上半年完成", reference=date(2019, 3, 1))
    assert [(t.text, t.deadline.isoformat()) for t in found] == [("2020年上半年", "2020-06-30")]


def test_a_half_year_after_a_baseline_word_is_a_baseline():
    assert find_times("较2020年上半年增长5%", reference=date(2021, 3, 1))[0].role == "baseline"


def test_a_fiscal_year_inside_a_noun_phrase_names_it():
    assert find_times("完成2021年度目标", reference=date(2021, 3, 1))[0].role == "mention"


def test_a_dotted_roc_date_is_no_date_outside_documents_of_taiwan():
    assert find_times("版本104.6.30", reference=REFERENCE) == []


@pytest.mark.parametrize("line, day", [("104.4.17", "2015-04-17"), ("中华民国112年9月5日", "2023-09-05")])
def test_a_roc_date_line_dates_the_document(line, day):
    assert find_signature(("某市政府", "施政报告", line, "前言"))[1].isoformat() == day


REPORT = """某市政府
市長施政報告
104.4.17
壹、前言
本府持續推動各項建設。
貳、施政規劃
一、交通建設
本府今(104)年底前完成公車路線調整12條，105 年底前新設轉運站2處。
"""


def test_the_report_is_dated_and_its_relative_years_resolve_against_that_date():
    document = document_from_bytes(REPORT.encode("utf-8"), name="report.txt", suffix=".txt")
    assert document.metadata.issued == "2015-04-17"
    targets = {t.unit: t.deadline for t in extract_document(document, use_model=False).targets}
    assert targets == {"条": "2015-12-31", "处": "2016-12-31"}
