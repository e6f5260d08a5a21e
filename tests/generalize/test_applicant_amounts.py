"""Amounts a rules or service notice states of its applicants (dev_g decisions): the conditions who may
apply must meet, who they are, what they hand in, what is on offer to them and what they pay; bars a
sanction sets and typical spans. None is a target; the standards a site must meet and the limits the
administration keeps are. The documents and sentences are written for the test."""
import pytest

from extract.extractor import extract_document
from extract.pipeline import document_from_bytes
from tests.rules.test_targets import drafts

RULES = """某市创业孵化基地管理办法
第一章 总则
第一条 为规范本市创业孵化基地管理,制定本办法。
第二章 申请条件和程序
第二条 申请认定创业孵化示范基地,应当符合下列条件:
(一)具有独立法人资格;
(二)每年新入驻企业15家以上,孵化成功率不低于35%。
第三条 区人力资源部门应当自受理之日起12个工作日内完成审核。
第四条 孵化基地的场地应当具备以下条件:
(一)办公面积不少于300平方米;
(二)配备专职管理人员。
"""

NOTICE = """关于受理某区青年公寓申请的公告
一、申请条件
申请人上年度收入应当在12万元以上。
二、房源概况
本批次青年公寓共48套,其中一房一厅20套。
三、租赁费用
(一)租金标准
甲小区26元/平方米/月。
四、审核
区住房部门在收到申请后8个工作日内完成审核。
"""


def _targets(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {(float(t.value), t.unit) for t in extract_document(document).targets}


def test_the_conditions_of_applying_are_no_targets_but_a_sites_standards_and_a_time_limit_are():
    found = _targets(RULES)
    assert (15, "家") not in found and (35, "%") not in found
    assert {(12, "工作日"), (300, "平方米")} <= found


def test_conditions_stock_and_rent_of_an_application_notice_are_no_targets():
    assert _targets(NOTICE) == {(8, "工作日")}


@pytest.mark.parametrize("text", [
    "违规单位三年内不得再次申报补助。",
    "被撤销资格的机构两年内不予受理其申请。",
    "培训期限一般为2个月至4个月。",
])
def test_a_sanctions_bar_and_a_typical_span_are_no_targets(text):
    assert not [d for d in drafts(text) if d.quantity.kind == "time"]


def test_the_cap_after_a_typical_span_is_a_target():
    found = [(float(d.quantity.value), d.comparator) for d in drafts("培训期限一般为2个月至4个月,最长不超过8个月。")]
    assert found == [(8, "<=")]
