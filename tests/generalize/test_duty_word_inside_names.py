"""A duty word that opens a word of a unit's name is no duty word: 应 of 应急 in 县级以上地方人民政府应急管理部门应当…,
省应急厅负责…, a school's 应急避难场所 (the place, named after the school, is no actor). 应 of 应设置 (the duty
word, then its verb) still ends the subject. Invented sentences, and the real ones of jxgov-007 (../shared) and of
o-008 (a development batch: skipped where ../extra is missing)."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.subjects import subject_owners
from tests.corpus import doc_path, extra_path, read_cached


@pytest.mark.parametrize(("sentence", "owners"), [
    ("县级以上地方人民政府应急管理部门应当组织编制应急预案", ("县级以上地方人民政府应急管理部门",)),
    ("县级以上地方人民政府应急管理局应当组织编制应急预案", ("县级以上地方人民政府应急管理局",)),  # a domain word
    ("市政府应急办要做好值班值守", ("市政府应急办",)),
    ("大型文化企业应设置专门的党建工作机构", ("大型文化企业",)),
    ("区应急管理局要加强危化品安全监管", ("区应急管理局",)),
])
def test_the_subject_runs_past_a_word_of_its_name(sentence, owners):
    assert subject_owners(sentence).owners == owners


def test_a_place_named_after_a_school_charges_no_one():
    text = "某区方案\n一、设置避难场所\n实验学校应急避难场所位于南桥镇,面积3000平方米。\n"
    document = document_from_bytes(text.encode("utf-8"), name="plan.txt", suffix=".txt")
    task = extract_document(document, use_model=False).tasks[0]
    assert "实验学校" not in task.owners


def test_a_provincial_emergency_department_owns_its_duties():
    result = extract_document(read_cached(doc_path("jxgov-007.html")), use_model=False)
    division = next(t for t in result.tasks if t.title.endswith("部门职责分工"))
    assert "省应急厅" in division.owners and "省" not in division.owners


def test_a_shelter_named_after_a_school_is_no_owner_of_the_shelter_table():
    result = extract_document(read_cached(extra_path("corpus", "o-008.txt")), use_model=False)
    table = next(t for t in result.tasks if t.title == "2021年全区直接设置应急避难场所明细表")
    assert "育秀实验学校" not in table.owners
