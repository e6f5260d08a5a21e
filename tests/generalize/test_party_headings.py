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

PARTIES = """某镇2026年度安全生产工作责任清单
一、镇应急办
1.负责全镇安全生产综合监督管理工作。
2.组织编制全镇生产安全事故应急预案,每年组织演练不少于2次。
二、镇规划建设办
1.负责房屋建筑施工安全的监督管理。
2.组织开展城镇燃气安全专项整治。
三、各村(社区)
1.落实属地安全生产管理责任。
四、工作要求
各单位要高度重视,加强值班值守。
"""

ANNEXES = """关于印发某区各部门安全生产工作职责的通知
各街道,区各部门:
现将各部门安全生产工作职责印发给你们,请认真贯彻执行。
附件1
区住房城乡建设局安全生产工作职责
1.负责全区建设工程安全生产监督管理工作。
2.组织开展建筑施工安全专项整治。
附件2 区卫生健康委安全生产责任清单
1.负责医疗机构安全生产监督管理。
2.组织开展医疗卫生应急演练。
"""

TOPICS = """某区关于加强物业管理的实施意见
一、总体要求
到2026年底,全区物业服务覆盖率达到95%。
二、重点任务
(一)加强小区公共设施维护
1.开展小区设施排查。
(二)街道社区
1.完善社区议事协商机制。
2.推动业主委员会组建。
(三)物业服务企业信用管理
1.建立物业服务企业信用档案。
"""

COUNTED = """某县脱贫攻坚情况报告
一、基本情况
(一)极贫乡镇
1个(城关镇,贫困发生率20%)。
(二)深度贫困村
12个(具体情况见附表)。
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


@pytest.mark.parametrize("title, owners", [
    ("负责全镇安全生产综合监督管理工作", ("镇应急办",)),
    ("组织编制全镇生产安全事故应急预案,每年组织演练不少于2次", ("镇应急办",)),
    ("组织开展城镇燃气安全专项整治", ("镇规划建设办",)),
    ("落实属地安全生产管理责任", ("各村",)),
], ids=["duty", "duty-with-amount", "second-party", "each-village"])
def test_an_item_of_a_list_of_parties(title, owners):
    """一、镇应急办 二、镇规划建设办 三、各村(社区): headings that are units' names, each over its duties, though
    no heading of duties stands over them; 四、工作要求 after them is no party."""
    assert _owners(PARTIES)[title] == owners


def test_an_amount_of_a_list_of_parties_is_the_partys():
    document = document_from_bytes(PARTIES.encode("utf-8"), name="notice.txt", suffix=".txt")
    drill = next(t for t in extract_document(document).targets if "不少于2次" in t.evidence)
    assert drill.owners == ("镇应急办",)


@pytest.mark.parametrize("title, owners", [
    ("区住房城乡建设局安全生产工作职责", ("区住房城乡建设局",)),
    ("负责全区建设工程安全生产监督管理工作", ("区住房城乡建设局",)),
    ("区卫生健康委安全生产责任清单", ("区卫生健康委",)),
    ("组织开展医疗卫生应急演练", ("区卫生健康委",)),
], ids=["annex-title", "annex-item", "one-line-annex-title", "one-line-annex-item"])
def test_an_annex_of_one_units_duties_in_a_field_of_work(title, owners):
    """附件1 区住房城乡建设局安全生产工作职责: the unit, then the field its duties are in, then 职责 or 责任清单."""
    assert _owners(ANNEXES)[title] == owners


def test_a_unit_heading_among_headings_of_work_is_a_topic():
    """(二)街道社区 between headings of work: what the items are about; they name no owner."""
    owners = _owners(TOPICS)
    assert owners["完善社区议事协商机制"] == () and owners["推动业主委员会组建"] == ()
    assert owners["街道社区"] == ()


def test_headings_over_counts_name_categories_not_parties():
    owners = _owners(COUNTED)
    assert owners["极贫乡镇"] == () and owners["深度贫困村"] == ()


@pytest.mark.parametrize("name, title", [
    ("changshun-001.html", "极贫乡镇"),
    ("twgov-002.txt", "一区一日照中心"),
], ids=["counted-category", "facility-to-build"])
def test_a_unit_heading_outside_a_list_of_duties_owns_nothing_itself(name, title):
    """changshun-001 (一)极贫乡镇:1个(…); twgov-002 (2)一区一日照中心: what the text counts or builds."""
    tasks = extract_document(read_cached(doc_path(name))).tasks
    assert _opening(tasks, title) == ()
