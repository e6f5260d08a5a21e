"""Owner tags after a clause and 列第一的为牵头单位，下同, on a notice written for the test."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.assignments import assigned_owners

NOTICE = """某省关于促进夜间消费的若干措施
一、建设特色街区。新建特色商业街区12条。(省商务厅、省住建厅、省文旅厅按职责分工负责,列第一的为牵头单位,下同)培育夜间消费集聚区5个。(省文旅厅、省商务厅按职责分工负责)
二、完善交通保障。新增夜间公交线路20条。(省交通运输厅、省公安厅按职责分工负责)
三、加强市场监管。开展夜市食品抽检3000批次。
(省市场监管局负责)
"""


def _result():
    document = document_from_bytes(NOTICE.encode("utf-8"), name="notice.txt", suffix=".txt")
    return extract_document(document, use_model=False)


def test_the_first_unit_leads_and_下同_carries_it():
    targets = {float(t.value): t for t in _result().targets}
    assert targets[12].lead_owners == ("省商务厅",)
    assert targets[12].support_owners == ("省住建厅", "省文旅厅")
    assert targets[20].lead_owners == ("省交通运输厅",) and targets[20].support_owners == ("省公安厅",)


def test_a_tag_after_a_clause_owns_that_clause():
    targets = {float(t.value): t for t in _result().targets}
    assert targets[12].owners == ("省商务厅", "省住建厅", "省文旅厅")
    assert targets[5].owners == ("省文旅厅", "省商务厅") and targets[5].lead_owners == ("省文旅厅",)


def test_a_tag_on_its_own_line_owns_the_item_above():
    targets = {float(t.value): t for t in _result().targets}
    assert targets[3000].owners == ("省市场监管局",)


def test_units_before_the_role_share_it():
    owners = assigned_owners("(省财政厅、省税务局,各设区市按职责分工负责)")
    assert owners.owners == ("省财政厅", "省税务局", "各设区市")
