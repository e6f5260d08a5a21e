"""Dates that govern no item (RECORDS.md section 5: never the plan's overall period from its title alone).

A notice's signature date run into the lines around it (``某区管委会2025年3月1日某区…方案`` on one line, or the
date opening the title's line under the issuer) signs the document and dates no section; a year in a heading
that names the goals or plan the work follows (``二、工作任务根据某镇2025年工作目标``, ``一、贯彻《某区2025年
工作要点》``) names them and dates no item. A heading's own period still dates its items (``二、2025年重点任务``,
``任务清单(2024-2026年)``, ``2026年重点工作`` of a work report), and a limit after an issuer stays a limit.
Invented notices, then real ones of y-004, w-005, j-009, k-015, y-001, p-005 and pool-001 (development batches:
skipped where ../extra is missing)."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.deadlines import find_times
from extract.rules.signatures import signs_document
from tests.corpus import doc_path, extra_path, pool_path, read_cached

TITLE = "某区管委会关于印发某区养老服务提升方案的通知"


def _result(text: str):
    return extract_document(document_from_bytes(text.encode(), name="notice.txt", suffix=".txt"), use_model=False)


def _deadline(result, title: str):
    (task,) = [t for t in result.tasks if t.title.startswith(title)]
    return task.deadline


SIGNED_ON_ONE_LINE = f"""{TITLE}
各片区管理局,区直各单位:《某区养老服务提升方案》已经区管委会研究同意,现印发给你们,请认真贯彻执行。
某区管委会2025年3月1日某区养老服务提升方案
为加快推进养老服务体系建设,提升居家社区养老服务水平,结合我区实际,制定本方案。
一、重点任务
(一)完善社区养老服务。推动社区食堂覆盖各村居。(责任单位:区民政局)
(二)加强人才培养。开展护理员技能培训。(责任单位:区人社局)
"""

SIGNED_ABOVE_THE_TITLE = f"""{TITLE}
各有关单位:现将《某区养老服务提升方案》印发给你们,请认真贯彻执行。
某区管委会办公室
2025年3月1日某区养老服务提升方案
一、完善社区养老服务。推动社区食堂覆盖各村居。(责任单位:区民政局)
二、加强人才培养。开展护理员技能培训。(责任单位:区人社局)
"""


@pytest.mark.parametrize("text", [SIGNED_ON_ONE_LINE, SIGNED_ABOVE_THE_TITLE])
def test_a_signature_date_run_into_the_title_dates_no_item(text):
    result = _result(text)
    assert _deadline(result, "完善社区养老服务") is None
    assert _deadline(result, "加强人才培养") is None


FOLDED_TITLE = "某区管委会关于印发某区养老服务提升方案的通知"


@pytest.mark.parametrize("line, when, signs", [
    ("某区管委会2025年3月1日某区养老服务提升方案", "2025年3月1日", True),
    ("请认真贯彻执行。 某区管委会办公室 2025年3月1日 某区养老服务提升方案 为提升…", "2025年3月1日", True),
    ("2025年3月1日", "2025年3月1日", True),
    ("区民政局2025年6月30日前完成社区食堂建设", "2025年6月30日", False),  # a limit after its unit
    ("某区管委会2025年3月1日召开专题会议", "2025年3月1日", False),  # a meeting's day, no title after it
    ("各单位于2025年3月1日前报送材料", "2025年3月1日", False),  # no issuer before it
    ("确保改革落地见效。某区人民政府办公室2025年3月1日(此件公开发布)", "2025年3月1日", True),  # a publication note
    ("抄送:区各单位。 某区管委会办公室2025年3月1日印发", "2025年3月1日", True),
    ("责任科室:综合科、规划科 某区管委会 2025年3月1日 来源:某区管委会", "2025年3月1日", True),
    ("营造良好氛围。 更新时间: 2025-03-01 11:25:37", "2025-03-01", True),  # a page's own date
    ("区民政局2025年6月30日前印发实施细则", "2025年6月30日", False),  # 前 before the note word: a limit
])
def test_which_dates_sign_the_document(line, when, signs):
    (mention,) = [t for t in find_times(line, reference=None) if t.text == when]
    assert signs_document(line, mention, FOLDED_TITLE) is signs


def test_a_limit_after_the_unit_that_meets_it_still_dates_its_item():
    result = _result(f"""{TITLE}
一、重点任务
(一)建设社区食堂。区民政局2025年6月30日前完成社区食堂建设。(责任单位:区民政局)
""")
    assert _deadline(result, "建设社区食堂") == "2025-06-30"


FOLLOWED = """某镇2025年工作实施方案
一、总体目标
把某镇建成宜居宜业的特色小镇。
二、小镇工作任务根据某镇2025年工作目标,通过引进产业、优化布局推动小镇发展。
(一)引进特色产业。引进特色餐饮和文创工坊。(责任单位:镇经发办)
(二)优化业态布局。聘请专业团队规划小镇业态。(责任单位:镇规划办)
三、贯彻《某区2025年工作要点》
(一)开展招商活动。赴外地开展招商推介。(责任单位:镇招商办)
四、2025年重点任务
(一)建设游客中心。完成游客中心主体工程。(责任单位:镇建设办)
"""


@pytest.mark.parametrize("title", ["引进特色产业", "优化业态布局", "开展招商活动"])
def test_a_year_naming_the_goals_followed_dates_no_item(title):
    assert _deadline(_result(FOLLOWED), title) is None


def test_a_heading_naming_its_own_year_still_dates_its_items():
    assert _deadline(_result(FOLLOWED), "建设游客中心") == "2025-12-31"


def _task_of(path, title):
    (task,) = [t for t in extract_document(read_cached(path), use_model=False).tasks if t.title.startswith(title)]
    return task


@pytest.mark.parametrize("title", ["加大托育服务建设力度", "建设综合型养老服务机构", "营造友好环境"])
def test_the_signature_run_into_an_elderly_care_plan_title_dates_no_item(title):
    assert _task_of(extra_path("corpus", "y-004.txt"), title).deadline is None


@pytest.mark.parametrize("title", ["打造夜景灯光秀项目", "缩小海关监管围网", "赴台招商"])
def test_a_town_plan_following_its_year_goals_dates_no_item(title):
    assert _task_of(extra_path("corpus", "w-005.txt"), title).deadline is None


def test_approving_a_cited_master_plan_takes_no_date_from_its_period():
    assert _task_of(extra_path("corpus", "j-009.html"), "原则同意").deadline is None


@pytest.mark.parametrize("path, title, deadline", [
    (("corpus", "k-015.txt"), "建设精品道路300条", "2026-12-31"),  # 任务清单(2024-2026年)
    (("corpus", "y-001.txt"), "2016年基本建成目标任务", "2016-12-31"),
    (("corpus", "p-005.txt"), "投资规模", "2016-12-31"),  # 按照2015、2016年两年行动计划: a limit, kept
])
def test_headings_naming_their_own_period_still_date_their_items(path, title, deadline):
    assert _task_of(extra_path(*path), title).deadline == deadline


def test_a_work_reports_plan_part_is_dated_by_its_heading():
    assert _task_of(pool_path("pool-001.txt"), "深入落实城市总体规划").deadline == "2026-12-31"


def test_a_state_council_signature_with_its_publication_note_dates_no_item():
    """国务院办公厅2020年7月15日(此件公开发布) run into the last item's paragraph (hfs-012)."""
    assert _task_of(doc_path("hfs-012.txt"), "抓好惠企政策兑现").deadline is None
