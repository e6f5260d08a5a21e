"""Ordinal lists run into one paragraph after its lead-in's colon (…重点抓好三个方面工作:一是…。二是…;三是…): each
point is an item of the paragraph's section, so that the section's time limit and owners reach it; the amounts in
the points stay as they were. The documents are written for the tests; the real ones are read from ../shared and
../extra."""
import pytest

from extract.extractor import extract_document
from extract.index import own_spans
from extract.inline_lists import inline_lists
from extract.outline import parse_outline
from extract.read import document_from_bytes
from tests.corpus import extra_path, pool_path, read_cached

PLAN = """某区市场监督管理局2024年工作总结和2025年工作计划
一、2024年工作总结
过去一年,我局全年查处各类违法案件120件,办结率100%。
二、2025年工作计划
2025年,区市场监管局将围绕全区中心工作,持续优化营商环境。重点抓好三个方面工作:一是强化食品安全监管。开展校园食品安全专项整治,完成食品抽检1500批次以上。二是优化营商环境。深化登记注册便利化改革,新增经营主体3000户。三是加强队伍建设。坚持党建引领,提升执法人员专业水平。
某区市场监督管理局
2024年12月20日
"""


def _tasks(text: str):
    document = document_from_bytes(text.encode(), name="plan.txt", suffix=".txt")
    return document, extract_document(document, use_model=False)


def test_the_points_after_a_colon_are_items_of_the_paragraphs_section():
    plan = parse_outline(PLAN).children[1]
    assert [(c.family, c.marker, c.title) for c in plan.children] == [
        ("runin", "一是", "强化食品安全监管"), ("runin", "二是", "优化营商环境"), ("runin", "三是", "加强队伍建设")]


def test_the_sections_time_limit_and_owners_reach_its_points():
    _, result = _tasks(PLAN)
    tasks = {t.title: t for t in result.tasks}
    for title in ("强化食品安全监管", "优化营商环境", "加强队伍建设"):
        assert tasks[title].deadline == "2025-12-31"
        assert tasks[title].owners == ("区市场监管局",)
    own = tasks["2025年工作计划"].text  # the lead-in stays the section's own, the points are not
    assert "重点抓好三个方面工作:" in own and "一是" not in own


def test_the_amounts_of_the_points_keep_their_records():
    """The targets in the points read as they did in the unsplit paragraph: value, unit, deadline, owners, status."""
    _, result = _tasks(PLAN)
    _, unsplit = _tasks(PLAN.replace("工作:一是", "工作:首先是"))  # no list: one paragraph as before
    got = {(t.value, t.unit, t.deadline, t.owners, t.status) for t in result.targets}
    assert (1500, "批次", "2025-12-31", (), "planned") in got
    assert (3000, "户", "2025-12-31", (), "planned") in got
    assert got == {(t.value, t.unit, t.deadline, t.owners, t.status) for t in unsplit.targets}


SENTENCE = """某县农业农村局关于做好2025年春耕生产的通知
一、工作目标
2025年,全县主要目标是:一是粮食播种面积稳定,二是耕地质量稳步提升,三是农民收入持续增加。到2030年,全面建成高标准农田。
二、工作要求
各乡镇要加强领导,落实责任。
"""


def test_points_cut_by_commas_make_one_sentence_and_the_last_ends_with_it():
    goals = parse_outline(SENTENCE).children[0]
    assert [c.title for c in goals.children] == ["粮食播种面积稳定", "耕地质量稳步提升", "农民收入持续增加"]
    document = document_from_bytes(SENTENCE.encode(), name="notice.txt", suffix=".txt")
    last = goals.children[-1]
    assert document.text[last.start:last.end] == "三是农民收入持续增加。"
    own = "".join(span.text(document.text) for span in own_spans(document.outline.children[0]))
    assert "到2030年,全面建成高标准农田。" in own  # the sentence after the list is the section's own
    tasks = {t.title: t for t in extract_document(document, use_model=False).tasks}
    assert tasks["农民收入持续增加"].deadline == "2025-12-31"  # the section's year, not the later sentence's


@pytest.mark.parametrize("paragraph", [
    "重点做好以下工作:一批项目建成投产,二批项目开工建设。",  # an ordinal before another word
    "重点做好以下工作:一是加强组织领导,确保各项任务落实到位。",  # one point is no list
    "重点做好以下工作:一是加强组织领导。三是强化督促检查,确保落实。",  # numbering broken
    "重点做好以下工作:一是加强组织领导。二要强化督促检查,确保落实。",  # another word
    "工作要快,一是加强组织领导。二是强化督促检查,确保落实。",  # no colon opens it
    "总的要求是:一是快,二是准,三是稳。",  # a point without a heading of four characters
], ids=["ordinal-before-another-word", "one-point", "broken-numbering", "another-word", "no-colon", "no-heading"])
def test_what_is_no_list_run_into_a_paragraph_stays_text(paragraph):
    section = parse_outline(f"某局通知\n一、工作安排\n{paragraph}\n").children[0]
    assert section.children == ()


def test_a_page_of_one_paragraph_has_no_points():
    """An interview's answers on a page of one paragraph: no section dates or owns them."""
    page = "某部负责人答记者问。问:《方案》有哪些亮点?答:一是突出问题导向。针对短板提出措施。二是强化指导帮扶。提出帮扶措施。"
    assert parse_outline(page).children == ()


def test_a_question_after_a_list_leads_in_to_the_next_one():
    text = ("某局政策解读\n一、主要内容\n问:《办法》有哪些亮点?答:一是坚持问题导向。针对短板提出措施。二是强化指导帮扶。"
            "提出帮扶措施。问:如何落实?答:一是加强宣传解读。组织专家解读。二是细化工作举措。制定具体方案。\n")
    section = parse_outline(text).children[0]
    assert [c.title for c in section.children] == ["坚持问题导向", "强化指导帮扶", "加强宣传解读", "细化工作举措"]
    assert text[section.children[1].start:section.children[1].end] == "二是强化指导帮扶。提出帮扶措施。"


def test_inline_lists_give_each_list_its_markers_and_end():
    line = "主要包括:一是甲乙丙丁;二是戊己庚辛。其后另起一句。"
    (found,) = inline_lists(line)
    assert [line[a:b] for a, b in found.markers] == ["一是", "二是"]
    assert line[:found.end].endswith("二是戊己庚辛。")


def test_a_district_bureaus_plan_has_its_five_points_as_tasks():
    """u-002: 二、2025年工作思路 …重点抓好五个方面工作:一是…。…五是…。 in one paragraph: five tasks of the bureau,
    dated by the heading's year, as its gold has them; the amounts of the paragraph are read as before."""
    result = extract_document(read_cached(extra_path("corpus", "u-002.txt")), use_model=False)
    points = [t for t in result.tasks if t.path and t.path[0].startswith("二、2025年工作思路") and len(t.path) == 2]
    assert [t.title for t in points] == ["持续提升市场监管安全保障水平", "积极构建公平有序透明高效的市场秩序",
                                         "营造诚信经营放心旅游的消费环境", "积极服务两岸共同市场先行区建设",
                                         "建设忠诚干净担当专业的干部队伍"]
    assert {(t.owners, t.deadline) for t in points} == {(("区市监局",), "2025-12-31")}


def test_a_plan_outline_lists_its_tasks_in_one_sentence():
    """e-013: (二)重点任务。主要包括:一是…;…十五是…。 fifteen items of the section, dated by its “十五五”."""
    document = read_cached(extra_path("corpus", "e-013.txt"))
    section = next(s for s in document.outline.walk() if s.title == "重点任务")
    assert [c.marker for c in section.children][::7] == ["一是", "八是", "十五是"]
    assert section.children[0].title == "构建体现吉林特色的现代化产业体系,巩固壮大实体经济根基"


def test_the_sentence_after_a_list_of_goals_is_not_its_last_points():
    """pool-001: …一是首都功能持续提升,…七是首都安全水平全面提升。在此基础上…到2035年…: the last goal ends with
    its sentence, and is dated by the section's “十五五”, not by 2035."""
    result = extract_document(read_cached(pool_path("pool-001.txt")), use_model=False)
    task = next(t for t in result.tasks if t.title == "首都安全水平全面提升")
    assert task.text == "七是首都安全水平全面提升。"
    assert task.deadline == "2030-12-31"
