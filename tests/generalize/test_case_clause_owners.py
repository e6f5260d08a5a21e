"""Task owners that a case clause, a pair of bare endings, the speaker's level, a heading of units, a
withholding agent, a domain before 等, a step before the subject, people after the units or a modifier
of 由 decide: the units a clause closed by 的 is about own nothing unless the next clause opens on a
duty word (…的,|应当…); 政府和部门 is two classes; 我市…机构 is the city's 市…机构; a heading that
lists units (各镇、街道) gives each; 扣缴义务人应当… charges the withholding agent; 社会保障等审核部门
stands as written; 审核后… is no part of a name; 医疗机构和医务人员要… charges the units; 由…诊断或
治疗的病种 charges no one. Sentences and the notice are written for the test."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import doc_path, pool_path, read_cached
from extract.rules.actors import actor_owners
from extract.rules.agents import modifies_a_noun
from extract.rules.opening_subjects import opening_subject
from extract.rules.subjects import subject_owners
from extract.rules.unit_lists import split_units

NOTICE = """某区养老服务补贴办法
第一章 补贴
(一)运营补贴
区民政局每年组织开展运营评估。养老服务站出现违规收费问题的,经区民政局核实后,停止发放补贴。
(二)变更报告
居民委员会发现服务对象情况发生变化的,应当及时向区民政局报告。
(三)提高标准
各街道提高本辖区补贴标准的,需报区财政局备案后执行。
(四)办理手续
改造方案确定的老旧小区项目,区有关部门依申请办理规划手续。
(五)工作机制
要健全联络员制度,区民政局建立季度通报机制。
(六)资金来源
所需资金主要由区财政安排,市级财政给予适当补助。
第二章 分工
(一)各街道、镇
负责本辖区养老服务站的日常监管。
"""


def _tasks() -> dict[str, tuple[str, ...]]:
    document = document_from_bytes(NOTICE.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {t.title: t.owners for t in extract_document(document, use_model=False).tasks}


def test_whom_a_case_is_about_owns_nothing():
    assert _tasks()["运营补贴"] == ("区民政局",)


def test_a_case_followed_by_a_duty_word_is_the_units_duty():
    assert _tasks()["变更报告"][0] == "居民委员会"
    assert _tasks()["提高标准"] == ("各街道",)


def test_the_subject_after_a_topic_owns():
    """…确定的老旧小区项目,|区有关部门依申请办理…: the first clause names the topic, the second its subject."""
    assert _tasks()["办理手续"] == ("区有关部门",)


def test_the_subject_after_a_subjectless_clause_owns():
    """要健全…制度,|区民政局建立…: the first clause opens on its verb and names no unit, the second its subject;
    after a clause that names its agent (由区财政安排,) the next clause opens no subject of its own."""
    assert _tasks()["工作机制"] == ("区民政局",)
    assert _tasks()["资金来源"] == ("区财政",)


def test_a_heading_of_units_gives_each_unit():
    assert _tasks()["各街道、镇"] == ("各街道", "镇")


@pytest.mark.parametrize("text, units", [
    ("政府和部门", ["政府", "部门"]),  # two bare endings: two classes
    ("有关部门和单位", ["有关部门和单位"]),  # one modifier shared: one class, as written
    ("我市社会保险经办机构", ["市社会保险经办机构"]),  # the speaker's city
    ("我区各街道", ["各街道"]),
    ("我市", []),  # the speaker alone is no owner
    ("民政等审核部门", ["民政等审核部门"]),  # a domain before 等 names no unit: the name as written
    ("区水利局等部门", ["区水利局"]),  # a named unit before 等部门: the unit
    ("财政、教育等部门", ["财政", "教育"]),  # a list before 等: as before
    ("审核后区人才服务中心", ["区人才服务中心"]),  # a step done before the subject
    ("区建设后勤服务中心", ["区建设后勤服务中心"]),  # 后勤 is a word of the name
    ("区卫生院和医护人员", ["区卫生院"]),  # people after the unit
])
def test_units_as_written(text, units):
    assert split_units(text) == units


@pytest.mark.parametrize("clause, owners", [
    ("扣缴义务人应当按月向税务机关报送代扣信息", ("扣缴义务人",)),
    ("政府和部门要落实领导责任", ("政府", "部门")),
    ("民政等审核部门应当共享核查信息", ("民政等审核部门",)),
    ("区卫生院和医护人员要落实防护措施", ("区卫生院",)),
    ("有关单位和人员应当予以配合", ()),  # anyone asked to help: no unit charged
    ("各级政府及工作人员要依法履职", ("各级政府",)),
])
def test_subjects_charged(clause, owners):
    assert subject_owners(clause).owners == owners


@pytest.mark.parametrize("after, modifies", [
    ("二级定点医院诊断或治疗的慢性病种", True),  # 由…诊断或治疗的病种: a noun phrase
    ("区财政负担的部分", True),
    ("区民政局审核和拨付", False),  # 由区民政局审核和拨付: its agent
])
def test_verbs_of_a_modifier_after_the_agent(after, modifies):
    assert modifies_a_noun(after) is modifies


def test_the_agent_of_a_modifier_owns_nothing():
    assert actor_owners("需由二级定点医院诊断或治疗的慢性病种,按规定结算").owners == ()


def test_a_modified_list_of_units_opening_a_sentence_owns_its_duty():
    """参与…的A和B,|要…: the units after the modifier, the whole first clause, own the duty."""
    opening = "参与防汛工作的区有关部门(单位)和各街道办事处"
    assert opening_subject(opening, "要向区防汛指挥部报送值班表").owners == ("区有关部门", "各街道办事处")


def test_a_verb_between_two_national_bodies_is_no_name():
    """由甲指挥部提请国家乙指挥部进行…: the clause names two units, no unit of that whole name."""
    assert subject_owners("由省级防汛指挥部提请国家防汛抗旱指挥部进行调度").owners == ()


def _corpus_owners(path, title: str) -> list[tuple[str, ...]]:
    tasks = extract_document(read_cached(path), use_model=False).tasks
    return [t.owners for t in tasks if t.title.startswith(title)]


def test_corpus_notice_cases_and_people():
    """A notice of meal subsidies: the operator a case clause is about owns none of the sanctions the
    district bureau imposes; a notice of epidemic measures: the institutions, not their staff, own."""
    cases = _corpus_owners(pool_path("pool-017.html"), "长者饭堂运营机构出现")
    assert len(cases) == 2 and all(owners == ("区民政部门", "镇人民政府") for owners in cases)
    assert ("医疗机构",) in _corpus_owners(doc_path("jxgov-010.txt"), "医务人员防护")


def test_corpus_bare_endings_split():
    """An environmental decision charges 政府和部门: two classes."""
    owners = _corpus_owners(doc_path("hfs-004.txt"), "落实环境保护领导责任制")
    assert owners and {"政府", "部门"} <= set(owners[0]) and "政府和部门" not in owners[0]


@pytest.mark.parametrize("clause, owners", [
    ("街道和区物业管理中心联手开展试点", ("街道", "区物业管理中心")),  # beside a name, a bare ending names its class
    ("社区开展巡查", ()),  # alone, a bare ending may be a word of what is done (社区体检)
])
def test_bare_endings_beside_a_name(clause, owners):
    assert actor_owners(clause).owners == owners
