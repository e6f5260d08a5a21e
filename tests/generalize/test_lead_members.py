"""A lead unit and the units that join it, written in prose (由A牵头,B、C等参加 / 为成员单位 / A牵头、B共同
参与): every unit owns the item, the first as lead, the others as support (RECORDS section 5: lead and
support units all go into owners). The plan is written for the test; the real members are read from
../shared and ../extra."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.lead_members import lead_members
from tests.corpus import doc_path, extra_path, read_cached

PLAN = """某区关于推进河道整治工作的实施方案
一、工作机构
(一)综合协调组。由区水务局牵头,区生态环境局、区城管局、区农业农村局等参加。
(二)推进联席会议。建立河道治理联席会议,由区发展改革委牵头,财政、自然资源、住房城乡建设等部门和共青团、妇联等群团组织为成员,按照各自职责协同推进。
(三)加强现场督导。成立督导专班,由区住建局牵头,区交通局、区市容局及各街道、经开区为成员单位,统筹推进现场督导。
(四)推进机制。成立由区水务局牵头,区财政局、区规划局等部门共同参与的推进机制,统筹推进工作。
"""


def _tasks():
    document = document_from_bytes(PLAN.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {t.title: t for t in extract_document(document, use_model=False).tasks}


def test_the_units_joining_a_lead_own_the_item_as_support():
    task = _tasks()["综合协调组"]
    assert task.owners == ("区水务局", "区生态环境局", "区城管局", "区农业农村局")
    assert task.lead_owners == ("区水务局",)
    assert task.support_owners == ("区生态环境局", "区城管局", "区农业农村局")


def test_members_named_by_their_domain_before_a_head_word_are_units():
    assert _tasks()["推进联席会议"].owners == ("区发展改革委", "财政", "自然资源", "住房城乡建设", "共青团", "妇联")


def test_members_of_a_working_group_own_its_item():
    assert _tasks()["加强现场督导"].owners == ("区住建局", "区交通局", "区市容局", "各街道", "经开区")


def test_a_body_the_clause_describes_charges_no_member():
    assert "区财政局" not in _tasks()["推进机制"].owners


@pytest.mark.parametrize("clause, expected", [
    ("由区卫健委牵头,区民政局、区医保局等参加。", ("区卫健委", "区民政局", "区医保局")),
    ("区属医院牵头、成员单位共同参与,成立转诊中心", ("区属医院", "成员单位")),
    ("由街道牵头,区绿化市容局配合落实。", ("街道", "区绿化市容局")),
    ("由区住建局牵头,组织各街道参加培训。", ()),
    ("成立由区水务局牵头、区财政局参与的工作机制", ()),
], ids=["participants", "shared-part", "supporting", "an-object-not-members", "a-described-body"])
def test_lead_members_of_a_sentence(clause, expected):
    assert lead_members(clause).owners == expected


def test_the_work_groups_of_a_national_emergency_plan_list_their_members():
    tasks = {t.title: t for t in extract_document(read_cached(extra_path("corpus", "k-008.txt")), use_model=False).tasks}
    assert tasks["医学救援组"].owners == ("卫生计生委", "环境保护部", "食品药品监管总局")
    assert tasks["涉外事务组"].lead_owners == ("外交部",)


def test_a_joint_meeting_names_its_member_departments_and_mass_organizations():
    tasks = extract_document(read_cached(doc_path("jxgov-007.html")), use_model=False).tasks
    (coordination,) = [t for t in tasks if t.title == "推进部门协调"]
    assert {"省卫生健康部门", "发展改革", "市场监管", "工会", "计划生育协会"} <= set(coordination.owners)
