"""Units in a clause of time or circumstance that opens a sentence (法院在审理案件中,需要协助的,|…; 省政府批准启动
预案后,|…) own nothing when a later clause of the sentence names its own subject (…,省生态环境厅应给予协助): the
opening clauses say when or in which case. A unit charged in the opening clause itself (要, 由…会同…) still owns,
and so does a unit whose 时-clause no later subject follows (各市组织调整时,应…). Sentences written for the test,
and the national and district texts where the reading applies."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.owners import Owners
from extract.rules.subordinate_clauses import subordinate_opening
from tests.corpus import doc_path, extra_path, read_cached

NOTICE = """某省人民政府关于加强生态环境执法协作的意见
(一)强化司法协作。各级生态环境部门和公安机关要建立联席会议制度。省高级人民法院在审理环境资源案件中,需要鉴定技术支持的,省生态环境厅应给予必要协助。
(二)启动应急响应。省政府批准启动预案后,省防汛抗旱指挥部立即进入工作状态,各成员单位要按照职责落实应急措施。
(三)信息报送。在组织抢险救援的同时,养护单位应及时报告处置情况。省气象局发布红色预警信息后,各单位采用即知即报制度。
(四)费用核准。由省残联会同省财政厅核准救助费用后,由省财政厅与定点机构按季度结算。
(五)方案更新。省生态环境厅要先行制定更新方案后,各市生态环境局组织实施。
(六)清单调整。各市组织生态环境分区管控更新调整时,应在准入清单中细化管控要求。
"""


def _tasks() -> dict[str, tuple[str, ...]]:
    document = document_from_bytes(NOTICE.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {t.title: t.owners for t in extract_document(document, use_model=False).tasks}


@pytest.mark.parametrize("title, owners", [
    ("强化司法协作", ("各级生态环境部门", "公安机关", "省生态环境厅")),  # …中,|…的,|省生态环境厅应…
    ("启动应急响应", ("省防汛抗旱指挥部", "各成员单位")),  # 省政府批准…后,|省防汛抗旱指挥部立即…
    ("信息报送", ("养护单位", "各单位")),  # 省气象局发布…后,|各单位采用…
], ids=["case-clause", "after-approval", "after-a-warning"])
def test_units_of_an_opening_circumstance_own_nothing(title, owners):
    assert _tasks()[title] == owners


@pytest.mark.parametrize("title, owners", [
    ("费用核准", ("省残联", "省财政厅", "定点机构")),  # 由…会同…核准后: they act there
    ("方案更新", ("省生态环境厅", "各市生态环境局")),  # …要先行制定…后: charged there
    ("清单调整", ("各市",)),  # …调整时,|应…: no later subject, the unit acts
], ids=["agent-of-the-step", "duty-in-the-step", "no-later-subject"])
def test_units_charged_in_the_opening_clause_still_own(title, owners):
    assert _tasks()[title] == owners


def test_the_opening_runs_to_the_first_clause_with_a_unit_of_its_own():
    """法院在审理…中,|需要协助的,|生态环境厅应…: the second clause carries the court over (a case of it), the third
    names a unit of its own after a case: two opening clauses."""
    clauses = ["法院在审理案件中", "需要协助的", "生态环境厅应给予支持"]
    named = [Owners(("法院",)), Owners(("法院",)), Owners(("生态环境厅",))]
    assert subordinate_opening(clauses, [False, True, False], named) == 2
    assert subordinate_opening(clauses[:1] + ["生态环境厅应给予支持"], [False, False], [named[0], named[2]]) == 1
    assert subordinate_opening(["法院审理案件", "生态环境厅应给予支持"], [False, False], [named[0], named[2]]) == 0


def test_national_texts_whose_opening_clauses_name_a_circumstance():
    tasks = {t.title: t.owners for t in extract_document(read_cached(doc_path("hfs-005.txt")), use_model=False).tasks}
    assert tasks["全面实施行政执法与刑事司法联动"] == ("各级环境保护部门", "公安机关")  # 人民法院在审理…中,需要…的,
    tasks = {t.title: t.owners for t in extract_document(read_cached(doc_path("govcn-009.html")), use_model=False).tasks}
    owners = next(o for title, o in tasks.items() if title.startswith("国务院批准启动本预案后"))
    assert owners == ("国家粮食应急工作指挥部",)  # 国务院批准启动本预案后,国家粮食应急工作指挥部立即…


def test_a_district_plan_whose_warning_clause_names_a_circumstance():
    document = read_cached(extra_path("corpus", "o-005.txt"))
    tasks = {t.title: t.owners for t in extract_document(document, use_model=False).tasks}
    assert tasks["加强专项信息报送"] == ("养护单位", "管理单位", "各单位")  # 气象部门发布…预警信息后,各单位采用…
