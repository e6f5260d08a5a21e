"""Owners of rules articles and service notices: lists of departments that share their levels
(市、区教育、公安…等单位) or their level and head word (市人力资源和社会保障、民政部门), units joined by
以及, subjects before 依法, the agent of 由…全额负担, the place a unit is named by (申请地镇人民政府),
and what is never a unit: the particle 所 of 所需, a clause opening on its verb (确保行政机关).
Sentences are written for the test."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.actors import actor_owners
from extract.rules.subjects import modified_units, subject_owners
from extract.rules.unit_lists import split_units
from extract.rules.unit_names import is_unit
from tests.corpus import doc_path, read_cached


@pytest.mark.parametrize("clause, owners", [
    ("市、区教育、公安、卫生健康、妇联等单位按照职责做好配合", ("教育", "公安", "卫生健康", "妇联")),
    ("市人力资源和社会保障、民政部门负责技能评价", ("市人力资源和社会保障部门", "市民政部门")),
    ("市场监管、财政部门负责日常监督", ("市场监管部门", "财政部门")),  # 市 of 市场 is no level
    ("区卫健委以及镇人民政府(街道办事处)应加强指导", ("区卫健委", "镇人民政府")),
    ("国务院有关部门可以参照执行", ("国务院有关部门",)),  # jieba tags 可以 a conjunction
    ("区审计部门依法对专项资金进行审计", ("区审计部门",)),
    ("日常运营经费由区财政全额负担", ("区财政",)),
    ("登记分别由区编制部门和区民政部门依法办理", ("区编制部门", "区民政部门")),
    ("区编制部门按程序核定人员编制", ("区编制部门",)),
])
def test_actors_of_rules_articles(clause, owners):
    assert actor_owners(clause).owners == owners


@pytest.mark.parametrize("clause", [
    "新建园区项目所需经费纳入预算",  # 所 of 所需 is a particle: no 项目所
    "应连同核查表、入户记录等材料一并报送区民政局",  # what is sent, not who sends it
    "区环保部门负责人的任免须听取意见",  # 负责人: an official of the unit, the subject is the appointment
])
def test_no_actor(clause):
    assert subject_owners(clause).owners == ()
    assert not any(o.startswith(("新建", "应")) for o in actor_owners(clause).owners)


@pytest.mark.parametrize("text", ["确保行政机关", "建立健全法制审核机构", "不断优化家庭医生团队", "主要负责同志作为本部门"])
def test_a_clause_opening_on_its_verb_is_no_unit(text):
    assert not is_unit(text)


def test_the_place_a_unit_is_named_by_is_no_part_of_its_name():
    assert split_units("申请地镇人民政府(街道办事处)") == ["镇人民政府"]
    assert split_units("户籍所在地民政部门") == ["户籍所在地民政部门"]  # no level after the place: as written
    assert not is_unit("居住地指定服务机构")  # the place, a verb and its object
    assert not is_unit("公共场所") and not is_unit("办公场所")  # places, though 所 ends 派出所
    assert is_unit("镇财政所")


def test_a_national_decision_charges_the_city_not_a_unit_ending_on_所():
    """hfs-006: the item on the money the city's pollution control needs (…所需资金…由北京市…) is owned
    by the city; the 所 of 所需 ends no unit."""
    result = extract_document(read_cached(doc_path("hfs-006.txt")), use_model=False)
    owners = next(t.owners for t in result.tasks if "所需资金" in t.title)
    assert owners == ("北京市",)


def test_a_name_read_on_past_a_word_jieba_takes_for_a_person():
    """养老 after 居家社区 is read as a person's name; the unit goes on to 服务组织."""
    assert actor_owners("居家社区养老服务组织须按协议上门服务").owners == ("居家社区养老服务组织",)


@pytest.mark.parametrize("clause", ["养老服务机构可以按规定申请运营补贴", "养老服务机构可享受一次性补助"])
def test_a_unit_that_receives_owns_nothing(clause):
    assert subject_owners(clause).owners == ()
    assert actor_owners(clause).owners == ()


def test_a_unit_named_by_what_it_applies_for_owns_nothing():
    assert modified_units("申请运营补贴的养老服务机构") == []
    assert modified_units("设置隔离病房的医疗机构") == ["医疗机构"]


@pytest.mark.parametrize("clause, owners", [
    ("各级政府配置的服务设施应设立咨询点", ()),  # the units name the facility, which is the subject
    ("区供水公司属国有企业", ()),  # described, not charged
    ("新建站点由区卫健委统一编号登记", ("区卫健委",)),
])
def test_modifiers_descriptions_and_agents(clause, owners):
    assert actor_owners(clause).owners == owners


ARTICLES = """某市社区服务办法
第一条 为规范社区服务,制定本办法。
第二条 市卫健委、区卫健委、社区服务指导中心,镇人民政府及其工作人员须按本办法履职,违反规定的依法处理。
"""


def test_units_and_their_staff_share_a_duty_with_the_units_listed_before_them():
    assert split_units("区民政局、街道办事处及其工作人员") == ["区民政局", "街道办事处"]
    assert subject_owners("区民政局、街道办事处及其工作人员须依法履职").owners == ("区民政局", "街道办事处")
    document = document_from_bytes(ARTICLES.encode("utf-8"), name="rules.txt", suffix=".txt")
    tasks = {t.title[:6]: t.owners for t in extract_document(document, use_model=False).tasks}
    assert tasks["市卫健委、区"] == ("市卫健委", "区卫健委", "社区服务指导中心", "镇人民政府")


def test_a_rules_page_charges_the_departments_and_not_their_staff():
    """pool-015: the article charging the departments of points-based household registration and
    their staff is owned by the departments."""
    from tests.corpus import pool_path
    result = extract_document(read_cached(pool_path("pool-015.html")), use_model=False)
    owners = next(t.owners for t in result.tasks if t.title.startswith("在审核及办理") and "不得收取" in t.title)
    assert len(owners) == 2 and owners[0] == "相关职能部门"
    assert owners[1].startswith("积分制入户") and owners[1].endswith("有关职能部门")  # its staff dropped


PLAN = """某区防汛应急预案
一、组织体系
(一)区防汛指挥部职责
统一领导全区防汛工作,研究决定重大事项。
(二)区防汛指挥部办公室及其职责
承担指挥部日常工作,汇总上报汛情。
"""


def test_a_heading_of_a_units_duties_names_the_unit():
    document = document_from_bytes(PLAN.encode("utf-8"), name="plan.txt", suffix=".txt")
    tasks = {t.title: t.owners for t in extract_document(document, use_model=False).tasks}
    assert tasks["区防汛指挥部职责"] == ("区防汛指挥部",)
    assert tasks["区防汛指挥部办公室及其职责"] == ("区防汛指挥部办公室",)
