"""Words that charge nobody, read as owners no more: units opening a case closed by 的 (企业于…招用…,且…的,
按…给予补助; …享受过…的不再给予补贴), units that receive (也可自行向…申请; …从事…的人员可以按规定享受…),
units described (在…方面任务较重), units opening a relative clause whose head is the subject (…建设的设施,|
应当…), and a list of units closed by their count (甲局、乙局两部门要…: the units own it, the count is no
part of a name). Sentences and the notice are written for the test; the real sentences are read from the
development batches in ../extra."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.actors import actor_owners
from extract.rules.opening_subjects import opening_subject
from extract.rules.subjects import subject_owners
from extract.rules.unit_lists import split_units
from tests.corpus import doc_path, extra_path, read_cached

NOTICE = """某市稳岗扶持政策
一、吸纳就业补助
小微企业于2026年吸纳失业人员,为其缴纳社会保险费满6个月,且申领期间正常参保的,按每人1000元给予补助。
该补助直接发放,用人单位也可自行向区人社局申请。
二、示范评定补贴
养老服务站被评定为示范站的,可享受评定补贴。养老服务站按照其他政策享受过评定补贴的不再给予补贴。
区民政局每年组织评定。
三、运营经费
区政府建设的托育设施由区卫健局统一管理,应当按照市卫健委的规定统一标识。
四、协同机制
区教育局、区财政局两部门要建立经费会商机制。
"""


def test_notice_owners():
    result = extract_document(document_from_bytes(NOTICE.encode("utf-8"), name="notice.txt", suffix=".txt"))
    owners = {t.title: t.owners for t in result.tasks}
    assert owners["吸纳就业补助"] == ()  # the firm is whom the case is about, the applicant receives
    assert owners["示范评定补贴"] == ("区民政局",)
    assert owners["运营经费"] == ("区卫健局",)  # not 区政府, which opens the relative clause
    assert owners["协同机制"] == ("区教育局", "区财政局")


@pytest.mark.parametrize("clause, owners", [
    ("养老服务站按照其他政策享受过评定补贴的不再给予补贴", ()),  # a case closed by 的 inside the clause
    ("某部对防护工作有要求的按照该部要求执行", ("某部",)),  # after 对 the unit may act on the case: kept
    ("区市场监管局对违规经营的依法予以查处", ("区市场监管局",)),
    ("三个市在工程建设方面筹资任务较重", ()),  # described: a preposition and an adjective, no verb
    ("各成员单位在指挥部的统一领导下", ("各成员单位",)),  # the predicate follows in the next clause
    ("养老服务站从事照料服务的人员可以按规定享受岗位补贴", ()),  # the staff receive
    ("合伙形式的代理机构从事代理业务应当具备下列条件", ("代理机构",)),  # 从事 and a duty: the unit's own
    ("铁道部、交通部负责根据粮食应急工作的需要", ("铁道部", "交通部")),  # 的需要: no case
    ("街道要充分发挥主体作用", ("街道",)),
])
def test_subject_owners(clause, owners):
    assert subject_owners(clause).owners == owners


def test_a_subject_in_a_case_needs_a_duty_word():
    assert subject_owners("小微企业于2026年吸纳失业人员", in_case=True).owners == ()
    assert subject_owners("区民政局应当对符合条件的", in_case=True).owners == ("区民政局",)


@pytest.mark.parametrize("clause, owners", [
    ("用人单位也可自行向区人社局申请", ()),  # receives
    ("服务机构可以按规定申请补贴", ()),
    ("调动片区责任单位、社区、企业三方积极性", ()),  # 积极性 is a noun, not the duty word 积极
    ("区更新办由区建设委、区房管局、区规划局三家副主任单位协同开展工作", ("区建设委", "区房管局", "区规划局")),
])
def test_actor_owners(clause, owners):
    assert actor_owners(clause).owners == owners


def test_a_relative_clause_opening_a_sentence_names_no_subject():
    assert opening_subject("区政府建设的托育设施由区卫健局统一管理", "应当统一标识").owners == ()
    assert opening_subject("起草单位报送的审核材料", "应当包括送审稿").owners == ()


@pytest.mark.parametrize("text, units", [
    ("区教育局、区财政局两部门", ["区教育局", "区财政局"]),
    ("区林业部门、街镇、施工单位三方", ["区林业部门", "街镇", "施工单位"]),
    ("区建设委、区房管局、区规划局三家副主任单位", ["区建设委", "区房管局", "区规划局"]),
    ("区教育局、第三方机构", ["区教育局", "第三方机构"]),  # no count closing the list
    ("区教育局、区财政局三部门", ["区教育局", "区财政局三部门"]),  # a count that is not the list's
])
def test_a_count_closing_a_list(text, units):
    assert split_units(text) == units


def _owners(path, title_start):
    return next(t.owners for t in extract_document(read_cached(path)).tasks if t.title.startswith(title_start))


def test_real_documents():
    assert _owners(extra_path("corpus", "h-007.html"), "一次性扩岗补助") == ()
    assert _owners(extra_path("corpus", "e-008.html"), "星级评定补贴") == ("市民政部门",)
    assert "各级政府" not in _owners(extra_path("corpus", "e-008.html"), "社区养老服务设施应符合")
    assert "起草单位" not in _owners(extra_path("corpus", "g-004.html"), "规范审核程序")
    assert {"河北省", "北京市"}.isdisjoint(_owners(extra_path("corpus", "e-002.html"), "关于加强对口支援问题"))
    assert {"区级林业部门", "施工单位"} <= set(_owners(extra_path("corpus", "h-004.txt"), "搭建协同平台"))


def test_shared_documents_keep_their_duty_subjects():
    tasks = extract_document(read_cached(doc_path("govcn-009.html"))).tasks
    assert any(t.owners == ("铁道部", "交通部") for t in tasks)
