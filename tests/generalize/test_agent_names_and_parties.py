"""Agents after 由 whose names jieba cuts into verbs or pieces (由镇规建办、安监所对…, 由登记管理机关责令…,
由联合采购办公室对…, 由…指挥部报…), and parties outside government that a text makes responsible
(其他生产经营者, 设置者, 法人和其他组织, 产权方及出租方; people stay out). Invented sentences, and the
real ones of pool-014, govcn-009, hfs-004, l-003, j-006 and k-008 (batches J, K, L: skipped where ../extra
is missing)."""
import pytest

from extract.extractor import extract_document
from extract.rules.actors import actor_owners
from extract.rules.agents import agents_before_any_verb
from extract.rules.subjects import subject_owners
from tests.corpus import doc_path, extra_path, pool_path, read_cached


@pytest.mark.parametrize(("sentence", "agents"), [
    ("由区规建办、安监所对在建工程进行检查", ("区规建办", "安监所")),
    ("由登记管理机关责令停止活动", ("登记管理机关",)),
    ("由联合采购办公室对采购人员进行培训", ("联合采购办公室",)),
    ("由市级粮食应急工作指挥部报同级人民政府批准", ("市级粮食应急工作指挥部",)),
], ids=["pieces-and-a-list", "verbs-inside-then-责令", "opens-on-verbs", "报-read-as-a-noun"])
def test_the_agent_of_由_ends_where_a_units_ending_ends(sentence, agents):
    assert agents_before_any_verb(sentence).owners == agents


@pytest.mark.parametrize("sentence", [
    "由其法定监护人持本人材料办理所需手续",
    "由幼儿园现场打印《区教育部门报名表》",
    "申请人提供原件交由企业负责人核对",
    "由于经费不足",
], ids=["particle-所-is-no-ending", "a-clause-runs-past-the-name", "officials-of-a-unit", "由于"])
def test_no_agent_where_no_name_ends_before_the_verb(sentence):
    assert agents_before_any_verb(sentence).owners == ()


@pytest.mark.parametrize(("sentence", "owners"), [
    ("其他生产经营者应当落实主体责任", ("其他生产经营者",)),
    ("法人和其他组织负责解决有关问题", ("法人", "其他组织")),
    ("设置者应当加强安全检查", ("设置者",)),
    ("房屋产权方及出租方应尽到管理责任", ("房屋产权方", "出租方")),
    ("生产者要依法回收废弃产品", ("生产者",)),
], ids=["operators", "legal-persons-and-organisations", "installer", "owner-and-lessor", "producers"])
def test_parties_outside_government_own_their_duty(sentence, owners):
    assert subject_owners(sentence).owners == owners


@pytest.mark.parametrize("sentence", [
    "消费者应当保留购物凭证",
    "个人应当如实申报",
    "群众要积极参与",
    "保护本国公民和法人在境外的合法权益",
], ids=["consumers", "individuals", "the-public", "citizens-and-legal-persons-protected"])
def test_people_own_no_duty(sentence):
    assert actor_owners(sentence).owners == ()


def test_units_after_an_opening_对_are_its_object():
    assert actor_owners("对可能引发事故的相关企业加强监管").owners == ()


def test_a_clause_of_time_names_no_owner():
    assert actor_owners("当涉事单位不明时,由区应急局组织调查").owners == ("区应急局",)


def _task(path, title):
    (task,) = [t for t in extract_document(read_cached(path), use_model=False).tasks if t.title.startswith(title)]
    return task


def test_a_town_procedure_names_both_offices_after_由():
    assert set(_task(pool_path("pool-014.txt"), "施工过程中,由镇规建办").owners) == {"镇规建办", "安监所", "建设单位"}


def test_a_grain_plan_names_the_provincial_headquarters_that_reports():
    assert _task(doc_path("govcn-009.html"), "出现省级(Ⅱ级)粮食应急状态时").owners == ("省级粮食应急工作指挥部",)


def test_a_registration_notice_names_the_body_that_orders_dissolution():
    assert _task(extra_path("corpus", "l-003.html"), "对未经核准登记").owners == ("登记管理机关",)


def test_legal_persons_and_other_organisations_own_their_environmental_problems():
    owners = _task(doc_path("hfs-004.txt"), "完善环境管理体制").owners
    assert {"法人", "其他组织"} <= set(owners)


def test_the_installer_of_landscape_lighting_owns_its_building():
    assert _task(extra_path("corpus", "j-006.txt"), "工程建设要求").owners == ("设置者",)


def test_the_polluter_and_other_operators_own_the_first_response():
    owners = _task(extra_path("corpus", "k-008.txt"), "现场污染处置").owners
    assert owners == ("涉事企业事业单位", "其他生产经营者", "当地环境保护主管部门", "事发地人民政府")
