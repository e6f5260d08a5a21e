"""Owners of list items a lead-in charges (…有义务报送以下信息:) that name their units without a verb of
their own (住建部门有关…信息;): each item's opening units own it, not the class the lead-in names; and
duty words of rules articles: 有义务, 有责任, 不能. Sentences are written for the test."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.actors import actor_owners
from extract.rules.item_units import item_units
from extract.rules.opening_subjects import opening_subject
from extract.rules.subjects import subject_owners
from extract.rules.unit_lists import split_units

RULES = """某市物业服务管理办法
第一条 为了规范物业服务,制定本办法。
第二条 有关部门和单位有义务向主管部门报送以下与物业服务有关的信息:
(一)住房城乡建设部门有关物业企业备案的信息;
(二)市场监管部门、消防机构有关经营场所检查的信息;
(三)街道办事处有关业主委员会的信息、居民委员会有关小区住户的信息。
第三条 业主向物业企业索要收费清单,物业企业不能拒绝。
"""


def test_each_listed_item_is_owned_by_the_units_it_opens_on():
    result = extract_document(document_from_bytes(RULES.encode("utf-8"), name="rules.txt", suffix=".txt"))
    owners = [t.owners for t in result.tasks]
    assert owners == [(), ("有关部门和单位",),  # the lead-in: 有义务 is a duty word
                      ("住房城乡建设部门",), ("市场监管部门", "消防机构"),
                      ("街道办事处", "居民委员会"),  # a later piece opening on a unit
                      ("物业企业",)]  # 不能拒绝: a duty not to refuse


@pytest.mark.parametrize("item, units", [
    ("自然资源等部门有关土地登记信息;", ("自然资源",)),  # a domain before 等部门, as written
    ("法院、检察院有关案件信息;", ("法院", "检察院")),
    ("区级社区养老服务设施", ()),  # the name goes on: no unit opens the item
    ("提档园区新产行动", ()),  # a verb opens it
    ("谋划部署阶段", ()),  # 部署 ends on 署, but is no name
])
def test_item_units(item, units):
    assert item_units(item).owners == units


@pytest.mark.parametrize("clause, owners", [
    ("各级财政部门有责任保障资金", ("各级财政部门",)),
    ("承办单位有义务提供场地", ("承办单位",)),
    ("区档案局不能拒绝查阅", ("区档案局",)),
])
def test_duty_words_of_rules_articles(clause, owners):
    assert subject_owners(clause).owners == owners


@pytest.mark.parametrize("clause, owners", [
    ("各乡镇、各部门和各单位都要建立工作台账", ("各乡镇", "各部门", "各单位")),  # 都要: a duty word after 都
    ("各高校、科研院所均应开设课程", ("各高校", "科研院所")),  # 高校 ends a name
    ("请民政部、教育部、住房城乡建设部等部门在年底前完成", ("民政部", "教育部", "住房城乡建设部")),  # not 请民政部
])
def test_subjects_of_notices(clause, owners):
    assert actor_owners(clause).owners == owners


def test_a_modified_object_of_the_opening_verb_is_no_subject():
    assert subject_owners("引导有条件的职业院校向社区开放场地").owners == ()
    assert subject_owners("开展试点的高校向教育部报告进展").owners == ()  # before 向, a verb-led clause names no subject
    assert subject_owners("承担任务的职业高校要按期完成").owners == ("职业高校",)  # before a duty word it does


def test_units_joined_by_huozhe_and_people_after_them():
    assert split_units("区民政局、区残联或者街道办事处") == ["区民政局", "区残联", "街道办事处"]  # not 者街道办事处
    assert split_units("社区居委会或者物业服务企业等有关单位和个人") == ["社区居委会", "物业服务企业"]


@pytest.mark.parametrize("clause, owners", [
    # a long modifier before the listed units, past the usual window, in one clause
    ("租户报修设施时,楼宇所在片区和园区的市政设施部门、住房保障部门或者村民小组等有关单位和个人应当予以协助",
     ("市政设施部门", "住房保障部门", "村民小组")),
    ("有关单位和个人应当予以配合", ()),  # anyone asked to help: no unit charged
])
def test_long_listed_subjects(clause, owners):
    assert subject_owners(clause.split(",")[-1]).owners == owners


def test_a_long_modified_subject_before_a_comma_owns_the_duty_after_it():
    opening = "因合并、分立、转让等原因导致经营主体或者经营范围发生重大变化的物业服务企业"
    assert opening_subject(opening, "应当在三十日内办理变更手续").owners == ("物业服务企业",)


@pytest.mark.parametrize("clause, owners", [
    ("原有人员的取暖补贴中由区财政负担部分", ()),  # 由…负担 modifies 部分: a noun phrase, no agent
    ("由单位负担的职工培训费用尚未结清的", ()),
    ("由村委会组织实施的道路养护项目移交区交通部门", ()),  # 由…组织实施的: verbs modifying a noun
    ("退休人员的补贴由改制企业按照当地政策列支", ("改制企业",)),  # a preposition between the agent and its verb
    ("由街道办事处根据实际情况统筹安排", ("街道办事处",)),
    ("服务内容由基础护理向康复护理延伸", ()),  # 由…向…: from one thing to another, no agent
])
def test_agents_of_you(clause, owners):
    assert actor_owners(clause).owners == owners


def test_an_abbreviated_body_with_its_note_opens_a_clause():
    assert actor_owners("党委(党组)负总责,把方向、管大局").owners == ("党委",)  # jieba's abbreviation 党委 names a body
