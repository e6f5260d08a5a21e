"""A list of duties written one unit a line under a heading naming it (职责分工, 部门职责): each line is a
task owned by the units it opens on; the section over them keeps its own task. Invented notices, and the
lists of the shared corpus."""
import pytest

from extract.extractor import extract_document
from extract.pipeline import document_from_bytes
from extract.rules.entries import entry_units
from tests.corpus import doc_path, extra_path, read_cached

NOTICE = """某县推进全民健身工作方案
一、工作目标
到2026年底,全县建成健身步道20公里。
二、部门职责分工
县体育局负责统筹全民健身场地设施建设。
县财政局负责落实健身设施建设资金。
县应急局负责指导健身场所的消防安全检查。
各乡镇:负责本辖区健身场地的日常管理。
三、保障措施
加强宣传引导。
"""

NOT_A_LIST = """某县推进全民健身工作方案
一、职责分工
县体育局负责统筹全民健身场地设施建设。
要加强健身设施的日常维护,确保安全使用。
县财政局负责落实健身设施建设资金。
县应急局负责指导健身场所的消防安全检查。
"""

LEAD_IN = """某县应急避难场所建设实施方案
一、工作目标
到2026年底,全县建成应急避难场所12处。
二、职责分工
按照属地负责的原则,在县政府统一领导下,县应急局牵头,各部门配合做好避难场所建设。
县应急局:负责编制避难场所建设规划。
县教育局:负责推进在学校建设避难场所。
县体育局:负责利用体育场馆建设避难场所。
附表:1.避难场所建设计划表
2.避难场所项目表
"""


def _tasks(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt")
    return extract_document(document).tasks


def test_each_line_of_a_duty_list_is_a_task_of_its_unit():
    owners = {t.title: t.owners for t in _tasks(NOTICE)}
    assert owners["县体育局负责统筹全民健身场地设施建设"] == ("县体育局",)
    assert owners["县应急局负责指导健身场所的消防安全检查"] == ("县应急局",)  # not 县 before 应急局
    assert owners["各乡镇"] == ("各乡镇",)


def test_the_heading_over_the_list_keeps_every_unit():
    owners = {t.title: t.owners for t in _tasks(NOTICE)}
    assert set(owners["部门职责分工"]) >= {"县体育局", "县财政局", "县应急局"}


def test_lines_under_another_heading_are_no_tasks():
    assert not any(t.title.startswith("加强宣传引导") and t.owners for t in _tasks(NOTICE))


def test_a_line_that_opens_on_no_unit_makes_no_list():
    titles = {t.title for t in _tasks(NOT_A_LIST)}
    assert titles == {"职责分工"}


@pytest.mark.parametrize("line, units", [
    ("市城管局:负责市容巡查。", ("市城管局",)),
    ("市、区民政部门负责养老服务设施建设。", ("市民政部门", "区民政部门")),
    ("区应急局负责安全检查。", ("区应急局",)),
    ("各街道、镇作为辖区管理的责任主体,负责日常监管。", ("各街道", "镇")),
    ("某某建设工程有限公司应诉通知公告", ()),
    ("县应急预案的修订与发布。", ()),
    ("加强宣传引导,营造良好氛围。", ()),
], ids=["colon", "level-series", "ying-in-a-name", "bare-subject", "ying-su-is-no-duty", "ying-ji-is-no-duty", "no-unit"])
def test_the_units_a_line_opens_on(line, units):
    assert entry_units(line).owners == units


def test_an_annex_of_duties_gives_a_task_per_unit():
    """jxgov-007: an annex of department duties, one line each (省发展改革委负责…)."""
    tasks = extract_document(read_cached(doc_path("jxgov-007.html"))).tasks
    lines = [t for t in tasks if t.path and t.path[0].startswith("附件") and t.owners and len(t.owners) == 1]
    owners = {t.owners[0] for t in lines}
    assert len(lines) == 16
    assert {"省发展改革委", "省应急厅", "团省委", "省计划生育协会"} <= owners and "省" not in owners


def test_a_duties_section_of_paragraphs_keeps_its_own_task():
    """shgov-005 三、职责分工: four paragraphs, each a unit's duties; the section's task keeps them all."""
    tasks = extract_document(read_cached(doc_path("shgov-005.txt"))).tasks
    section = next(t for t in tasks if t.title == "职责分工")
    lines = {t.owners for t in tasks if t.path == section.path and t.title != "职责分工"}
    assert lines == {("区绿化市容局",), ("区城管执法局",), ("区住房保障房屋管理局",), ("各街道", "镇")}
    assert {"区绿化市容局", "各街道", "镇"} <= set(section.owners)


def test_a_lead_in_and_a_list_of_annexes_around_the_lines_leave_them_a_list():
    """A lead-in sentence before the lines (按照…原则,县应急局牵头,…) and the list of attached tables after them."""
    owners = {t.title: t.owners for t in _tasks(LEAD_IN)}
    assert owners["县教育局"] == ("县教育局",)
    assert owners["县体育局"] == ("县体育局",)
    assert not any(title.startswith("附表") for title in owners)


def test_a_district_list_of_duties_after_a_lead_in():
    """o-008 五、职责分工: a lead-in naming the leads, then 区民防办:负责… one unit a line, then 附表:1、…."""
    tasks = extract_document(read_cached(extra_path("corpus", "o-008.txt"))).tasks
    owners = {t.title: t.owners for t in tasks}
    assert owners["区民防办"] == ("区民防办",)
    assert owners["区房管局"] == ("区房管局",)
    assert owners["各镇政府、街道(开发区)办事处、头桥集团"] == ("各镇政府", "街道(开发区)办事处", "头桥集团")
