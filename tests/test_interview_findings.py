"""An official's answers to the press (答记者问): what monitoring found over a past period and the changes
on the year before are statistics (extract/rules/findings.py); what the scheme explained sets stays a target,
and outside an interview the same figures are read as before."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

INTERVIEW = """某省水利厅有关负责人就《某省河湖监测方案》答记者问
问：方案调整的目的是什么？
答：新方案在全省共布设420个监测点位，覆盖主要河流和湖泊。
问：这样调整有什么好处？
答：省监测网的监测结果表明，2021年310个考核点位中有52个点位出现超标，其中3项基本指标超标点位占64.2%；其余点位超标共19个，占35.8%；2022年上半年310个考核点位中有41个点位超标。
问：今年以来全省河湖水质状况如何？
答：2022年1-9月，310个考核点位中，水质优良点位比例为78.5%，同比上升3.2个百分点；劣Ⅴ类点位比例为1.3%，同比下降0.6个百分点。
"""

REPORT = """某县2022年工作总结
一、主要成效
全县水质优良点位比例为78.5%，同比上升3.2个百分点。
"""


def values(text: str, name: str) -> list[float]:
    document = document_from_bytes(text.encode("utf-8"), name=name, suffix=".txt")
    return [t.value for t in extract_document(document, use_model=False).targets]


def test_an_interview_keeps_what_the_scheme_sets_and_drops_what_monitoring_found():
    assert values(INTERVIEW, "interview.txt") == [420]


def test_an_untitled_interview_is_known_by_its_opening_line():
    run_together = INTERVIEW.replace("\n", "")  # a text saved as one line: no title, the opening names it
    assert values(run_together, "interview.txt") == [420]


def test_the_same_figures_outside_an_interview_stay_results():
    assert 78.5 in values(REPORT, "report.txt") and 3.2 in values(REPORT, "report.txt")
