"""A section whose heading says it describes the plan's situation (…及其保护现状, 一、实施背景, 面临的主要威胁, a work
summary's 存在问题) holds background figures, no targets (RECORDS.md section 5; extract/data/situation_headings.tsv):
the species known and the reserves already built, the facilities a district has, the problems still open. The
goals and the work reviewed under their own headings stay targets, and so do a plan's review of the last period
under 发展基础 or 发展现状 (a five-year plan's) and a task heading naming a survey of the status quo. The documents are written for the test (the
readable members of the class, ab-012, ag-005, u-008 and y-004, are fetched batches tests do not read)."""
import pytest

from extract.extractor import extract_document
from extract.pipeline import document_from_bytes
from extract.rules.exclusions import describes_the_situation

PLAN = """某区养老服务体系建设实施方案
一、实施背景
(一)发展基础
截至2022年,全区建成养老机构12家、社区日间照料中心5所,养老床位数1800张。
(二)发展趋势
60岁及以上人口的比重上升4.6个百分点,养老服务需求日益增长。
二、主要目标
到2025年,全区新建社区日间照料中心8所,养老床位数达到2500张。
"""

GLUED = """某河流域水生生物保护方案
一、某河流域
1.某河流域水生生物多样性及其保护现状据不完全统计,某河流域有鱼类120种,底栖动物45种(属)。目前,某河流域已建立水生生物自然保护区15处。
2.某河流域水生生物多样性面临的主要威胁受威胁鱼类种数占总数的18.5%。
3.某河流域保护行动到2025年,新建水生生物自然保护区3处,修复重要栖息地20处。
"""

SUMMARY = """某局2024年工作总结
一、工作成效
全年完成违法用地整改42宗,整改率95%。
二、存在问题
存在问题在取得成绩的同时,工作还存在一些不足,省级督察反馈问题尚有6个问题未整改到位。
"""

FIVE_YEAR = """某区数字经济发展规划
一、发展现状和形势
(一)发展现状。
2020年,全区数字经济核心产业增加值占地区生产总值比重达到7.5%,建成5G基站1200个。
二、发展目标
到2025年,数字经济核心产业增加值占地区生产总值比重达到10%。
"""

REVIEWED = """某区绿化发展规划
一、发展基础
(一)已取得的发展成就
建成口袋公园30座,新增绿道45公里。
二、主要任务
(一)开展现状调查
年底前完成20个片区绿地现状调查。
"""


def _targets(text: str) -> set[tuple[float, str | None]]:
    document = document_from_bytes(text.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {(float(t.value), t.unit) for t in extract_document(document, use_model=False).targets}


def test_the_stock_and_the_trend_under_a_background_heading_are_no_targets_but_the_goals_are():
    assert _targets(PLAN) == {(8, "所"), (2500, "张")}


def test_a_status_heading_run_into_its_first_sentence_still_holds_background():
    assert _targets(GLUED) == {(3, "处"), (20, "处")}


def test_the_problems_a_summary_owns_up_to_are_no_targets_but_its_results_are():
    assert _targets(SUMMARY) == {(42, "宗"), (95, "%")}


def test_a_five_year_plans_review_under_its_status_heading_stays_targets():
    assert _targets(FIVE_YEAR) == {(7.5, "%"), (1200, "个"), (10, "%")}


def test_a_review_under_its_own_heading_and_a_survey_task_stay_targets():
    assert _targets(REVIEWED) == {(30, "座"), (45, "公里"), (20, "个")}


@pytest.mark.parametrize("title", ["实施背景", "规划背景", "长江流域水生生物多样性及其保护现状据不完全统计",
                                   "黄河流域水生生物多样性面临的主要威胁", "存在问题", "存在的问题"])
def test_a_heading_on_the_situation(title):
    assert describes_the_situation([title])


@pytest.mark.parametrize("title", ["发展基础", "形势与挑战", "发展现状和形势", "(一)发展现状", "开展现状调查", "办理土地现状移交手续", "整改存在问题",
                                   "出让地块的基本情况", "《通知》制定的背景是什么"])
def test_a_heading_on_no_situation(title):
    assert not describes_the_situation([title])
