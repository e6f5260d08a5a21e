"""Owners that open on a verb: a clause verb or manner adverb and its object (动员各类驻区单位, 涉及各级文物
保护单位, 有序推进…新区, 设置社区…) is no unit, since the owner is who does the 动员, not what is driven
(RECORDS.md); a name whose first word reads as a verb (登记管理机关, 投诉处理机构, 养护单位, 执法大队) is one.
The verb is told from a name's word by what follows it: a determiner (各, 有关), a place's name or a word of
owner_openers.tsv opening the text make a clause; a name's kind word after it makes a name. The notice is
written for the test; the real sentences are read from the development batches in ../extra and ../shared."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.shared_heads import shared_head_units
from extract.rules.unit_names import is_unit, opens_on_an_opener
from tests.corpus import doc_path, extra_path, read_cached

NOTICE = """某区加强社区治理工作方案
一、重点任务
(一)动员社会力量。动员各类驻区单位、社区组织参与社区治理。
(二)保护历史建筑。涉及各级文物保护单位保护范围的工程,应当依法报批。
(三)推进管网建设。区水务局要有序推进各镇污水管网建设,2027年底前完成。
(四)完善避难场所。到2027年,设置社区应急避难场所面积达到12万平方米。
(五)规范登记。登记管理机关要在2027年6月底前完成社会组织年检。
"""


@pytest.fixture(scope="module")
def result():
    return extract_document(document_from_bytes(NOTICE.encode("utf-8"), name="plan.txt", suffix=".txt"))


@pytest.fixture(scope="module")
def owners(result):
    return {t.title: t.owners for t in result.tasks}


def test_what_is_mobilised_owns_nothing(owners):
    assert owners["动员社会力量"] == ()


def test_what_a_clause_touches_owns_nothing(owners):
    assert owners["保护历史建筑"] == ()


def test_the_subject_before_an_adverb_and_its_verb(owners):
    assert owners["推进管网建设"] == ("区水务局",)


def test_what_is_set_up_owns_no_target(owners, result):
    assert owners["完善避难场所"] == ()
    area = next(t for t in result.targets if t.evidence.startswith("设置社区"))
    assert (area.value, area.unit, area.owners) == (120000, "平方米", ())


def test_a_name_opening_on_a_verb_like_word_stays(owners):
    assert owners["规范登记"] == ("登记管理机关",)


@pytest.mark.parametrize("text, unit", [
    ("动员各审查部门", False),  # a clause verb and its object
    ("发动养老服务机构", False),
    ("涉及各级文物保护单位", False),  # a verb before a determiner opening a unit
    ("开展外国专利代理机构", False),  # a verb before a place's name
    ("督促各街道", False),
    ("有权要求扣缴义务人", False),  # a modal and its verb
    ("有序推进雄安新区", False),  # a manner adverb and its verb
    ("大力促进贫困地区", False),
    ("设置社区", False),
    ("承担区委", False),
    ("下设办公室", False),
    ("组织有关部门", False),  # 组织 ends a word here: a verb and its object
    ("组织核查技术服务机构", False),
    ("听取外资企业", False),
    ("报经有批准权的人民政府", False),
    ("登记管理机关", True),  # a name: the verb-like word is followed by the name's kind
    ("投诉处理机构", True),
    ("养护单位", True),
    ("执法大队", True),
    ("监督管理局", True),
    ("统筹主体", True),
    ("设置者", True),  # listed whole in org_suffixes.tsv
    ("区直各单位", True),  # a level word before 各: a scope, no verb
    ("上高县政府", True),  # a county's name jieba reads as a verb
    ("即墨区政府", True),
    ("组织部门", True),  # one word of jieba's: no verb opens it
    ("市委组织部", True),
])
def test_is_unit(text, unit):
    assert is_unit(text) is unit


@pytest.mark.parametrize("text, opens", [
    ("充分发挥区机构", True),  # an opener of two words
    ("广泛开展机关", True),
    ("经市商务局", True),
    ("经济发展局", False),  # 经 ends inside the word 经济
    ("领导小组办公室", False),
])
def test_an_opener_ends_where_a_word_ends(text, opens):
    assert opens_on_an_opener(text) is opens


def test_a_list_opening_on_the_clauses_verb_shares_no_head():
    assert shared_head_units("充分发挥区、街镇两级管理机构") == []
    assert shared_head_units("区民政、财政部门") == ["区民政部门", "区财政部门"]


def _real(name: str):
    return read_cached(extra_path("corpus", name))


def _task_owners(document, title_start: str):
    return next(t.owners for t in extract_document(document).tasks if t.title.startswith(title_start))


def test_a_reply_on_review_periods_names_the_office_only():
    assert _task_owners(_real("o-011.txt"), "《通知》在继续压减审查周期方面") == ("国家知识产权局",)


def test_shelter_areas_set_up_in_communities():
    result = extract_document(_real("o-008.txt"))
    area = next(t for t in result.targets if t.evidence.startswith("设置社区应急避难场所避难面积204.75万"))
    assert area.owners == ()


def test_underpass_partners_after_the_verb():
    assert _task_owners(_real("o-005.txt"), "加强部门联动") == ("各部门", "下立交管理单位", "产权单位", "养护单位")


def test_heritage_sites_touched_by_projects():
    assert _task_owners(_real("o-003.txt"), "加强城市更新建设中的文物保护") == ()


def test_a_withholder_asked_to_correct_is_the_object():
    owners = _task_owners(_real("k-003.html"), "扣缴义务人应当按照纳税人提供的信息")
    assert "有权要求扣缴义务人" not in owners


def test_a_heading_opening_on_a_manner_adverb():
    assert _task_owners(read_cached(doc_path("govcn-011.html")), "大力促进贫困地区") == ()
