"""Owners named as a series of levels sharing one name (各省、市、县级人民政府, 省、自治区、直辖市人民政府
环境保护部门), and agents of 由 before a step (由…核定后公布) or a preposition of the object (由…将…,
由…对…). Invented sentences, and the real ones of hfs-005, hfs-008 and l-003 (batch L: skipped where
../extra is missing)."""
import pytest

from extract.extractor import extract_document
from extract.rules.agents import agents_before_any_verb
from extract.rules.subjects import subject_owners, subject_unit
from extract.rules.unit_lists import split_units
from tests.corpus import doc_path, extra_path, read_cached


@pytest.mark.parametrize(("written", "units"), [
    ("各省、市、县级人民政府", ["各省、市、县级人民政府"]),
    ("各省、市、县(区)人民政府和有关部门", ["各省、市、县(区)人民政府", "有关部门"]),
    ("各市、县(区)政府", ["各市、县(区)政府"]),
    ("市、区民政部门", ["市民政部门", "区民政部门"]),
    ("各市、区、街道", ["各市、区", "街道"]),
], ids=["three-levels", "three-levels-and-departments", "two-levels", "each-level-its-own", "series-then-other-unit"])
def test_a_series_of_bare_levels_is_one_class_of_units(written, units):
    assert split_units(written) == units


def test_a_series_of_levels_counts_as_one_level_in_a_subjects_length():
    assert subject_unit("省、自治区、直辖市人民政府环境保护部门")
    assert subject_owners("省、自治区、直辖市人民政府林业主管部门负责每年通报结果").owners == (
        "省、自治区、直辖市人民政府林业主管部门",)
    assert not subject_unit("某某某某某某某某某某某某某某某某管理局")  # a long name without a series stays too long


@pytest.mark.parametrize(("sentence", "agents"), [
    ("由省水利厅核定后公布", ("省水利厅",)),
    ("由县人民政府认定后予以公布", ("县人民政府",)),
    ("由区财政局将资金拨付至各街道", ("区财政局",)),
    ("由此后续工作顺延", ()),
    ("由于价格上涨后需求下降", ()),
], ids=["step-read-as-noun", "step-verb", "object-preposition", "由此", "由于"])
def test_the_agent_of_由_before_a_step_or_an_object(sentence, agents):
    assert agents_before_any_verb(sentence).owners == agents


def test_a_ministry_notice_names_the_series_and_the_agent_of_its_last_step():
    tasks = extract_document(read_cached(doc_path("hfs-008.txt")), use_model=False).tasks
    (task,) = [t for t in tasks if t.title == "积极开展城市环境综合整治工作"]
    assert task.owners == ("城市人民政府", "省、自治区、直辖市人民政府环境保护部门", "国家环境保护局")


def test_each_of_three_levels_of_government_is_one_owner():
    tasks = extract_document(read_cached(doc_path("hfs-005.txt")), use_model=False).tasks
    (task,) = [t for t in tasks if t.title == "着力强化环境监管"]
    assert "各省、市、县级人民政府" in task.owners


def test_a_series_of_provinces_registration_bodies_owns_the_check():
    tasks = extract_document(read_cached(extra_path("corpus", "l-003.html")), use_model=False).tasks
    (task,) = [t for t in tasks if t.title.startswith("清理整顿工作结束后")]
    assert "各省、自治区、直辖市社会团体登记管理机关" in task.owners
    assert "国务院" not in task.owners
