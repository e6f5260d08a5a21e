"""Deadlines of the items of a work report written for the test: an undated report's 今年 leaves an
item to the year its enclosing heading names; the year a review looks back on dates nothing."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

UNDATED = """政府工作报告
一、2040年工作回顾
一是扎实推进城市更新。全年改造老旧小区120个。
二、2041年重点工作
(一)稳住经济大盘,提高发展质量。
今年要统筹用好各类政策工具,城镇新增就业8万人以上。
(二)办好民生实事,兜牢基本底线。
年内新建养老服务中心15个,明年底前完成全部农村危房改造。
"""

def _tasks():
    document = document_from_bytes(UNDATED.encode("utf-8"), name="undated.txt", suffix=".txt")
    return {t.title: t for t in extract_document(document, use_model=False).tasks}

def test_an_unresolved_this_year_gives_way_to_the_enclosing_year_heading():
    tasks = _tasks()
    assert tasks["稳住经济大盘,提高发展质量"].deadline == "2041-12-31"
    assert tasks["2041年重点工作"].deadline == "2041-12-31"

def test_an_item_with_no_dated_limit_of_its_own_takes_the_heading_year():
    # 年内 and 明年底前 cannot be resolved without the report's date: the heading's year governs
    assert _tasks()["办好民生实事,兜牢基本底线"].deadline == "2041-12-31"

def test_the_year_a_review_looks_back_on_is_no_deadline():
    tasks = _tasks()
    assert tasks["2040年工作回顾"].deadline is None


DATED = """2042年某市政府工作报告
——2042年1月18日在某市第九届人民代表大会第二次会议上
一、2041年工作回顾
全年新增城镇就业5万人,顺利完成全年目标任务。
二、2042年重点工作
新建口袋公园30个。
"""

PHASES = """某区城市体检工作方案
发布日期:2041年3月2日
一、工作安排
(一)体检成果应用(2041年12月)
各街道根据体检结果,完成问题整改80项。
"""


def _dated_tasks(text: str, name: str):
    document = document_from_bytes(text.encode("utf-8"), name=name, suffix=".txt")
    return {t.title: t for t in extract_document(document, use_model=False).tasks}


def test_the_whole_year_of_a_dated_review_is_the_year_reviewed():
    tasks = _dated_tasks(DATED, "dated.txt")
    assert tasks["2041年工作回顾"].deadline is None
    assert tasks["2042年重点工作"].deadline == "2042-12-31"


def test_a_results_heading_dated_ahead_is_a_phase_of_the_plan():
    assert _dated_tasks(PHASES, "phases.txt")["体检成果应用(2041年12月)"].deadline == "2041-12-31"
