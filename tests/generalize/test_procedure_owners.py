"""Task owners of rules articles and notices of procedure: subjects with long names (市…服务指导机构
每季度…), subjects after a clause that is only a date (到2024年底, | 3月5日,), subjects before an
adverb jieba tags an adjective (适当, 具体), agents of 由 whose verb jieba reads as a noun (由…汇总),
and what stays no owner: the authority of a liability clause (由有权机关责令改正), two names joined by
a verb (北京市商国家计委); classes of units as written (各地区各有关部门 is two, 各省、自治区、直辖市人民政府
one). Sentences and the notice are written for the test."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.actors import actor_owners
from extract.rules.opening_subjects import opening_subject
from extract.rules.unit_lists import split_units
from extract.rules.unit_names import is_unit


@pytest.mark.parametrize("clause, owners", [
    ("市青年创业就业服务指导机构每季度对孵化基地开展评估", ("市青年创业就业服务指导机构",)),
    ("市级财政适当提高困难群众补助标准", ("市级财政",)),
    ("各街道便民服务部门具体受理居民申请", ("各街道便民服务部门",)),
    ("由开发区管委会经济服务处汇总", ("开发区管委会经济服务处",)),  # jieba tags 汇总 a noun
])
def test_actors_of_procedure_clauses(clause, owners):
    assert actor_owners(clause).owners == owners


@pytest.mark.parametrize("clause", [
    "不依法履行职责的由有权机关责令改正",  # the authority of a liability clause names no unit
    "补助资金由上海市商国家发展改革委、财政部等部门具体落实",  # 上海市|商|…: two names joined by a verb
])
def test_no_named_actor(clause):
    owners = actor_owners(clause).owners
    assert "有权机关" not in owners and not any("商" in o for o in owners)


NOTICE = """某区保障性租赁住房配租通告
一、配租流程
(一)公布房源
2024年5月6日,区住房保障中心、区安居公司分别在区政府网站公布可配租房源。
(二)资格审核
到2024年底,区住房保障中心完成全部申请的资格审核。
(三)签约入住
通过审核的家庭按通知签订合同,具体时间由区安居公司分批通知。
"""


def _tasks():
    document = document_from_bytes(NOTICE.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {t.title: t.owners for t in extract_document(document, use_model=False).tasks}


def test_a_date_before_the_subject_lets_it_own_its_step():
    tasks = _tasks()
    assert tasks["公布房源"] == ("区住房保障中心", "区安居公司")
    assert tasks["资格审核"] == ("区住房保障中心",)


def test_the_agent_of_a_step_owns_it():
    assert _tasks()["签约入住"] == ("区安居公司",)


@pytest.mark.parametrize("text, units", [
    ("各地区各有关部门", ["各地区", "各有关部门"]),  # each 各 opens a class of its own
    ("各乡镇各有关单位", ["各乡镇", "各有关单位"]),
    ("各级各类学校", ["各级各类学校"]),  # 各级 is no unit on its own
    ("各省、自治区、直辖市人民政府", ["各省、自治区、直辖市人民政府"]),  # one series of levels
    ("各省、自治区、直辖市人民政府、国务院有关部门", ["各省、自治区、直辖市人民政府", "国务院有关部门"]),
])
def test_classes_of_units_as_written(text, units):
    assert split_units(text) == units


def test_a_series_of_levels_owns_the_duty_its_second_clause_states():
    assert opening_subject("各省、自治区、直辖市人民政府作为园区的建设管理主体", "要压实主体责任").owners == (
        "各省、自治区、直辖市人民政府",)


def test_one_character_abbreviations_make_a_name():
    """区|住|建|园林局: jieba reads the abbreviation as two verbs; the agent of 由 is still the bureau."""
    assert actor_owners("复核通过后由区住建园林局告知申请人办理手续").owners == ("区住建园林局",)


@pytest.mark.parametrize("clause", [
    "企业根据自身情况向区服务部门提出申请",  # the applicant enterprise, before a stop word (根据)
    "企业通过合并、分立等方式转让资产的",
])
def test_a_regulated_enterprise_before_a_stop_word_owns_nothing(clause):
    assert "企业" not in actor_owners(clause).owners


@pytest.mark.parametrize("clause, owners", [
    ("由镇级残联组织会同同级民政部门核准补助", ("镇级残联组织", "同级民政部门")),  # 组织 ends the name
    ("经同级财政部门审核后由镇级残联组织拨付补助", ("镇级残联组织",)),
    ("社会组织应当依法开展公益活动", ("社会组织",)),
    ("区政府组织开展联合检查", ("区政府",)),  # 组织 after 政府 is the verb
    ("县退役军人就业服务机构核实申报材料后", ("县退役军人就业服务机构",)),  # jieba tags 核实 a noun
    ("区青年创业就业服务指导中心每两年对孵化基地进行评估", ("区青年创业就业服务指导中心",)),
])
def test_names_ending_on_a_verb_and_verbs_read_as_nouns(clause, owners):
    assert actor_owners(clause).owners == owners


@pytest.mark.parametrize("clause, owners", [
    ("就业见习单位通过公共服务网站发布见习岗位", ("就业见习单位",)),  # 就业|见习|单位: two verbs and a class
    ("就业见习单位须同见习青年订立书面协议", ("就业见习单位",)),
])
def test_a_name_of_two_verbs_and_a_class_of_units(clause, owners):
    assert actor_owners(clause).owners == owners
    assert not is_unit("督促指导各部门") and not actor_owners("督促指导部门开展检查").owners


def test_units_opening_a_relative_clause_own_no_duty_of_its_head():
    """各区…建设的平台要…: the platform is charged, the districts that built it are not."""
    assert actor_owners("各区已经建设并使用的服务平台要与市级平台对接").owners == ()
    assert actor_owners("区政府要加强对服务平台的管理").owners == ("区政府",)


CONTACTS = """某区人才公寓申请公告
一、受理部门
1.领军人才。区委人才办综合科,某区中山路8号行政中心3号楼201室,咨询电话:020-12345678。
2.青年人才。区人社局就业促进科,咨询电话:020-87654321。
3.其他人才。申请人可向所在单位咨询,咨询电话:020-11112222。
"""


def test_a_unit_named_with_its_address_or_telephone_owns_its_item():
    document = document_from_bytes(CONTACTS.encode("utf-8"), name="notice.txt", suffix=".txt")
    tasks = {t.title: t.owners for t in extract_document(document, use_model=False).tasks}
    assert tasks["领军人才"] == ("区委人才办综合科",)
    assert tasks["青年人才"] == ("区人社局就业促进科",)
    assert tasks["其他人才"] == ()  # the applicant's employer is no contact unit


@pytest.mark.parametrize("clause", [
    "申请单位应当在申请表上加盖公章",  # the applicant's duty (applicant_words.tsv)
    "各申请单位须如实填报材料",
    "本单位应当建立见习人员台账",  # a self-reference of the rule's subject
])
def test_applicants_and_self_references_are_no_owners(clause):
    assert actor_owners(clause).owners == ()
    assert not is_unit("申请单位") and not is_unit("本部门") and is_unit("用人单位")


@pytest.mark.parametrize("clause", [
    "每个街道、镇应当设置至少1个综合服务中心",  # a standard for each, not a unit charged
    "人口较少的社区(村)可合并设置服务站",  # a permission to a class of units
])
def test_standards_for_each_and_permissions_to_a_class_own_nothing(clause):
    assert actor_owners(clause).owners == ()
    assert actor_owners("区民政部门可以委托第三方机构开展评估").owners == ("区民政部门",)


def test_a_word_opening_on_a_conjunction_does_not_continue_a_list():
    """…总公司|及时清算: 及时 is no 及, the partner's name ends there."""
    assert actor_owners("由市农业银行会同市储备粮公司及时清算贷款").owners == ("市农业银行", "市储备粮公司")


@pytest.mark.parametrize("text, units", [
    ("国家或省级防汛抗旱指挥部", ["国家防汛抗旱指挥部", "省级防汛抗旱指挥部"]),  # two levels share the name
    ("省级和市级财政", ["省级财政", "市级财政"]),
    ("中央和地方各级政府", ["中央和地方各级政府"]),  # 地方各级 is no level word of the list
])
def test_levels_sharing_a_name(text, units):
    assert split_units(text) == units
