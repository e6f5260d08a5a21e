"""How the review part and the plan part of a work summary with the next year's plan are told apart, and how
the year the plan names reaches its items: the plan part starts at a heading holding one part of the title
(三、2025年工作思路, not the title repeated), or at a top-level section whose opening sentence names the year the
title plans for (二、奋勇争先,…做好2023年工作…); its items have that year's last day as time limit whatever one
of their clauses says (上半年, 谋划2024—2025年…), its amounts are planned; in the review part an opening 今年,…
is the year reviewed. Invented texts, and the summaries of development batch U (corpora/gold/dev-u) where
../extra is checked out."""
from __future__ import annotations

from functools import cache

import pytest

import extract
from extract import extract_document
from extract.read import document_from_bytes
from extract.rules.status import heads_one_part, plan_part, reviews_then_plans

from ..corpus import extra_path, read_cached

RUN_ON = """标题: 某区应急管理局2022年工作总结暨2023年工作思路
发布时间: 2023-11-20 09:00
==================== 正文 ====================
2022年,我局在区委区政府的坚强领导下,扎实推进应急管理各项工作。
一、稳中求进,攻坚克难,2022年各项工作取得实效
(一)坚持安全发展,筑牢安全防线。开展安全检查320次,整改隐患860处。今年全区共启动3次防汛应急响应,转移群众210人次。
(二)坚持队伍建设,提升履职能力。组织业务培训12场次。
二、真抓实干,奋发有为,全力以赴做好2023年工作紧紧围绕区委区政府中心工作,主动担当作为,服务保障发展大局。
1.加快应急体系建设。推动建立基层应急队伍,完成6个试点社区标准化建设。做好上半年汛前准备工作。
2.抓好项目前期工作。推动8个项目前期工作,谋划2024—2025年新建应急避难场所项目。
"""

TITLED = """标题: 某区自然资源局2024年工作总结及2025年工作思路
发布时间: 2025-09-01 09:00
==================== 正文 ====================
2024年,全区自然资源工作稳步推进。
一、2024年工作总结
(一)坚持规划引领。完成村庄规划编制40个。
二、2025年工作思路
(一)完善规划体系。完成村庄规划编制30个。
(二)保障项目用地。完成年度供地任务900亩。
"""


@cache
def _extract(text: str) -> extract.Result:
    return extract_document(document_from_bytes(text.encode(), name="summary.txt", suffix=".txt"), use_model=False)


def _target(result: extract.Result, evidence: str) -> extract.Target:
    (found,) = [t for t in result.targets if t.evidence == evidence]
    return found


def test_a_plan_heading_run_into_its_body_starts_the_plan_part_by_the_year_the_title_plans_for():
    deadlines = {t.title: t.deadline for t in _extract(RUN_ON).tasks}
    assert deadlines["坚持安全发展,筑牢安全防线"] is None and deadlines["坚持队伍建设,提升履职能力"] is None
    assert deadlines["加快应急体系建设"] == deadlines["抓好项目前期工作"] == "2023-12-31"


@pytest.mark.parametrize("evidence, value", [("完成6个试点社区标准化建设", 6), ("推动8个项目前期工作", 8)],
                         ids=["after-a-half-year-clause", "project-preparation"])
def test_the_plan_parts_amounts_are_planned_for_the_year_the_title_plans_for(evidence, value):
    found = _target(_extract(RUN_ON), evidence)
    assert (found.value, found.status, found.deadline) == (value, "planned", "2023-12-31")


@pytest.mark.parametrize("evidence", ["今年全区共启动3次防汛应急响应", "转移群众210人次", "开展安全检查320次"],
                         ids=["this-year-opening", "after-it", "plain"])
def test_this_year_opening_a_review_sentence_is_the_year_reviewed(evidence):
    found = _target(_extract(RUN_ON), evidence)
    assert (found.status, found.deadline) == ("achieved", None)


def test_a_heading_holding_the_plan_part_of_the_title_heads_the_plan_part():
    result = _extract(TITLED)
    assert {t.title: t.deadline for t in result.tasks}["保障项目用地"] == "2025-12-31"
    assert _target(result, "完成年度供地任务900亩").deadline == "2025-12-31"
    assert (_target(result, "完成村庄规划编制40个").status, _target(result, "完成村庄规划编制30个").status) == (
        "achieved", "planned")


@pytest.mark.parametrize("title, part", [
    ("某局2024年工作总结及2025年工作思路", "及2025年工作思路"),
    ("某局关于2024年度工作总结和2025年工作计划的报告", "和2025年工作计划"),
    ("某局关于2024年度工作总结的报告", None),
    ("某区2025年工作计划", None),
], ids=["plan", "report-on-both", "report-on-the-review", "plan-only"])
def test_the_plan_part_of_a_summarys_title(title, part):
    assert plan_part(title) == part and reviews_then_plans(title) is (part is not None)


@pytest.mark.parametrize("heading, expected", [("2025年工作思路", True), ("2024年工作总结", True),
                                               ("2024年工作总结及2025年工作思路", False)],
                         ids=["plan-part", "review-part", "whole-title"])
def test_a_heading_holding_one_part_of_a_summarys_title(heading, expected):
    assert heads_one_part("某局2024年工作总结及2025年工作思路", heading) is expected


@pytest.mark.parametrize("name, titles", [
    ("u-005.txt", ["谋划产业发展,推动农业农村现代化迈出新步伐", "坚持城乡融合,构建城乡一体化发展新格局"]),
    ("u-006.txt", ["奋勇争先", "加快综合执法改革进程", "抓好队伍综合能力提升"]),
    ("u-008.txt", ["深入推进全面从严治党", "全力推进督察问题整改"]),
], ids=["u005-own-clause-limits", "u006-run-on-plan-heading", "u008-heading-part-of-title"])
def test_the_plan_items_of_batch_u_have_the_plan_year(name, titles):
    tasks = extract_document(read_cached(extra_path("corpus", name)), use_model=False).tasks
    year = {"u-005.txt": "2023", "u-006.txt": "2023", "u-008.txt": "2025"}[name]
    assert [next(t.deadline for t in tasks if t.title == title) for title in titles] == [f"{year}-12-31"] * len(titles)


def test_a_report_on_a_summary_and_a_plan_has_a_review_part():
    tasks = extract_document(read_cached(extra_path("corpus", "u-007.txt")), use_model=False).tasks
    assert next(t.deadline for t in tasks if t.title.startswith("多角度扩宽融资渠道")) is None
