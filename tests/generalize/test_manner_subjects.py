"""A unit opening a clause before an adverb of manner only an actor takes (充分, 主动) or before 依照 (as before
按照) is the clause's subject: 区…部充分发挥…作用, 政府部门主动作为, 国有企业依照…规定报告…; 所依照的 is the
particle's verb, no subject's. Sentences written for the test, and real items of r-004 and h-010 (gold owners
区宣传与影视发展部, 国有文化企业)."""
import pytest

from extract.extractor import extract_document
from extract.rules.actors import actor_owners
from tests.corpus import extra_path, read_cached


@pytest.mark.parametrize(("clause", "owners"), [
    ("区文化发展部充分发挥广播、报刊等作用", ("区文化发展部",)),
    ("各职能部门主动作为", ("各职能部门",)),
    ("市属国有企业依照有关规定按季度报告经营情况", ("市属国有企业",)),
])
def test_a_unit_before_a_manner_of_an_actor_is_the_subject(clause, owners):
    assert actor_owners(clause).owners == owners


@pytest.mark.parametrize("clause", [
    "起草文件所依照的法律法规和政策",  # 所依照的: the particle's verb, 所 ends no unit
    "鼓励企业主动开展技术改造",  # the clause opens on its verb: the enterprises are its object
])
def test_no_subject_where_the_manner_follows_no_subject(clause):
    assert actor_owners(clause).owners == ()


def _owners(name, title):
    tasks = extract_document(read_cached(extra_path("corpus", name)), use_model=False).tasks
    return next(t for t in tasks if t.title.startswith(title)).owners


def test_r004_the_publicity_department_owns_its_item():
    assert _owners("r-004.txt", "区宣传与影视发展部充分发挥") == ("区宣传与影视发展部",)


def test_h010_state_owned_cultural_enterprises_own_their_reporting():
    assert _owners("h-010.html", "国有文化企业依照相关规定") == ("国有文化企业",)
