"""A department's work summary with the next period's plan (…局2024年工作总结及2025年工作计划): its text reviews
up to the first top-level heading that plans, and there every amount is a result with no time limit (全年,
本年度 and a heading's 以…为目标 name no plan), unless its own words plan (计划, 预期任务); its items are dated
by nothing, the plan's items by the plan heading's year. A change measured from last year (较上年) is planned
where its section plans. Invented texts, the summaries of development batches P and U (corpora/gold/dev-p,
dev-u: SOURCES.tsv) where ../extra is checked out, and work reports of the corpus."""
from __future__ import annotations

from datetime import date
from functools import cache

import pytest

import extract
from extract import extract_document
from extract.read import document_from_bytes
from extract.rules.deadlines import find_times
from extract.rules.status import reviews_then_plans

from ..corpus import doc_path, extra_path, read_cached

SUMMARY = """标题: 某市某区城市管理局2024年工作总结及2025年工作计划
发布时间: 2025-03-10 09:00
==================== 正文 ====================
2024年以来,我局在区委区政府的坚强领导下,紧紧围绕年初确定的各项工作部署,团结带领全局干部职工攻坚克难、真抓实干,\
较好地完成了年度各项目标任务。现将有关情况总结如下: 一、工作开展情况(一)以群众满意为目标,持续改善市容环境。\
一是公园建设加快推进。全年新建口袋公园12个,改造背街小巷30条,群众出行环境明显改善。二是环卫保洁持续加强。\
本年度完成道路保洁面积达到95%。计划2025年再改造背街小巷20条。 (二)以安全稳定为底线,守牢城市安全防线。\
一是燃气安全有力有序。开展燃气安全检查56次,整改隐患210处。二是投资项目稳步推进。固定资产投资预期任务为3亿元,\
已完成3.2亿元,完成率106.7%。
二、2025年工作计划 2025年,我局将重点做好以下工作:
(一)提升城市品质。新建口袋公园8个,城市道路机扫率较上年提高5个百分点。
(二)强化安全监管。全年开展燃气安全检查60次以上。
"""


@cache
def _summary(title: str = "") -> extract.Result:
    text = SUMMARY.replace("某市某区城市管理局2024年工作总结及2025年工作计划", title) if title else SUMMARY
    return extract_document(document_from_bytes(text.encode(), name="summary.txt", suffix=".txt"), use_model=False)


def _target(result: extract.Result, evidence: str) -> extract.Target:
    (found,) = [t for t in result.targets if t.evidence == evidence]
    return found


@pytest.mark.parametrize("evidence", ["全年新建口袋公园12个", "改造背街小巷30条", "本年度完成道路保洁面积达到95%",
                                      "开展燃气安全检查56次", "整改隐患210处", "已完成3.2亿元"],
                         ids=["whole-year", "listed", "this-year", "under-a-goal-heading", "after-it", "done"])
def test_the_review_part_reports_results_without_a_time_limit(evidence):
    found = _target(_summary(), evidence)
    assert (found.status, found.deadline) == ("achieved", None)


@pytest.mark.parametrize("evidence, value, deadline", [
    ("计划2025年再改造背街小巷20条", 20, "2025-12-31"),
    ("固定资产投资预期任务为3亿元", 300000000, None),
], ids=["plan-word", "named-target"])
def test_a_plan_stated_in_the_review_stays_planned(evidence, value, deadline):
    found = _target(_summary(), evidence)
    assert (found.value, found.status, found.deadline) == (value, "planned", deadline)


@pytest.mark.parametrize("evidence, unit", [
    ("新建口袋公园8个", "个"), ("城市道路机扫率较上年提高5个百分点", "百分点"), ("全年开展燃气安全检查60次以上", "次"),
], ids=["count", "change-from-last-year", "whole-year"])
def test_the_plan_part_plans_to_its_headings_year(evidence, unit):
    found = _target(_summary(), evidence)
    assert (found.unit, found.status, found.deadline) == (unit, "planned", "2025-12-31")


def test_the_review_items_have_no_time_limit_and_the_plan_items_the_plan_years():
    deadlines = {t.title: t.deadline for t in _summary().tasks}
    assert deadlines["以群众满意为目标,持续改善市容环境"] is None
    assert deadlines["以安全稳定为底线,守牢城市安全防线"] is None
    assert deadlines["提升城市品质"] == deadlines["强化安全监管"] == "2025-12-31"


def test_without_a_summarys_title_a_goal_heading_still_plans():
    found = _target(_summary("某市某区城市管理局2025年工作计划"), "改造背街小巷30条")
    assert found.status == "planned"  # (一)以群众满意为目标 under 一、工作开展情况: the inner heading decides


@pytest.mark.parametrize("title, expected", [
    ("某区管理局2024年工作总结及2025年工作计划", True),
    ("某区市场监督管理局关于2024年工作总结和2025年工作思路", True),
    ("某局上半年工作总结暨下半年工作打算", True),
    ("某区2025年工作计划", False),
    ("关于报送2024年工作总结和2025年工作计划的通知", False),
    ("某局2024年工作总结", False),
], ids=["plan", "ideas", "half-year", "plan-only", "notice-asking-for-them", "summary-only"])
def test_a_summarys_title_names_a_review_then_ends_on_a_plan(title, expected):
    assert reviews_then_plans(title) is expected


@pytest.mark.parametrize("text", ["较上年增长18.3%", "比去年增加5600亿元"], ids=["compared-with", "more-than"])
def test_last_year_compared_with_is_a_baseline(text):
    (mention,) = find_times(text, reference=date(2023, 3, 1))
    assert mention.role == "baseline"


@pytest.mark.parametrize("name, evidence, status, deadline", [
    ("p-009.txt", "全年实现开工项目21个", "achieved", None),
    ("p-009.txt", "2024年新增入库挖潜项目12个", "achieved", None),
    ("p-009.txt", "社保参保缴费率91.07%", "achieved", None),
    ("p-009.txt", "固定资产投资预期任务为9.5亿元", "planned", None),
    ("u-001.txt", "保障我区本年度90%的还本资金来源", "achieved", None),
    ("u-001.txt", "较上年增长18.3%", "planned", "2023-12-31"),
    ("u-006.txt", "今年全区共启动4次Ⅳ级应急响应", "achieved", None),
    ("u-006.txt", "推动建立基层应急抢险队伍(各片区15人、各村居5人)", "planned", "2023-12-31"),
    ("u-004.txt", "三是推动25个项目前期工作", "planned", "2023-12-31"),
    ("j-010.txt", "全年开工重点项目2000个以上", "planned", "2026-12-31"),
], ids=["p009-whole-year", "p009-year-reviewed", "p009-after-a-programme-name", "p009-named-target",
        "u001-this-year", "u001-change-planned", "u006-this-year-reviewed", "u006-plan-part",
        "u004-project-preparation", "j010-project-preparation"])
def test_the_summaries_of_batches_p_and_u(name, evidence, status, deadline):
    found = next(t for t in extract_document(read_cached(extra_path("corpus", name)), use_model=False).targets
                 if t.evidence == evidence)
    assert (found.status, found.deadline) == (status, deadline)


def test_a_summarys_review_items_are_undated_and_its_plan_items_dated_by_the_plan_heading():
    tasks = extract_document(read_cached(extra_path("corpus", "p-009.txt")), use_model=False).tasks
    review = [t for t in tasks if t.path and t.path[0] == "一、工作开展情况"]
    plan = [t for t in tasks if t.path and t.path[0].startswith("二、2025年工作计划")]
    assert len(review) == 7 and all(t.deadline is None for t in review)  # the heading and its six items
    assert len(plan) == 5 and {t.deadline for t in plan} == {"2025-12-31"}


@pytest.mark.parametrize("name, evidence", [
    ("gwrnat-002.txt", "比上年减少200亿元"),
    ("gwrnat-006.txt", "比上年预计数增加439亿元"),
], ids=["bonds-this-year", "social-security-this-year"])
def test_a_work_reports_change_from_last_year_in_this_years_budget_is_planned(name, evidence):
    found = next(t for t in extract_document(read_cached(doc_path(name)), use_model=False).targets
                 if t.evidence == evidence)
    assert found.status == "planned"
