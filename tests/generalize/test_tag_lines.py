"""Items of several sentences that name their units in a tag without brackets, a line of its own after the item
(责任单位:…) or run on after its last sentence (…。牵头单位:…责任单位:…配合单位:…): as with a bracketed tag,
a clause's limit dates that clause's targets and not the item (RECORDS.md section 5; readable gold: 11 such
tasks, all undated, in p-004, r-002, w-005, y-004); a limit the tag carries (完成时限:…) still dates it.
Invented plans, then real r-002, w-005, y-004 and w-008 (development batches: skipped where ../extra is missing)."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import extra_path, read_cached

PLAN = """某区关于推进社区养老服务的工作方案
某区管理委员会
2025年3月1日
一、完善养老设施。在街道建设照料中心,在社区建设服务站点。到2026年底,建成社区服务站点20个。
责任单位:区民政局、区住建局
二、培育服务机构。引导社会力量兴办养老机构,年内新增养老床位300张。推动机构连锁运营。牵头单位:区民政局责任单位:区市场监管局配合单位:区财政局
三、建设信息平台。整合老年人信息,开发线上服务功能。推动平台与医院联通。牵头单位:区民政局配合单位:区卫健局完成时限:2025年9月底
四、开展评估试点。2025年底前完成老年人能力评估试点。
责任单位:区民政局
五、加强队伍建设。开展护理人员培训,提升服务技能。力争年内培训护理员500人次。
"""


def _plan():
    return extract_document(document_from_bytes(PLAN.encode(), name="plan.txt", suffix=".txt"), use_model=False)


def _deadline(result, title):
    (task,) = [t for t in result.tasks if t.title.startswith(title)]
    return task.deadline


@pytest.mark.parametrize("title", ["完善养老设施", "培育服务机构"])
def test_a_clause_limit_dates_no_item_tagged_on_its_own_line_or_after_it(title):
    assert _deadline(_plan(), title) is None


def test_the_clause_limit_still_dates_its_target():
    result = _plan()
    assert {t.deadline for t in result.targets if t.value == 20} == {"2026-12-31"}
    assert {t.deadline for t in result.targets if t.value == 300} == {"2025-12-31"}


@pytest.mark.parametrize("title, deadline", [
    ("建设信息平台", "2025-09-30"),  # the tag carries its limit
    ("开展评估试点", "2025-12-31"),  # one sentence: its limit governs the item
    ("加强队伍建设", "2025-12-31"),  # no tag: the item's latest limit, as before
])
def test_limits_governing_the_whole_item_date_it(title, deadline):
    assert _deadline(_plan(), title) == deadline


def _tasks(name):
    return extract_document(read_cached(extra_path("corpus", name)), use_model=False).tasks


def _task_of(tasks, title):
    (task,) = [t for t in tasks if t.title == title]
    return task


def test_a_provincial_opinion_with_unit_lines_dates_its_items_by_no_clause():
    tasks = _tasks("r-002.txt")
    assert [_task_of(tasks, t).deadline for t in ("提升大学生创新创业能力", "推进创新创业平台建设")] == [None, None]


def test_a_town_plan_with_run_on_unit_tags_dates_its_items_by_no_clause():
    tasks = _tasks("w-005.txt")
    assert [_task_of(tasks, t).deadline for t in ("设置离岛免税商城(过渡点)", "腾笼换鸟")] == [None, None]


def test_an_elderly_care_plan_with_run_on_unit_tags_dates_its_items_by_no_clause():
    tasks = _tasks("y-004.txt")
    titles = ("强化养老服务兜底保障", "加快补齐养老服务短板", "推动养老服务规范发展", "壮大养老服务产业", "加强规划用地保障")
    assert [_task_of(tasks, t).deadline for t in titles] == [None] * 5


def test_a_completion_limit_beside_the_tag_dates_the_item():
    tasks = _tasks("w-008.txt")
    assert _task_of(tasks, "支持平潭海峡二桥与海关有关监管项目建设").deadline == "2019-11-30"
