"""Owners of State Council reply letters and opinions: partners of 会同 named by a noun jieba knows
(水利部, 地震局), a year before the subject, the units a letter charges after 请/建议 (the addressee
你市 among them), clauses that hold a duty or a charge (no unit's name), and the first clause of a
run-in article that only ends like a unit's name. Sentences and the letter are written for the test."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.actors import actor_owners
from extract.rules.charges import charged_units
from extract.rules.unit_names import is_unit
from tests.corpus import doc_path, read_cached

LETTER = """国务院办公厅关于某市所提问题办理情况的函
某市人民政府:
你市在座谈时提出的问题,有关部门进行了研究,现函复如下。
一、关于支持城区防洪工程问题。你市请求,国家加大对城区防洪工程的投资。
商务部会同水利部、地震局提出如下意见:2023年水利部将会同财政部安排专项资金,请你市抓紧完善工程方案。
二、关于港口建设问题。你市请求,尽快批复港口扩建方案。
交通运输部意见:建议你市先就航道条件做好前期论证。
三、关于水库除险问题。你市请求,尽快安排除险资金。
目前,对你市报送的除险方案,水利部和中国水利工程咨询公司已分别完成了审查。
"""

RULES = """某市困难群众救助办法
第一条 为规范困难群众救助工作,制定本办法。
第二条 区民政部门、镇人民政府应调整本区域救助服务站点布局,对不符合要求的应当撤并。
第三条 区民政部门负责救助审批,区财政部门负责资金拨付。
"""


def _tasks(text: str) -> dict[str, tuple[str, ...]]:
    document = document_from_bytes(text.encode("utf-8"), name="letter.txt", suffix=".txt")
    return {t.title: t.owners for t in extract_document(document, use_model=False).tasks}


@pytest.mark.parametrize("clause, owners", [
    ("商务部会同水利部、地震局提出如下意见", ("商务部", "水利部", "地震局")),
    ("2023年水利部将会同财政部安排专项资金", ("水利部", "财政部")),  # the year before the subject
    ("请你市抓紧完善工程方案", ("你市",)),  # the addressee a letter charges
    ("建议区交通局、区财政局先就航道条件做好论证", ("区交通局", "区财政局")),
])
def test_partners_years_and_charges(clause, owners):
    assert actor_owners(clause).owners == owners


@pytest.mark.parametrize("clause", [
    "你市请求尽快批复港口扩建方案",  # the addressee asking owns nothing
    "企业可向区政府申请补贴",  # 申请 holds 请 but charges no one
    "建议加快推进港口扩建",  # what is advised, not whom
    "格局全面优化",  # a two-character noun ending like a unit: a word
])
def test_no_charged_unit(clause):
    assert charged_units(clause).owners == ()
    assert "你市" not in actor_owners(clause).owners


@pytest.mark.parametrize("text", ["部分工作应请区政府", "你县建议有关部门", "建议市府相关单位", "联系指挥部成员单位"])
def test_a_duty_or_a_charge_makes_a_clause_not_a_unit(text):
    assert not is_unit(text)


def test_a_reply_letter_charges_its_partners_and_the_addressee():
    tasks = _tasks(LETTER)
    assert tasks["关于支持城区防洪工程问题"] == ("商务部", "水利部", "地震局", "财政部", "你市")
    assert tasks["关于港口建设问题"] == ("你市",)
    assert tasks["关于水库除险问题"] == ("水利部", "中国水利工程咨询公司")  # after 目前, and 对…方案,


def test_the_first_clause_of_an_article_is_no_unit_though_it_ends_like_one():
    tasks = _tasks(RULES)
    owners = next(o for title, o in tasks.items() if title.startswith("区民政部门、镇人民政府"))
    assert owners == ("区民政部门", "镇人民政府")  # not the clause …调整本区域救助服务站点布局 (布局 ends on 局)
    assert next(o for title, o in tasks.items() if title.startswith("区民政部门负责")) == ("区民政部门", "区财政部门")


def test_a_national_notice_names_the_ministry_and_not_the_clause_of_its_item():
    """govcn-009: the item whose first clause is the ministry and its 会同 partners is owned by the
    ministry and the group it works with (a group owner, RECORDS section 5), not by that clause."""
    result = extract_document(read_cached(doc_path("govcn-009.html")), use_model=False)
    owners = next(t.owners for t in result.tasks if t.title.startswith("财政部会同"))
    assert owners == ("财政部", "国务院有关部门")


def test_a_planning_review_charges_the_unit_after_请():
    """twgov-003, minutes of a planning review: 请都市发展局依… charges the bureau."""
    result = extract_document(read_cached(doc_path("twgov-003.txt")), use_model=False)
    owners = next(t.owners for t in result.tasks if t.title.startswith("请都市发展局"))
    assert owners == ("都市发展局",)
