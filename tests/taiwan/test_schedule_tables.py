"""A mayor's report of Taiwan, written for the test in traditional script and laid out as a PDF's text
layer gives it: a table of contents, a figure caption between paragraphs, an item number written
``( 1)``, and year schedule tables (年度 | 施政重點) flattened one cell a line, the year alone on its
line, before its first item on the same line, or centred in the middle of its items."""
from extract.clean.wrapped import drop_contents
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.status import is_work_report

PARAGRAPH = "本府持續推動各項建設並檢討執行成效，以期提升市民生活品質與城市競爭力，相關工作說明如下。"
REPORT = "\n".join([
    "某市政府",
    "市長施政報告",
    "104.4.17",
    "壹、前言........................................................ 1",
    "貳、施政規劃.................................................... 2",
    "一、交通建設.................................................... 2",
    "二、社會福利.................................................... 5",
    "壹、前言",
    PARAGRAPH,
    "貳、施政規劃",
    "一、交通建設",
    "( 1)公車動態資訊",
    PARAGRAPH,
    "圖1、公車動態資訊系統架構圖",
    PARAGRAPH,
    "表 1、公車動態資訊施政重點規劃一覽表:",
    "年度",
    "104",
    "施政重點",
    "1、 增加免費公車動態資訊 87 條路線。",
    "2、 增加智慧型站牌 300 處。",
    "105 1、 增加公路客運動態資訊 98 條路線。",
    "2、 6月~12月:完成系統驗收。",
    "表 2、消防裝備汰換施政重點一覽表:",
    "年度 施政重點",
    "1、 汰換水箱消防車 6 輛。",
    "104",
    "2、 購置空氣呼吸器 20 組。",
    "1、 汰換水箱消防車 7 輛。",
    "105",
    "2、 購置空氣呼吸器 50 組。",
    "( 2)社區巡迴醫療",
    PARAGRAPH,
    "二、社會福利",
    PARAGRAPH,
]) + "\n"


def _result():
    document = document_from_bytes(REPORT.encode("utf-8"), name="report.txt", suffix=".txt")
    return document, extract_document(document, use_model=False)


def test_the_table_of_contents_gives_no_headings():
    document, _ = _result()
    assert [s.title for s in document.outline.children] == ["前言", "施政规划"]
    assert "...." not in document.text


def test_a_spaced_item_number_and_a_figure_caption_keep_the_outline():
    document, _ = _result()
    plan = document.outline.children[1]
    transport = plan.children[0]
    assert [s.title for s in plan.children] == ["交通建设", "社会福利"]
    assert [s.title for s in transport.children] == ["公车动态资讯", "社区巡回医疗"]


def test_each_item_of_a_schedule_table_is_dated_by_its_year():
    _, result = _result()
    found = {(float(t.value), t.unit): t.deadline for t in result.targets}
    assert found[(87, "条")] == "2015-12-31"
    assert found[(300, "处")] == "2015-12-31"
    assert found[(98, "条")] == "2016-12-31"


def test_a_year_centred_in_its_items_dates_all_of_them():
    _, result = _result()
    found = {(float(t.value), t.unit): t.deadline for t in result.targets}
    assert found[(6, "辆")] == found[(20, "组")] == "2015-12-31"
    assert found[(7, "辆")] == found[(50, "组")] == "2016-12-31"


def test_a_row_opening_with_a_month_is_due_at_its_end_in_its_year():
    _, result = _result()
    rows = {t.title: t.deadline for t in result.tasks if t.method == "table"}
    assert rows["2、 6月~12月:完成系统验收。"] == "2016-12-31"


def test_a_mayors_report_is_a_work_report():
    document, _ = _result()
    assert is_work_report(document)


def test_a_few_leader_lines_are_no_table_of_contents():
    lines = ["甲乙丙丁........ 3", "正文。", "另一行....... 9"]
    assert drop_contents(lines) == lines


STATISTICS = """# 某區都市計畫通盤檢討

## 一、現況分析

某區之產業結構以二、三級產業為主，歷年就業人口如下表。

- 表 3-1 某區歷年就業人口數表

| 年度 | 二級產業人數 | 百分比 | 三級產業人數 | 百分比 |
| --- | --- | --- | --- | --- |
| 85 | 12,040 | 37.22% | 20.310 | 62.78% |
| 95 | 30,125 | 27.24% | 80.460 | 72.76% |

## 二、計畫目標
"""


def test_a_table_of_yearly_statistics_under_a_year_column_gives_no_targets():
    document = document_from_bytes(STATISTICS.encode("utf-8"), name="plan.md", suffix=".md")
    assert extract_document(document, use_model=False).targets == ()
