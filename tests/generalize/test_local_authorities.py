"""地方 (the local authorities, as against the centre) is a class of units like 各地: 地方要…, 由地方负责,
各地方、各部门必须…, 各有关地方、部门和单位根据… own their duty. As the head of a modifier it names no unit
without it (有条件的地方将…, 有的地方和建设单位…: a permission's class, a description), as 地区 does; before
a longer name it opens that name (…的地方生态环境部门,应当…). Readable members: k-008, ab-009, ab-013, am-009,
am-010 (four sources). Sentences written for the test, and gwrnat-002 of ../shared."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.actors import actor_owners
from extract.rules.subjects import subject_owners
from extract.rules.unit_names import is_unit
from tests.corpus import doc_path, read_cached

NOTICE = """某省农村公路养护工作方案
一、压实责任
(一)地方责任
各项养护工作由地方负责。
(二)应急处置
突发事件发生后,各有关地方、部门和单位根据工作需要,组织采取以下措施。
(三)试点示范
推动有条件的地方将农村公路养护纳入年度计划。
(四)统一审批
实施集中审批改革的地方交通运输部门,应当强化统一管理。
"""


def _tasks() -> dict[str, tuple[str, ...]]:
    document = document_from_bytes(NOTICE.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {t.title: t.owners for t in extract_document(document, use_model=False).tasks}


@pytest.mark.parametrize("unit", ["地方", "各地方", "各有关地方"])
def test_the_local_authorities_are_a_class_of_units(unit):
    assert is_unit(unit)


@pytest.mark.parametrize(("clause", "owners"), [
    ("地方要履行法定支出责任", ("地方",)),
    ("各地方要立足本地区实际", ("各地方",)),
    ("地方组织分区管控更新调整时,应深化准入要求", ("地方",)),
])
def test_the_local_authorities_opening_a_clause_own_it(clause, owners):
    assert actor_owners(clause).owners == owners


def test_an_agent_and_a_listed_class_own_their_items():
    tasks = _tasks()
    assert tasks["地方责任"] == ("地方",)
    assert tasks["应急处置"] == ("各有关地方", "部门", "单位")


@pytest.mark.parametrize("clause", ["有条件的地方将农村公路养护纳入年度计划", "有的地方和建设单位将环评视为额外负担"])
def test_a_modified_class_of_places_names_no_unit(clause):
    assert subject_owners(clause).owners == ()


def test_a_permission_to_some_places_has_no_owner():
    assert _tasks()["试点示范"] == ()


def test_the_class_word_opens_a_longer_name():
    assert _tasks()["统一审批"] == ("地方交通运输部门",)


def test_gwrnat002_the_local_authorities_and_departments_are_charged():
    """gwrnat-002: 各地方、各部门必须在经济工作思路和重点上…: both classes are the subject."""
    text = read_cached(doc_path("gwrnat-002.txt")).text
    sentence = text[text.index("各地方、各部门必须"):]
    assert subject_owners(sentence[:40]).owners == ("各地方", "各部门")
