"""Owners of a bureau's or a street office's own plans (development batch P): the issuing body speaking
of itself or of its own Party committee (我局党委将…, 局党委会…, 我部于…) owns nothing; a duty list headed
by an office's short name (1.服务办。负责…) gives each item its office, though the name's word is a verb;
clauses opening on a manner adverb or a verb (切实建立健全城乡…, 全面落实企业党委…, 配合区发改委…) name no
unit; and 区属国企要… names the district's state enterprises as the subject charged. The notice and the
clauses are written for the test; the real sentences are read from the development batches in ../extra."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.unit_names import is_unit, names_units
from tests.corpus import extra_path, read_cached

NOTICE = """某街道加强社区安全工作方案
一、职责分工
1.服务办。负责收集社区上报的老人信息,每月更新一次。
2.管理办。协调专业力量定期开展燃气安全检查。
3.推进办。对辖区内商铺开展巡查。
二、2027年工作计划
2027年,我局党委将坚持问题导向,重点在以下方面发力:
(一)以项目建设为抓手。着重服务好园区基础设施提升项目,做好用地保障。
(二)以改革创新为抓手。推进联合党委试点工作,形成一批制度成果。
三、企业改革
区属国企要在2027年6月底前完成资产清查。
"""


@pytest.fixture(scope="module")
def owners():
    result = extract_document(document_from_bytes(NOTICE.encode("utf-8"), name="plan.txt", suffix=".txt"))
    return {t.title: t.owners for t in result.tasks}


def test_office_headings_own_their_items(owners):
    assert owners["服务办"] == ("服务办",)
    assert owners["管理办"] == ("管理办",)


def test_the_speakers_committee_owns_nothing(owners):
    assert owners["以项目建设为抓手"] == ()
    assert owners["以改革创新为抓手"] == ()  # 联合党委 is a joint body's name, no partner


def test_state_enterprises_charged(owners):
    assert owners["企业改革"] == ("区属国企",)


@pytest.mark.parametrize("text, unit", [
    ("我局党委", False),  # the issuing bureau's own committee
    ("本委党组", False),
    ("局党委", False),  # a body named by its kind alone: the writer's own
    ("我部", False),
    ("我镇", False),  # a town's own notice naming itself
    ("我单位", False),
    ("近期我委将会同商务部", False),  # a time, then the writer and what it does
    ("具体办法我部", False),  # a topic, then the writer (…具体办法我部另行制定)
    ("区财政局党委", True),  # a named bureau's committee
    ("党委", True),
    ("区属国企", True),
    ("切实建立健全城乡", False),  # a clause opening on a manner adverb
    ("全面落实企业党委", False),
    ("配合区发改委", False),
    ("加大中央财政", False),
    ("召集部门", True),
])
def test_is_unit(text, unit):
    assert is_unit(text) is unit


@pytest.mark.parametrize("heading, named", [
    ("服务办", True),
    ("建管中心", True),
    ("城运中心", True),
    ("推进办", False),  # 推进 opens a clause (owner_openers.tsv)
    ("工作机制", False),
    ("强化日常巡查服务站", False),  # too long for an office's short name
])
def test_office_headings(heading, named):
    assert names_units(heading) is named


def _real(name: str):
    return read_cached(extra_path("corpus", name))


def test_street_office_duty_list():
    owners = {t.title: t.owners for t in extract_document(_real("p-010.md")).tasks}
    assert owners["服务办"] == ("服务办",)
    assert owners["管理办"] == ("管理办",)
    assert "协同开展社区" not in owners["建管中心"]


def test_bureau_work_plan_names_no_owner():
    tasks = [t for t in extract_document(_real("p-009.txt")).tasks if t.title.startswith("以") and "抓手" in t.title]
    plan = [t for t in tasks if t.deadline == "2025-12-31"]
    assert plan and all(t.owners == () for t in plan)


def test_state_enterprises_of_a_reform_plan():
    result = extract_document(_real("p-006.txt"))
    brand = next(t for t in result.targets if t.evidence.startswith("各区属国企在已有基础上"))
    assert brand.owners == ("各区属国企",)
