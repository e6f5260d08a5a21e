"""Duties written by party: under a section of duties (职责分工, 分工与职责) a heading that is a unit's name
((一)县住建局), or a heading ending with 职责, gives its units to the items below it; an item opening on
units the heading covers (one of its units, a member of 各镇人民政府 or of 成员单位) is theirs, other units an
item opens on are what the duty is about. Invented notices, and the lists of the shared corpus and of the
development batches."""
import pytest

from extract.extractor import extract_document
from extract.pipeline import document_from_bytes
from extract.unit_headings import narrowed
from extract.rules.owners import Owners
from tests.corpus import doc_path, extra_path, read_cached

NOTICE = """某县加强物业小区垃圾管理的实施意见
一、工作目标
到2026年底,全县小区垃圾分类覆盖率达到90%。
二、分工与职责
(一)县住房和城乡建设局
县住建局是本县物业管理的主管部门,主要履行以下职责:
1.制定物业小区垃圾投放管理规范;
2.落实物业服务企业将装修垃圾委托清运;
3.每年开展物业小区检查不少于4次。
(二)各镇人民政府
1.城关镇人民政府负责老城区小区的日常巡查;
2.组织村委会配合物业服务企业做好垃圾管理;
(三)县交通运输局和县公路事务中心
1.县公路事务中心应当做好公路沿线垃圾清运;
2.加强运输车辆密闭管理。
(四)学校
1.加强垃圾分类教育。中小学校要每学期开展1次垃圾分类课。
三、保障措施
加强宣传引导。
"""

NO_DUTIES = """某县脱贫攻坚情况报告
一、基本情况
全县共有贫困村30个。
二、深度贫困村
(一)城关镇4个
(二)河口镇5个
"""

DUTY_HEADINGS = """某县粮食应急预案
一、组织机构
(一)县粮食应急指挥部职责
1.掌握全县粮食市场形势;
2.向县政府提出启动应急措施的建议。
(二)县粮食应急指挥部成员单位职责
1.县发展改革局负责应急工作的综合协调;
2.县财政局负责安排应急工作所需经费。
"""

STRUCTURE = """某县突发事件应急预案
一、组织指挥体系
(一)县级层面组织指挥机构
县应急管理局负责突发事件应对的指导协调工作。
(二)乡镇层面组织指挥机构
各乡镇人民政府负责本行政区域内的突发事件应对工作。
"""


def _owners(text: str) -> dict[str, tuple[str, ...]]:
    document = document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {t.title: t.owners for t in extract_document(document).tasks}


def _opening(tasks, words: str) -> tuple[str, ...]:
    """The owners of the one task whose title opens on ``words``."""
    found = [t for t in tasks if t.title.startswith(words)]
    assert len(found) == 1, [t.title for t in found]
    return found[0].owners


@pytest.mark.parametrize("title, owners", [
    ("制定物业小区垃圾投放管理规范", ("县住房和城乡建设局",)),
    ("落实物业服务企业将装修垃圾委托清运", ("县住房和城乡建设局",)),
    ("城关镇人民政府负责老城区小区的日常巡查", ("城关镇人民政府",)),
    ("组织村委会配合物业服务企业做好垃圾管理", ("各镇人民政府",)),
    ("县公路事务中心应当做好公路沿线垃圾清运", ("县公路事务中心",)),
    ("加强运输车辆密闭管理", ("县交通运输局", "县公路事务中心")),
    ("加强垃圾分类教育", ("学校",)),
], ids=["duty-of-the-heading", "unit-the-duty-is-about", "member-of-each", "object-of-each", "one-of-the-heading",
        "both-of-the-heading", "later-sentence-subject"])
def test_an_item_below_a_party_heading(title, owners):
    assert _owners(NOTICE)[title] == owners


def test_an_amount_below_a_party_heading_is_the_partys():
    document = document_from_bytes(NOTICE.encode("utf-8"), name="notice.txt", suffix=".txt")
    targets = {t.evidence: t.owners for t in extract_document(document).targets}
    inspection = next(owners for evidence, owners in targets.items() if "不少于4次" in evidence)
    assert inspection == ("县住房和城乡建设局",)


def test_the_party_heading_keeps_its_own_task():
    assert _owners(NOTICE)["县住房和城乡建设局"] == ("县住房和城乡建设局",)


def test_a_unit_like_heading_outside_a_section_of_duties_gives_nothing():
    owners = _owners(NO_DUTIES)
    assert owners["城关镇4个"] == () and owners["河口镇5个"] == ()


def test_a_heading_ending_with_duties_gives_its_unit():
    owners = _owners(DUTY_HEADINGS)
    assert owners["掌握全县粮食市场形势"] == ("县粮食应急指挥部",)
    assert owners["县发展改革局负责应急工作的综合协调"] == ("县发展改革局",)  # a member of 成员单位


def test_a_heading_naming_a_kind_of_body_is_owned_by_its_text():
    """县级层面组织指挥机构 says how the plan is organized (structure_bodies.tsv): its text says who acts."""
    owners = _owners(STRUCTURE)
    assert owners["县级层面组织指挥机构"] == ("县应急管理局",)
    assert owners["乡镇层面组织指挥机构"] == ("各乡镇人民政府",)


@pytest.mark.parametrize("heading, words, opening, owners", [
    (("区住建局",), "制定管理规范", (), ("区住建局",)),
    (("区住建局",), "落实物业企业将垃圾委托清运", ("落实物业企业",), ("区住建局",)),
    (("各街道办事处",), "甲街道办事处负责", ("甲街道办事处",), ("甲街道办事处",)),
    (("某指挥部成员单位",), "区财政局负责", ("区财政局",), ("区财政局",)),
    (("区运输单位", "区服务单位"), "区运输单位按合同", (), ("区运输单位",)),
], ids=["no-opening", "uncovered-opening", "member-of-each", "member-of-a-body", "named-heading-unit"])
def test_narrowed(heading, words, opening, owners):
    assert narrowed(Owners(heading), words, Owners(opening)).owners == owners


def test_national_plan_duty_headings():
    """govcn-009 2.1.1 国家粮食应急工作指挥部职责 (1)…(4); 2.1.3 成员单位职责: each member names itself."""
    tasks = extract_document(read_cached(doc_path("govcn-009.html"))).tasks
    assert _opening(tasks, "对省级人民政府和有关部门开展") == ("国家粮食应急工作指挥部",)
    assert _opening(tasks, "综合有关情况,起草有关文件") == ("国家粮食应急工作指挥部办公室",)
    assert _opening(tasks, "财政部负责安排、审核") == ("财政部",)


def test_district_duties_by_party():
    """r-006 三、分工与职责: (一)…局 > 1.组织制定…; (十)…运输单位和作业服务单位 > 1.…运输单位按…."""
    tasks = extract_document(read_cached(extra_path("corpus", "r-006.md"))).tasks
    assert _opening(tasks, "组织制定建筑垃圾处置管理标准") == ("虹口区绿化和市容管理局",)
    assert _opening(tasks, "落实物业服务企业将居住区装修") == ("虹口区住房保障和房屋管理局",)
    assert _opening(tasks, "组织居委会配合物业服务企业") == ("各街道办事处",)
    assert _opening(tasks, "区中标的道路运输单位按收运") == ("区中标的道路运输单位",)


def test_school_duties_by_party():
    """r-004 五、职责分工 (七)学校 > 5.坚持护眼措施常态化。中小学校要…: the school's, and its amounts."""
    result = extract_document(read_cached(extra_path("corpus", "r-004.txt")))
    owners = {t.title: t.owners for t in result.tasks}
    assert owners["坚持护眼措施常态化"] == ("学校",)
    assert owners["规范诊断治疗"] == ("医疗卫生机构",)
    exercise = next(t for t in result.targets if t.evidence.startswith("中小学校要严格组织"))
    assert exercise.owners == ("学校",)


def test_members_below_each_keep_their_names():
    """o-004 (五)各街道办事处 > 1.提篮桥街道办事处负责…: the member named."""
    tasks = extract_document(read_cached(extra_path("corpus", "o-004.txt"))).tasks
    assert _opening(tasks, "提篮桥街道办事处负责") == ("提篮桥街道办事处",)
