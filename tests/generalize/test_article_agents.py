"""Regulations written as articles name the body that acts after 由, often closing a case (…的,由主管机关核定…):
the verbs there that jieba reads as nouns (核定) and the manners an agent alone takes (委托…, 结合实际…,
参照…) end the agent's name (extract/data/agent_verbs.tsv). Invented articles, and articles of the
development batches; and a list of units one of which carries its other name in brackets."""
import pytest

from extract.extractor import extract_document
from extract.pipeline import document_from_bytes
from extract.rules.actors import actor_owners
from extract.rules.agents import agent_owners
from tests.corpus import doc_path, extra_path, read_cached


def _tasks(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="rules.txt", suffix=".txt")
    return {t.title: t for t in extract_document(document).tasks}


@pytest.mark.parametrize(("clause", "owners"), [
    ("未按期申报,不能确定应缴金额的,由主管税务机关核定应缴金额", ("主管税务机关",)),
    ("由区住房保障部门委托街道办事处开展入户调查", ("区住房保障部门",)),
    ("具体补贴标准由各区结合实际制定", ("各区",)),
    ("由市交通主管部门参照本办法另行制定", ("市交通主管部门",)),
])
def test_the_agent_before_such_a_verb_owns_the_clause(clause, owners):
    assert agent_owners(clause).owners == owners


@pytest.mark.parametrize("clause", ["由卫生部门核定的服务范围", "按由市场监管部门参照的标准收费"])
def test_such_a_verb_modifying_a_noun_charges_no_one(clause):
    assert not agent_owners(clause)


def test_a_closing_case_gives_the_article_its_owner():
    tasks = _tasks("某市停车收费管理办法\n第一条 为规范停车收费,制定本办法。\n"
                   "第二条 停车场经营者应当公示收费标准。\n"
                   "经营者未公示收费标准,无法确定实际收费的,由区价格主管部门核定收费金额。\n")
    assert tasks["停车场经营者应当公示收费标准"].owners == ("区价格主管部门",)


def test_tax_regulation_articles_closed_by_an_assessment_are_the_tax_office_s():
    """k-003 第十五条, 第十六条: …不能正确计算…的,由主管税务机关核定…."""
    tasks = extract_document(read_cached(extra_path("corpus", "k-003.html"))).tasks
    for opening in ("个人所得税法第六条第一款第三项所称成本、费用", "个人所得税法第六条第一款第五项规定的财产原值"):
        task = next(t for t in tasks if t.title.startswith(opening))
        assert task.owners == ("主管税务机关",)


def test_a_body_that_commissions_inspections_owns_the_supervision():
    """shgov-006 3.监督管理: 区建管委委托专业机构…进行指导和监督."""
    tasks = extract_document(read_cached(doc_path("shgov-006.txt"))).tasks
    assert set(next(t for t in tasks if t.title == "监督管理").owners) == {"各部门", "区建管委"}


def test_a_unit_s_other_name_in_brackets_keeps_a_list_of_partners_whole():
    """A 管理部门 article closes on the departments that help, one of them with its other name in brackets."""
    owners = actor_owners("区财政局、区建设管理委(区交通委)、区水务局等部门按照各自职责,协同实施本办法")
    assert owners.owners[0] == "区财政局" and owners.owners[-1] == "区水务局" and len(owners.owners) == 3


def test_district_lighting_rules_name_every_department_of_their_management_article():
    """j-006 第五条 管理部门: thirteen departments, one with a bracketed other name, 等部门按照各自职责."""
    tasks = extract_document(read_cached(extra_path("corpus", "j-006.txt"))).tasks
    owners = next(t for t in tasks if t.title == "管理部门").owners
    assert len(owners) == 15 and "区城管执法局" in owners
